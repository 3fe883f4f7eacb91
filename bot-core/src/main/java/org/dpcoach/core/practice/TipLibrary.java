package org.dpcoach.core.practice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.CustomTip;
import org.dpcoach.core.port.TipStore;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.SourceRef;
import org.dpcoach.knowledge.Tip;

/**
 * The tips that may be posted: the knowledge base's, then the champions' approved ones. A channel
 * gets only the tips that suit its nation, with the sources that apply there.
 */
public final class TipLibrary {
  private final KnowledgeBase kb;
  private final TipStore store;
  private final NationSetting nations;

  /** A library whose channels all follow England (tests). */
  public TipLibrary(KnowledgeBase kb, TipStore store) {
    this(kb, store, NationSetting.fixed(Jurisdiction.ENGLAND));
  }

  /** A library over the knowledge base's tips and the store's approved custom tips. */
  public TipLibrary(KnowledgeBase kb, TipStore store, NationSetting nations) {
    this.kb = kb;
    this.store = store;
    this.nations = nations;
  }

  /** The ids of every postable tip, whatever its nations, in library order. */
  public List<String> order() {
    List<String> ids = new ArrayList<>();
    kb.tips().forEach(t -> ids.add(t.id()));
    approved().forEach(t -> ids.add(t.tipId()));
    return ids;
  }

  /** The ids of the tips that suit the channel's nation, in the order a channel gets them. */
  public List<String> order(String platform, String channel) {
    Jurisdiction nation = nations.of(platform, channel);
    List<String> ids = new ArrayList<>();
    kb.tips().stream().filter(t -> t.suits(nation)).forEach(t -> ids.add(t.id()));
    approved().stream().filter(t -> suits(t, nation)).forEach(t -> ids.add(t.tipId()));
    return ids;
  }

  /** The tip as a message for the channel (its sources there), or empty when no tip has the id. */
  public Optional<Message> message(String tipId, String platform, String channel) {
    Jurisdiction nation = nations.of(platform, channel);
    Optional<Tip> tip = kb.tips().stream().filter(t -> t.id().equals(tipId)).findFirst();
    if (tip.isPresent()) {
      Tip t = tip.get();
      return Optional.of(
          Message.of(
              texts().get("tips.of_the_week", "title", t.title()),
              List.of(t.text()),
              t.sourcesFor(nation).stream().map(SourceRef::citation).toList(),
              List.of()));
    }
    return store.all().stream()
        .filter(c -> c.tipId().equals(tipId))
        .findFirst()
        .map(
            c ->
                Message.of(
                    texts().get("tips.custom_title"),
                    List.of(c.text()),
                    List.of(texts().get("tips.custom_source")),
                    List.of()));
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
    approved().forEach(t -> counts.merge(t.topic(), 1, Integer::sum));
    return counts;
  }

  /**
   * The nations each tip suits, for {@code tips list}: the knowledge's tips by their sources and
   * text, champions' tips wherever their text names no other nation's body or law.
   */
  Map<String, Set<Jurisdiction>> nationsByTip() {
    Map<String, Set<Jurisdiction>> out = new java.util.LinkedHashMap<>();
    kb.tips().forEach(t -> out.put(t.id(), t.nations()));
    for (CustomTip tip : approved()) {
      Set<Jurisdiction> suited = EnumSet.noneOf(Jurisdiction.class);
      for (Jurisdiction nation : Jurisdiction.values()) {
        if (suits(tip, nation)) {
          suited.add(nation);
        }
      }
      out.put(tip.tipId(), suited);
    }
    return out;
  }

  /** The words of the knowledge the library is of. */
  Texts texts() {
    return new Texts(kb.dialogue());
  }

  /** The nation setting the library follows. */
  NationSetting nations() {
    return nations;
  }

  private List<CustomTip> approved() {
    return store.all().stream().filter(CustomTip::approved).toList();
  }

  private boolean suits(CustomTip tip, Jurisdiction nation) {
    return kb.nationTerms().fitsNation(nation, tip.text());
  }
}
