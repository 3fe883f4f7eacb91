package org.dpcoach.core.practice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpcoach.core.port.CustomTip;
import org.dpcoach.core.port.TipStore;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Tip;

/** The tips that may be posted: the knowledge base's, then the champions' approved ones. */
public final class TipLibrary {
  static final String CUSTOM_TITLE = "A tip from your digital champions";
  static final String CUSTOM_SOURCE = "Added by a digital champion in your organisation";

  private final KnowledgeBase kb;
  private final TipStore store;

  /** A library over the knowledge base's tips and the store's approved custom tips. */
  public TipLibrary(KnowledgeBase kb, TipStore store) {
    this.kb = kb;
    this.store = store;
  }

  /** The ids of every postable tip, in the order a channel gets them. */
  public List<String> order() {
    List<String> ids = new ArrayList<>();
    kb.tips().forEach(t -> ids.add(t.id()));
    store.all().stream().filter(CustomTip::approved).forEach(t -> ids.add(t.tipId()));
    return ids;
  }

  /** The tip as a channel message, or empty when no tip has the id. */
  public Optional<PracticeMessage> message(String tipId) {
    Optional<Tip> tip = kb.tips().stream().filter(t -> t.id().equals(tipId)).findFirst();
    if (tip.isPresent()) {
      Tip t = tip.get();
      return Optional.of(
          new PracticeMessage(
              "Tip of the week: " + t.title(),
              List.of(t.text()),
              t.sources().stream().map(org.dpcoach.knowledge.SourceRef::citation).toList(),
              List.of()));
    }
    return store.all().stream()
        .filter(c -> c.tipId().equals(tipId))
        .findFirst()
        .map(
            c ->
                new PracticeMessage(
                    CUSTOM_TITLE, List.of(c.text()), List.of(CUSTOM_SOURCE), List.of()));
  }

  /** The tip that comes next for a channel: the first in order among those sent least often. */
  static String next(List<String> order, Map<String, Integer> counts) {
    if (order.isEmpty()) {
      throw new IllegalStateException("the tip library is empty");
    }
    String best = order.get(0);
    int fewest = Integer.MAX_VALUE;
    for (String id : order) {
      int sent = counts.getOrDefault(id, 0);
      if (sent < fewest) {
        fewest = sent;
        best = id;
      }
    }
    return best;
  }

  /** How many tips there are per topic, for {@code tips list}. */
  Map<String, Integer> perTopic() {
    Map<String, Integer> counts = new HashMap<>();
    kb.tips().forEach(t -> counts.merge(t.topic(), 1, Integer::sum));
    store.all().stream()
        .filter(CustomTip::approved)
        .forEach(t -> counts.merge(t.topic(), 1, Integer::sum));
    return counts;
  }
}
