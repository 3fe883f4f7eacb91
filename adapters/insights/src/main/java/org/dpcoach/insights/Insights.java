package org.dpcoach.insights;

import io.javalin.config.JavalinConfig;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.dpcoach.core.port.InsightsLinks;
import org.dpcoach.core.practice.Caller;
import org.dpcoach.knowledge.Jurisdiction;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.store.Database;
import org.dpcoach.store.InsightsQueries;

/**
 * Insights for principal social workers and digital champions: the page at {@value #PATH} on the
 * app's server (and its CSV), the signed links champions are sent, and the content-gap export.
 * Every figure counts and never shows: see {@link Suppression}.
 */
public final class Insights {
  /** The page's path; the CSV is at {@code /insights.csv}. */
  public static final String PATH = "/insights";

  private final InsightsRoutes routes;
  private final LinkTokens tokens;
  private final InsightsSettings settings;
  private final Supplier<URI> ownAddress;
  private final ReportBuilder builder;
  private final InsightsQueries queries;
  private final KnowledgeBase kb;
  private final Clock clock;

  private Insights(
      InsightsRoutes routes,
      LinkTokens tokens,
      InsightsSettings settings,
      Supplier<URI> ownAddress,
      ReportBuilder builder,
      InsightsQueries queries,
      KnowledgeBase kb,
      Clock clock) {
    this.routes = routes;
    this.tokens = tokens;
    this.settings = settings;
    this.ownAddress = ownAddress;
    this.builder = builder;
    this.queries = queries;
    this.kb = kb;
    this.clock = clock;
  }

  /**
   * Insights over the database; links point at the public URL, else at {@code ownAddress} (the
   * server's address, known once it listens).
   */
  public static Insights create(
      Database db,
      KnowledgeBase kb,
      InsightsSettings settings,
      Clock clock,
      Supplier<URI> ownAddress) {
    Objects.requireNonNull(db, "database must not be null");
    Objects.requireNonNull(kb, "knowledge must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(ownAddress, "own address must not be null");
    byte[] secret =
        settings
            .secret()
            .map(s -> s.getBytes(StandardCharsets.UTF_8))
            .orElseGet(db::insightsLinkSecret);
    LinkTokens tokens = new LinkTokens(secret, clock, settings.linkLifetime());
    InsightsQueries queries = db.insights();
    ReportBuilder builder =
        new ReportBuilder(queries, new TurnCube(queries, clock), kb, settings.keepUnanswered());
    InsightsRoutes routes =
        new InsightsRoutes(builder, new InsightsPage(kb), tokens, queries, clock);
    return new Insights(routes, tokens, settings, ownAddress, builder, queries, kb, clock);
  }

  /**
   * Reads every kept turn into memory on a background thread, so the first page after a start is as
   * quick as the next; a failure only leaves that work to the first page.
   */
  public void warmUp() {
    Thread warm =
        new Thread(
            () -> {
              try {
                builder.warmUp();
              } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Insights.class)
                    .warn("insights warm-up failed: {}", e.getClass().getName());
              }
            },
            "dpcoach-insights-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** Adds the page, the CSV, the review form's target and the page's assets to the server. */
  public void routes(JavalinConfig config) {
    routes.register(config);
  }

  /** Mints links to the page, valid for the link lifetime. */
  public InsightsLinks links() {
    return () -> {
      LinkTokens.Minted minted = tokens.mint();
      String base = settings.publicUrl().orElseGet(ownAddress).toString();
      if (base.endsWith("/")) {
        base = base.substring(0, base.length() - 1);
      }
      return new InsightsLinks.Link(
          URI.create(base + PATH + "?token=" + minted.token()), minted.expires());
    };
  }

  /**
   * Keeps a champion who asked for insights as a recipient of the weekly digest: in Slack their DM
   * with the app (a post to their user id), in Teams the personal chat they asked in (asked in a
   * channel, the digest has nowhere to go until they ask in a personal chat).
   */
  public void rememberChampion(Caller champion) {
    String channel;
    if (champion.platform().equals("slack")) {
      channel = champion.user();
    } else if (champion.platform().equals("teams") && !champion.channel().startsWith("19:")) {
      channel = champion.channel();
    } else {
      return;
    }
    queries.rememberRecipient(
        new InsightsQueries.Recipient(champion.platform(), champion.user(), channel),
        clock.instant());
  }

  /** The weekly digest, its tip and sources for the nation given. */
  public InsightsDigest digest(Jurisdiction nation) {
    return new InsightsDigest(builder, queries, kb, nation, clock);
  }

  /**
   * Writes every comment marked as a content gap, as CSV ({@code date,topic,case,comment}), for the
   * knowledge owners; returns how many.
   */
  public static int exportContentGaps(Database db, PrintStream out) {
    var gaps = db.insights().contentGaps();
    out.print("date,topic,case,comment\r\n");
    for (var gap : gaps) {
      out.print(
          String.join(
                  ",",
                  InsightsCsv.field(gap.day().toString()),
                  InsightsCsv.field(gap.topic()),
                  InsightsCsv.field(gap.caseId().orElse("")),
                  InsightsCsv.field(gap.comment()))
              + "\r\n");
    }
    out.flush();
    return gaps.size();
  }
}
