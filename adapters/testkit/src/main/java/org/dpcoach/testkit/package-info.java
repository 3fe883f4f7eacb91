/**
 * Helpers the adapters' tests share: one trained engine per JVM, polling for work other threads do,
 * the public-surface checks, the base of the recording loopback HTTP fakes, a loopback Javalin
 * server, and the fixed-rate load and latency figures of the Slack driver and the Teams bench. A
 * test-scoped dependency only; nothing here ships.
 */
package org.dpcoach.testkit;
