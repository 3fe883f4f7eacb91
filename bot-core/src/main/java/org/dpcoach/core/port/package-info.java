/**
 * The core's out-ports for tips and group supervision: storage ({@link
 * org.dpcoach.core.port.TipStore}, {@link org.dpcoach.core.port.ScheduleStore}, {@link
 * org.dpcoach.core.port.OutboxStore}, {@link org.dpcoach.core.port.SessionStore}), the timer that
 * fires weekly slots ({@link org.dpcoach.core.port.TipTimer}) and one {@link
 * org.dpcoach.core.port.ChannelPoster} per chat platform. Adapters implement them; every text
 * handed to a store has been through the personal-data guard.
 */
package org.dpcoach.core.port;
