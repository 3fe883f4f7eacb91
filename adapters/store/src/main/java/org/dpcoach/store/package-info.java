/**
 * Durable storage for tips and group supervision: plain JDBC over an embedded H2 file database or
 * PostgreSQL, migrated by Flyway, and the db-scheduler timer that fires weekly tip slots, the
 * reconcile step, supervision timers and the retention purge. {@link org.dpcoach.store.Database}
 * and {@link org.dpcoach.store.TipScheduler} are the entry points; only redacted text reaches these
 * tables.
 */
package org.dpcoach.store;
