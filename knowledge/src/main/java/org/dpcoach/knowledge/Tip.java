package org.dpcoach.knowledge;

/**
 * A short weekly tip for a team channel, in our own words, on one topic, with its source.
 *
 * @param id a stable id such as {@code tip-001}
 * @param topic the practitioner topic it belongs to
 */
public record Tip(String id, String topic, String title, String text, SourceRef source) {}
