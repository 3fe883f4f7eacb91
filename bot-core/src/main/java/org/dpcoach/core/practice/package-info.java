/**
 * Tips and group supervision, platform-neutral: the champions' tip commands ({@link
 * org.dpcoach.core.practice.TipDesk}), exactly-once posting through the outbox ({@link
 * org.dpcoach.core.practice.TipPublisher}), supervision sessions ({@link
 * org.dpcoach.core.practice.SupervisionDesk}) and the CPD record they produce. Time comes from the
 * injected {@link java.time.Clock}; storage and posting go through {@code core.port}.
 */
package org.dpcoach.core.practice;
