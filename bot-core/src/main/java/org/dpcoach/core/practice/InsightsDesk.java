package org.dpcoach.core.practice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.dpcoach.core.model.Action;
import org.dpcoach.core.model.Message;
import org.dpcoach.core.port.InsightsLinks;
import org.dpcoach.knowledge.Dialogue;

/**
 * The {@code insights} command: a champion gets, privately, a signed link to the insights page that
 * works for a short time; anyone else gets a polite refusal and no link.
 */
public final class InsightsDesk {
  static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final Champions champions;
  private final InsightsLinks links;
  private final ZoneId zone;
  private final Consumer<Caller> opened;
  private final Texts texts;

  /**
   * A desk that mints links for champions; {@code opened} hears of each champion who asked (the
   * weekly digest's recipients, say).
   */
  public InsightsDesk(
      Champions champions,
      InsightsLinks links,
      ZoneId zone,
      Consumer<Caller> opened,
      Dialogue dialogue) {
    this.champions = Objects.requireNonNull(champions, "champions must not be null");
    this.links = Objects.requireNonNull(links, "links must not be null");
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
    this.opened = Objects.requireNonNull(opened, "opened must not be null");
    this.texts = new Texts(Objects.requireNonNull(dialogue, "dialogue must not be null"));
  }

  /** A desk for a coach without insights: champions hear it is off, others the usual refusal. */
  public static InsightsDesk off(Champions champions, Dialogue dialogue) {
    return new InsightsDesk(
        champions,
        () -> {
          throw new IllegalStateException("insights are off");
        },
        PracticeSettings.LONDON,
        c -> {},
        dialogue);
  }

  /** Runs {@code insights} (the words after it are ignored); the reply goes only to the caller. */
  public DeskReply handle(Caller caller) {
    if (!champions.includes(caller.user())) {
      return texts.unchanged("insights.refused");
    }
    InsightsLinks.Link link;
    try {
      link = links.mint();
    } catch (IllegalStateException e) {
      return texts.unchanged("insights.title", texts.get("insights.off"));
    }
    opened.accept(caller);
    String url = link.url().toString();
    String until = UNTIL.format(link.expires().atZone(zone));
    return new DeskReply(
        Message.of(
            texts.get("insights.link_title"),
            List.of(
                texts.get("insights.link", "url", url, "until", until),
                texts.get("insights.counts_only")),
            List.of(),
            List.of(new Action(Action.OPEN, texts.get("insights.open_label"), url))),
        false);
  }
}
