package org.dpcoach.core.nlp;

/** A topic or route id with a confidence between 0 and 1. */
public record TopicScore(String topic, double confidence) {}
