/**
 * Tips, group supervision, channel nations and insights, platform-neutral. {@link
 * org.dpcoach.core.practice.PracticeDesk} is the in-port every adapter calls: one command parser
 * ({@link org.dpcoach.core.practice.PracticeCommand}), one dispatch to the desks ({@link
 * org.dpcoach.core.practice.TipDesk}, {@link org.dpcoach.core.practice.SupervisionDesk}, {@link
 * org.dpcoach.core.practice.NationDesk}, {@link org.dpcoach.core.practice.InsightsDesk}), the
 * buttons and members' thread replies; the answers are {@link org.dpcoach.core.model.Message}s in
 * the knowledge's words (its dialogue file), which adapters render with the same visitor as an
 * answer. Exactly-once posting goes through the outbox ({@link
 * org.dpcoach.core.practice.TipPublisher}). Time comes from the injected {@link java.time.Clock};
 * storage and posting go through {@code core.port}.
 */
package org.dpcoach.core.practice;
