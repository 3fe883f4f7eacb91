/**
 * Helpers the adapters' tests share: one trained engine per JVM, polling for work other threads do,
 * and the public-surface checks. A test-scoped dependency only; nothing here ships.
 */
package org.dpcoach.testkit;
