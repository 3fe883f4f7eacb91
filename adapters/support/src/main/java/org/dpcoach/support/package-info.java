/**
 * What the Slack and Teams adapters share and the core has no business knowing: worker pools, one
 * retry for rate-limited calls (Retry-After), TCP sockets without Nagle's delay, and the inbox port
 * (record before acknowledging, recognise redeliveries, take over what a dead instance left).
 */
package org.dpcoach.support;
