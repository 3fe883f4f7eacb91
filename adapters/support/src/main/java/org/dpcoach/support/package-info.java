/**
 * What the Slack and Teams adapters share and the core has no business knowing: worker pools,
 * Retry-After handling and TCP sockets without Nagle's delay.
 */
package org.dpcoach.support;
