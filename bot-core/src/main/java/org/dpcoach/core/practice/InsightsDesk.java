package org.dpcoach.core.practice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.dpcoach.core.port.InsightsLinks;

/**
 * The {@code insights} command: a champion gets, privately, a signed link to the insights page that
 * works for a short time; anyone else gets a polite refusal and no link.
 */
public final class InsightsDesk {
  static final String REFUSAL =
      "Sorry, the insights page is only for the digital champions and principal social workers"
          + " named in the coach's settings. If you'd like to know what your team asks about, ask"
          + " one of them.";
  static final String OFF =
      "Insights are not switched on here: the coach has no database. Ask whoever runs the coach.";
  static final String COUNTS_ONLY =
      "It shows counts only, never a message or a name; any figure about fewer than 5 people or"
          + " questions shows as \"fewer than 5\". Please don't forward the link.";
  static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final Champions champions;
  private final InsightsLinks links;
  private final ZoneId zone;
  private final Consumer<Caller> opened;

  /**
   * A desk that mints links for champions; {@code opened} hears of each champion who asked (the
   * weekly digest's recipients, say).
   */
  public InsightsDesk(
      Champions champions, InsightsLinks links, ZoneId zone, Consumer<Caller> opened) {
    this.champions = Objects.requireNonNull(champions, "champions must not be null");
    this.links = Objects.requireNonNull(links, "links must not be null");
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
    this.opened = Objects.requireNonNull(opened, "opened must not be null");
  }

  /** A desk for a coach without insights: champions hear it is off, others the usual refusal. */
  public static InsightsDesk off(Champions champions) {
    return new InsightsDesk(
        champions,
        () -> {
          throw new IllegalStateException("insights are off");
        },
        PracticeSettings.LONDON,
        c -> {});
  }

  /** Runs {@code insights} (the words after it are ignored); the reply goes only to the caller. */
  public DeskReply handle(Caller caller) {
    if (!champions.includes(caller.user())) {
      return DeskReply.unchanged("Insights are for champions", REFUSAL);
    }
    InsightsLinks.Link link;
    try {
      link = links.mint();
    } catch (IllegalStateException e) {
      return DeskReply.unchanged("Insights", OFF);
    }
    opened.accept(caller);
    String url = link.url().toString();
    return new DeskReply(
        new PracticeMessage(
            "Your insights link",
            List.of(
                "Open the insights page: "
                    + url
                    + "\nThe link works for you until "
                    + UNTIL.format(link.expires().atZone(zone))
                    + "; after that, ask me again for a new one.",
                COUNTS_ONLY),
            List.of(),
            List.of(new PracticeMessage.Action(PracticeMessage.Action.OPEN, "Open insights", url))),
        false);
  }
}
