/**
 * What the Slack and Teams adapters share and the core has no business knowing: worker pools,
 * Retry-After handling, TCP sockets without Nagle's delay, and the inbox port (record before
 * acknowledging, recognise redeliveries, take over what a dead instance left).
 */
package org.dpcoach.support;
