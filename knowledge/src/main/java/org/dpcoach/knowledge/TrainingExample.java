package org.dpcoach.knowledge;

/** One training question and the topic or route it belongs to. */
public record TrainingExample(String topic, String question) {}
