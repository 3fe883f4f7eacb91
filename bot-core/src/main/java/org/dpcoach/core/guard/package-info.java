/**
 * The personal-data guard: finds identifying details in a message and redacts them before anything
 * else sees the text.
 */
package org.dpcoach.core.guard;
