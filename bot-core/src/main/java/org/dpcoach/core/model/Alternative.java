package org.dpcoach.core.model;

/** A topic the classifier also considered, with its confidence. */
public record Alternative(String topic, double confidence) {}
