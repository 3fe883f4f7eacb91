package org.dpcoach.knowledge;

import java.util.List;
import java.util.Set;

/**
 * A short weekly tip for a team channel, in our own words, on one topic, with its sources.
 *
 * @param id a stable id such as {@code tip-001}
 * @param topic the practitioner topic it belongs to
 * @param nations the nations the tip suits: those with a source that applies there, whose law or
 *     bodies the text does not contradict by naming another nation's
 */
public record Tip(
    String id,
    String topic,
    String title,
    String text,
    List<SourceRef> sources,
    Set<Jurisdiction> nations) {

  /** Copies the collections. */
  public Tip {
    sources = List.copyOf(sources);
    nations = Set.copyOf(nations);
  }

  /** Whether the tip may go to a channel in the given nation. */
  public boolean suits(Jurisdiction nation) {
    return nations.contains(nation);
  }

  /** The sources shown with the tip in the given nation. */
  public List<SourceRef> sourcesFor(Jurisdiction nation) {
    return sources.stream().filter(s -> s.appliesTo(nation)).toList();
  }
}
