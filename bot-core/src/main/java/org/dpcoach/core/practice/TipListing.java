package org.dpcoach.core.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.CustomTip;
import org.dpcoach.core.port.ScheduleStore;
import org.dpcoach.core.port.TipStore;
import org.dpcoach.knowledge.Jurisdiction;

/**
 * {@code tips list}: the library's size and the channel's nation, the nations each tip suits, the
 * channel's schedule and, for champions, the tips waiting for approval.
 */
record TipListing(
    PracticeSettings settings,
    TipStore tips,
    ScheduleStore schedules,
    TipLibrary library,
    Texts texts) {

  DeskReply list(Caller caller) {
    List<String> lines = new ArrayList<>();
    lines.add(library(caller));
    lines.add(byNations(library.nationsByTip()));
    lines.add(schedule(caller));
    waiting(caller).ifPresent(lines::add);
    return new DeskReply(Message.of(texts.get("tips.title"), lines, List.of(), List.of()), false);
  }

  /** The channel's tip schedule, or that it has none. */
  private String schedule(Caller caller) {
    return schedules
        .find(caller.platform(), caller.channel())
        .map(
            s ->
                texts.get(
                    "tips.channel_schedule",
                    "slot",
                    s.slot().format(),
                    "paused",
                    s.paused() ? " " + texts.get("tips.channel_paused") : ""))
        .orElseGet(() -> texts.get("tips.channel_none"));
  }

  /** The tips waiting for approval, for a champion; empty for anyone else or when none wait. */
  private Optional<String> waiting(Caller caller) {
    List<CustomTip> waiting = tips.all().stream().filter(t -> !t.approved()).toList();
    if (waiting.isEmpty() || !settings.champions().includes(caller.user())) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(texts.get("tips.waiting"));
    waiting.forEach(
        t ->
            out.append("\n- ")
                .append(t.tipId())
                .append(" (")
                .append(t.topic())
                .append("): ")
                .append(t.text()));
    return Optional.of(out.toString());
  }

  private String library(Caller caller) {
    NationSetting nations = library.nations();
    boolean own = nations.setFor(caller.platform(), caller.channel());
    return texts.get(
        "tips.library",
        "count",
        library.order().size(),
        "topics",
        library.perTopic().size(),
        "nation",
        nations.of(caller.platform(), caller.channel()).displayName(),
        "how",
        " " + texts.get(own ? "tips.nation_set" : "tips.nation_default"),
        "suits",
        library.order(caller.platform(), caller.channel()).size());
  }

  /** The tips grouped by the nations they suit: "All four nations: tip-001, ...". */
  private String byNations(Map<String, Set<Jurisdiction>> nationsByTip) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    nationsByTip.forEach(
        (id, nations) -> groups.computeIfAbsent(nations(nations), k -> new ArrayList<>()).add(id));
    StringBuilder out = new StringBuilder(texts.get("tips.by_nation"));
    groups.forEach(
        (nations, ids) ->
            out.append("\n- ").append(nations).append(": ").append(String.join(", ", ids)));
    return out.toString();
  }

  /** "All four nations", "England and Scotland", "No nation". */
  String nations(Set<Jurisdiction> nations) {
    if (nations.size() == Jurisdiction.values().length) {
      return texts.get("tips.all_nations");
    }
    List<String> names =
        Arrays.stream(Jurisdiction.values())
            .filter(nations::contains)
            .map(Jurisdiction::displayName)
            .toList();
    if (names.isEmpty()) {
      return texts.get("tips.no_nation");
    }
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " and "
            + names.get(names.size() - 1);
  }
}
