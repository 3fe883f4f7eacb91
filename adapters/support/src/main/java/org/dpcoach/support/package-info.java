/**
 * Plumbing shared by the platform adapters (Slack, Teams): sockets with Nagle's algorithm off, the
 * bounded worker pool that answers turns, and the {@code Retry-After} wait. JDK only; knows no
 * platform and no part of the coach.
 */
package org.dpcoach.support;
