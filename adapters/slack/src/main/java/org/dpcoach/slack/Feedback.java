package org.dpcoach.slack;

import java.util.Optional;

/**
 * A practitioner's verdict on one answer.
 *
 * @param topic the topic id the answer was about
 * @param knowledgeVersion the knowledge version that gave it
 * @param helpful whether it helped
 * @param missing what was missing, with personal data already redacted, if they said
 */
public record Feedback(
    String topic, String knowledgeVersion, boolean helpful, Optional<String> missing) {}
