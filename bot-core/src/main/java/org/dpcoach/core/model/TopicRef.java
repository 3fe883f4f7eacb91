package org.dpcoach.core.model;

/** A topic id with its title, for related-topic and "did you mean" buttons. */
public record TopicRef(String id, String title) {}
