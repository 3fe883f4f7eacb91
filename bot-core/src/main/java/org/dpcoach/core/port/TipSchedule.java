package org.dpcoach.core.port;

import java.time.Instant;
import org.dpcoach.core.model.WeeklySlot;

/** A channel's weekly tip slot. */
public record TipSchedule(
    String platform,
    String channel,
    WeeklySlot slot,
    boolean paused,
    String createdBy,
    Instant createdAt) {}
