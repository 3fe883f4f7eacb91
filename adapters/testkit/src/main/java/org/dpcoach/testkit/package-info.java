/**
 * Test utilities the adapters share (a test-scoped dependency only, never on a main classpath): the
 * one coach engine per test JVM, the base of the recording loopback HTTP fakes, the public-surface
 * checks, and the load figures of the Slack driver and the Teams bench.
 */
package org.dpcoach.testkit;
