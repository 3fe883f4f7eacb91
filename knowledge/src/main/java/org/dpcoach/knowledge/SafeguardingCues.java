package org.dpcoach.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/** Cue phrases the emergency router matches: urgency, harm and past or handled events. */
public record SafeguardingCues(List<Pattern> urgency, List<Pattern> harm, List<Pattern> past) {}
