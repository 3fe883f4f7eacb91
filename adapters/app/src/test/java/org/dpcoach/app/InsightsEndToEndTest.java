package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dpcoach.app.InsightsTraffic.Person;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Route;
import org.dpcoach.core.port.TurnLog;
import org.dpcoach.insights.Insights;
import org.dpcoach.insights.InsightsSettings;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.store.Database;
import org.dpcoach.store.InsightsRecorder;
import org.dpcoach.store.StoreSettings;
import org.dpcoach.testkit.Chromium;
import org.dpcoach.testkit.MutableClock;
import org.dpcoach.testkit.Poll;
import org.dpcoach.testkit.TestCoach;
import org.dpcoach.testkit.UrlForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Insights end to end: 1,000 questions from 40 people through the real Slack and Teams adapters on
 * the app's server (signed Slack events and interactions, Teams activities in local mode), four
 * weeks apart in batches, with Helpful / Not helpful votes; then a champion's {@code insights}
 * link, the page in Debian's Chromium (every chart against its table, every table against the
 * counts, small cells suppressed), the CSV, the review of a comment and the content-gap export, and
 * no canary personal data in the page, the CSV or the database. Screenshots go to {@code
 * target/insights-screenshots}.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsightsEndToEndTest {
  static final Path CHROMIUM = Chromium.BINARY;
  static final Path SHOTS = Path.of("target", "insights-screenshots");
  static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
  static final int QUESTIONS = 1_000;
  static final int WEEKS = 4;
  static final Duration WAIT = Duration.ofSeconds(180);
  static final Person SLACK_CHAMPION = new Person("slack", "U0CHAMPION", "T0NORTH");
  static final Person TEAMS_CHAMPION = new Person("teams", "aad-champion-77", "tenant-east");

  /** Personal data typed into questions and comments; none may reach the page, CSV or database. */
  static final List<String> CANARY_QUESTIONS =
      List.of(
          "my client Mrs Okonkwo-Fairweather rang me on 07700 900123, can I text her back from my own phone?",
          "can I send the assessment to jasmine.fairweather@example.org from my home laptop?",
          "I put NHS number 943 476 5919 in a whatsapp group by mistake, what now?",
          "a service user found my home address, 14 Larkspur Close, Leeds LS6 2QT, on facebook, what do I do?",
          "Mr Zebedee Quarrington sent me a friend request on instagram, can I accept?");

  static final List<String> CANARIES =
      List.of(
          "Okonkwo",
          "Fairweather",
          "07700 900123",
          "900123",
          "jasmine.fairweather",
          "943 476 5919",
          "9434765919",
          "Larkspur",
          "LS6 2QT",
          "Zebedee",
          "Quarrington",
          "900456");

  static final List<String> COMMENTS =
      List.of(
          "it did not say what to do about group chats",
          "ring me on 07700 900456 if you need to, the answer didn't mention group chats",
          "nothing about what my manager should do",
          "I wanted to know about work phones");

  static Path data;
  static MutableClock clock;
  static Database db;
  static ServeCommand.Running running;
  static InsightsFakes.Slack slackApi;
  static InsightsFakes.Teams connector;
  static InsightsTraffic traffic;
  static CoachEngine engine;
  static List<Person> people;
  static final List<TurnLog.Entry> truth = Collections.synchronizedList(new ArrayList<>());
  static final List<Vote> votes = new ArrayList<>();
  static WebDriver browser;
  static String link;
  static final Map<String, List<List<String>>> shownTables = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();

  /** One vote the test sent. */
  record Vote(Person person, String topic, String caseId, boolean helpful) {}

  @BeforeAll
  static void driveThousandQuestions() throws Exception {
    // the Slack adapter refuses to start while the SDK could log bodies (this module logs at DEBUG)
    System.setProperty("org.slf4j.simpleLogger.log.com.slack.api", "info");
    data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "insights-e2e-");
    slackApi = new InsightsFakes.Slack();
    connector = new InsightsFakes.Teams();
    Map<String, String> env = new HashMap<>();
    env.put("DPCOACH_HOME", Path.of("../..").toAbsolutePath().normalize().toString());
    env.put("DPCOACH_DATA_DIR", data.toString());
    env.put("DPCOACH_MODEL_DIR", TestCoach.modelCache().toString());
    env.put("DPCOACH_HTTP_PORT", "0");
    env.put("DPCOACH_TEAMS_LOCAL", "true");
    env.put("SLACK_BOT_TOKEN", "xoxb-insights-test");
    env.put("SLACK_SIGNING_SECRET", InsightsTraffic.SIGNING_SECRET);
    env.put("DPCOACH_SLACK_API_URL", slackApi.apiUrl());
    env.put("DPCOACH_CHAMPIONS", SLACK_CHAMPION.id() + "," + TEAMS_CHAMPION.id());
    env.put("DPCOACH_INSIGHTS_KEEP_UNANSWERED", "true");
    ServeSettings settings = ServeSettings.from(env);
    clock = new MutableClock(START);
    db = Database.open(StoreSettings.embedded(data));
    InsightsRecorder recorder = db.insightsRecorder(true, clock);
    engine =
        Coach.start(
            AppConfig.from(env),
            clock,
            entry -> {
              recorder.record(entry);
              truth.add(entry);
            });
    running =
        ServeCommand.start(
            engine,
            settings,
            Optional.of(db),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    traffic = new InsightsTraffic(running.port(), connector.serviceUrl());
    people = people();
    List<String> pool = questions();
    Random random = new Random(20260601);
    int sent = 0;
    for (int week = 0; week < WEEKS; week++) {
      for (int i = 0; i < QUESTIONS / WEEKS; i++, sent++) {
        Person p = people.get((int) (people.size() * Math.pow(random.nextDouble(), 1.6)));
        String text =
            sent % 40 == 7
                ? CANARY_QUESTIONS.get((sent / 40) % CANARY_QUESTIONS.size())
                : pool.get(random.nextInt(pool.size()));
        traffic.ask(p, channel(p, random), text);
      }
      int expected = sent;
      assertThat(Poll.atLeast(expected, WAIT, () -> List.copyOf(truth)))
          .as("answered turns after week %d", week + 1)
          .hasSize(expected);
      clock.advance(Duration.ofDays(7));
    }
    clock.advance(Duration.ofDays(-5)); // Wednesday of the last week, for the votes
    vote();
    assertThat(Poll.atLeast(votes.size(), WAIT, () -> feedbackRows())).hasSize(votes.size());
    // the coach's own posts: a tip now in two channels
    traffic.slashCommand(SLACK_CHAMPION, "C0NORTH", "tips now", slackApi.hook("tips-north"));
    traffic.slashCommand(SLACK_CHAMPION, "C0SOUTH", "tips now", slackApi.hook("tips-south"));
    slackApi.await(c -> c.path().contains("chat.postMessage") && c.body().contains("Tip"), 2, WAIT);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (running != null) {
      running.close();
    }
    if (slackApi != null) {
      slackApi.close();
    }
    if (connector != null) {
      connector.close();
    }
  }

  /** 24 people on Slack in two workspaces and 16 on Teams in one tenant. */
  static List<Person> people() {
    List<Person> out = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      if (i <= 24) {
        out.add(
            new Person("slack", String.format("U0PRACT%02d", i), i <= 16 ? "T0NORTH" : "T0SOUTH"));
      } else {
        out.add(new Person("teams", String.format("aad-pract-%02d", i), "tenant-east"));
      }
    }
    return out;
  }

  /** The held-out questions (smalltalk and command-like ones left out), as the eval reads them. */
  static List<String> questions() throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../../knowledge/eval/heldout.tsv"))) {
      String[] cols = line.split("\t");
      // Teams reads a message starting "tips" or "supervision" as that command, not a question
      if (cols.length < 3
          || cols[0].equals("id")
          || cols[2].equals("smalltalk")
          || cols[1].matches("(?i)^(tips|supervision|insights)\\b.*")) {
        continue;
      }
      out.add(cols[1]);
    }
    return out;
  }

  private static Optional<String> channel(Person p, Random random) {
    if (random.nextInt(4) != 0) {
      return Optional.empty();
    }
    return Optional.of(
        p.platform().equals("teams")
            ? "19:east-general@thread.tacv2"
            : p.workspace().equals("T0NORTH") ? "C0NORTH" : "C0SOUTH");
  }

  /**
   * Votes: for the topic most people had answered, ten people say Not helpful with a comment and
   * the others Helpful; people without an answer on it say Helpful on their first answer; everyone
   * says Helpful on their last answer.
   */
  private static void vote() {
    Map<String, List<TurnLog.Entry>> answers = new LinkedHashMap<>();
    for (TurnLog.Entry e : List.copyOf(truth)) {
      if (e.route() == Route.ANSWER) {
        answers.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, Set<String>> peopleByTopic = new HashMap<>();
    answers.forEach(
        (person, list) ->
            list.forEach(
                e -> peopleByTopic.computeIfAbsent(e.topic(), t -> new HashSet<>()).add(person)));
    String popular =
        peopleByTopic.entrySet().stream()
            .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
            .orElseThrow()
            .getKey();
    String version = engine.knowledge().version();
    int unhelpful = 0;
    for (Person p : people) {
      List<TurnLog.Entry> mine = answers.getOrDefault(p.key(), List.of());
      if (mine.isEmpty()) {
        continue;
      }
      Optional<TurnLog.Entry> onPopular =
          mine.stream().filter(e -> e.topic().equals(popular)).findFirst();
      if (onPopular.isPresent() && unhelpful < 10) {
        send(p, onPopular.get(), version, false, COMMENTS.get(unhelpful % COMMENTS.size()));
        unhelpful++;
      } else {
        send(p, onPopular.orElse(mine.get(0)), version, true, "");
      }
      if (mine.size() > 1) {
        send(p, mine.get(mine.size() - 1), version, true, "");
      }
    }
  }

  private static void send(Person p, TurnLog.Entry e, String version, boolean helpful, String why) {
    traffic.feedback(p, e.topic() + "|" + version + "|" + e.caseId().orElse(""), helpful, why);
    votes.add(new Vote(p, e.topic(), e.caseId().orElse(null), helpful));
  }

  static String key(TurnLog.Entry e) {
    return e.origin().platform() + ":" + e.userId();
  }

  private static List<Integer> feedbackRows() {
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM insights_feedback")) {
      rs.next();
      return Collections.nCopies(rs.getInt(1), 1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- the champion's link

  @Test
  @Order(1)
  void insights_champion_getsAPrivateLinkInSlackAndTeams() {
    traffic.slashCommand(SLACK_CHAMPION, "C0NORTH", "insights", slackApi.hook("insights-champion"));
    String slackAnswer =
        slackApi.await(c -> c.path().equals("/hooks/insights-champion"), 1, WAIT).get(0).body();
    link = linkIn(slackAnswer).orElseThrow(() -> new AssertionError("no link in " + slackAnswer));
    assertThat(link).startsWith("http://localhost:" + running.port() + "/insights?token=v1.");
    assertThat(slackAnswer).doesNotContain("\"in_channel\"");

    traffic.teamsTyped(TEAMS_CHAMPION, "insights");
    String teamsAnswer =
        connector.await(c -> c.body().contains("Your insights link"), 1, WAIT).get(0).body();
    assertThat(teamsAnswer).contains("Action.OpenUrl");
    assertThat(linkIn(teamsAnswer)).isPresent();
    assertThat(linkIn(teamsAnswer).get()).isNotEqualTo(link);
  }

  @Test
  @Order(2)
  void insights_nonChampion_isRefusedWithNoLinkInSlackAndTeams() {
    Person someone = people.get(0);
    traffic.slashCommand(someone, "C0NORTH", "insights", slackApi.hook("insights-someone"));
    String slackAnswer =
        slackApi.await(c -> c.path().equals("/hooks/insights-someone"), 1, WAIT).get(0).body();
    assertThat(slackAnswer).contains("only for the digital champions").doesNotContain("token=");

    Person teamsPerson = people.get(30);
    traffic.teamsTyped(teamsPerson, "insights");
    String teamsAnswer =
        connector
            .await(
                c -> c.path().contains(teamsPerson.dm()) && c.body().contains("only for the"),
                1,
                WAIT)
            .get(0)
            .body();
    assertThat(teamsAnswer).doesNotContain("token=").doesNotContain("Action.OpenUrl");
    assertThat(db.insights().recipients())
        .as("the weekly digest goes to the champions who asked, in their DM or personal chat")
        .containsExactlyInAnyOrder(
            new org.dpcoach.store.InsightsQueries.Recipient(
                "slack", SLACK_CHAMPION.id(), SLACK_CHAMPION.id()),
            new org.dpcoach.store.InsightsQueries.Recipient(
                "teams", TEAMS_CHAMPION.id(), TEAMS_CHAMPION.dm()));
  }

  static Optional<String> linkIn(String body) {
    String plain = body.replace("\\u003d", "=").replace("\\u0026", "&");
    Matcher m = Pattern.compile("http://[a-z0-9.:]+/insights\\?token=[0-9a-zA-Z.]+").matcher(plain);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  // ---------------------------------------------------------------- the page in Chromium

  @Test
  @Order(3)
  void page_inChromium_everyChartMatchesItsTableAndEveryTableTheCounts() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed at " + CHROMIUM);
    Files.createDirectories(SHOTS);
    browser = chromium(Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-"));
    browser.get(link + "&from=2026-06-01&to=2026-06-28");
    awaitCharts();
    printTimings("page, 1,000 questions");
    wholePage("01-insights-all-teams");

    Map<String, String> titles = new HashMap<>();
    for (Topic t : engine.knowledge().topics()) {
      titles.put(t.title(), t.id());
    }
    List<String> weeks = List.of("2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22");
    List<List<Cell>> weekly = table("weekly");
    assertThat(headerOf("weekly"))
        .containsExactly(
            "Topic",
            "w/c 2026-06-01",
            "w/c 2026-06-08",
            "w/c 2026-06-15",
            "w/c 2026-06-22",
            "Total");
    Map<String, Long> answeredPerTopic = new HashMap<>();
    truth.stream()
        .filter(e -> e.route() == Route.ANSWER)
        .forEach(e -> answeredPerTopic.merge(e.topic(), 1L, Long::sum));
    assertThat(weekly).hasSize(answeredPerTopic.size() + 1);
    int hidden = 0;
    for (List<Cell> row : weekly) {
      boolean totalRow = row.get(0).text().equals("Total");
      String topic = totalRow ? null : titles.get(row.get(0).text());
      assertThat(totalRow || topic != null).as("row %s", row.get(0).text()).isTrue();
      for (int w = 0; w <= weeks.size(); w++) {
        String week = w < weeks.size() ? weeks.get(w) : null;
        Count expected =
            count(
                e ->
                    e.route() == Route.ANSWER
                        && (topic == null || e.topic().equals(topic))
                        && (week == null || week(e).equals(week)));
        Cell cell = row.get(w + 1);
        checkCell(
            "weekly " + row.get(0).text() + " " + (week == null ? "total" : week), expected, cell);
        hidden += cell.hidden() ? 1 : 0;
      }
    }
    assertThat(hidden).as("small cells in the weekly table").isGreaterThan(0);
    System.out.printf(
        "insights e2e: %d turns (%d answered, %d did-you-mean, %d out of scope, %d escalated), %d"
            + " votes (%d not helpful), weekly table %d rows x %d weeks, %d cells shown as fewer"
            + " than 5%n",
        truth.size(),
        count(e -> e.route() == Route.ANSWER).turns(),
        count(e -> e.route() == Route.CLARIFY).turns(),
        count(e -> e.route() == Route.FALLBACK).turns(),
        count(e -> e.route() == Route.ESCALATE).turns(),
        votes.size(),
        votes.stream().filter(v -> !v.helpful()).count(),
        weekly.size() - 1,
        weeks.size(),
        hidden);
    checkLines("weekly", weekly, weekly.get(0).size() - 1);
    assertChartMatchesTable("weekly", weekly, "stacked");

    List<List<Cell>> routes = table("routes");
    Map<String, Route> routeRows =
        Map.of(
            "Not sure: asked \"did you mean\"", Route.CLARIFY,
            "Out of scope", Route.FALLBACK,
            "Escalated (immediate risk: duty team and 999)", Route.ESCALATE);
    for (List<Cell> row : routes) {
      Route route = routeRows.get(row.get(0).text());
      for (int w = 0; w <= weeks.size(); w++) {
        String week = w < weeks.size() ? weeks.get(w) : null;
        Count expected =
            count(
                e ->
                    (route == null
                            ? Set.of(Route.CLARIFY, Route.FALLBACK, Route.ESCALATE)
                                .contains(e.route())
                            : e.route() == route)
                        && (week == null || week(e).equals(week)));
        checkCell("routes " + row.get(0).text() + " " + week, expected, row.get(w + 1));
      }
    }
    checkLines("routes", routes, routes.get(0).size() - 1);
    assertChartMatchesTable("routes", routes, "rows");

    List<List<Cell>> cases = table("cases");
    assertThat(cases).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    Map<String, String> caseIds = new HashMap<>();
    engine.knowledge().cases().forEach(c -> caseIds.put(c.question(), c.id()));
    for (List<Cell> row : cases) {
      String id = caseIds.get(row.get(0).text());
      Count expected =
          count(e -> e.route() == Route.ANSWER && e.caseId().filter(id::equals).isPresent());
      assertThat(expected.turns()).as("case %s", id).isGreaterThanOrEqualTo(5);
      assertThat(expected.people()).as("case %s", id).isGreaterThanOrEqualTo(5);
      checkCell("case " + id, expected, row.get(2));
    }
    assertChartMatchesTable("cases", cases, "bars");

    List<List<Cell>> feedback = table("feedback");
    for (List<Cell> row : feedback) {
      String topic = row.get(0).text().equals("Total") ? null : titles.get(row.get(0).text());
      checkCell("helpful " + topic, votes(topic, true), row.get(1));
      checkCell("not helpful " + topic, votes(topic, false), row.get(2));
      checkCell("votes " + topic, votes(topic, null), row.get(3));
    }
    checkLines("feedback", feedback, 3);
    assertChartMatchesTable("feedback", feedback, "bars");

    List<List<Cell>> themes = table("themes");
    assertThat(themes).as("unanswered themes are kept in this test").isNotEmpty();
    assertChartMatchesTable("themes", themes, "bars");
    assertChartMatchesTable("practice", table("practice"), "columns");
    assertThat(table("practice")).hasSize(2);
    assertThat(table("practice").get(0).get(1).value()).isEqualTo(1);

    String headline = browser.findElement(By.cssSelector(".headline")).getText();
    assertThat(headline).contains("People who asked\n40");
    long answered = truth.stream().filter(e -> e.route() == Route.ANSWER).count();
    assertThat(headline)
        .contains(String.format(java.util.Locale.UK, "%,d", (answered + 2) / 5 * 5));

    List<WebElement> comments = browser.findElements(By.cssSelector("ol.comments li"));
    Count unhelpful = new Count(votes.stream().filter(v -> !v.helpful()).count(), 0);
    assertThat(unhelpful.turns()).as("not-helpful votes sent").isGreaterThanOrEqualTo(5);
    assertThat(comments).hasSize((int) unhelpful.turns());
    assertThat(browser.findElement(By.id("s-comments")).getText())
        .contains("it did not say what to do about group chats")
        .contains("ring me on [PHONE]");
    String page = browser.getPageSource();
    assertNoCanary("the page", page);
    for (Person p : people) {
      assertThat(page).as("the page").doesNotContain(p.id());
    }
    shownTables.put("page", List.of());
    for (String id : List.of("weekly", "routes", "cases", "feedback", "themes", "practice")) {
      shownTables.put(
          id, table(id).stream().map(r -> r.stream().map(Cell::text).toList()).toList());
    }
  }

  @Test
  @Order(4)
  void page_teamFilter_showsOneWorkspaceOnly() throws Exception {
    assumeTrue(browser != null, "chromium is not installed");
    new Select(browser.findElement(By.name("team"))).selectByValue("slack:T0SOUTH");
    browser.findElement(By.cssSelector(".filter button[type=submit]")).click();
    new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("team=slack%3AT0SOUTH"));
    awaitCharts();
    wholePage("02-insights-team-south");
    Count south = count(e -> e.route() == Route.ANSWER && e.origin().workspace().equals("T0SOUTH"));
    Cell total = last(table("weekly")).get(5);
    checkCell("answered in T0SOUTH", south, total);
    assertNoCanary("the filtered page", browser.getPageSource());
  }

  @Test
  @Order(5)
  void csv_sameFiguresAsThePage_noCanary() throws Exception {
    assumeTrue(!shownTables.isEmpty(), "the page test did not run");
    HttpResponse<String> csv =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        link.replace("/insights?", "/insights.csv?")
                            + "&from=2026-06-01&to=2026-06-28"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    Files.writeString(SHOTS.resolve("insights.csv"), csv.body());
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("section,row,column,value");
    for (String id : List.of("weekly", "routes", "cases", "feedback", "themes", "practice")) {
      List<List<String>> rows = shownTables.get(id);
      List<String> header = headerOf(id);
      for (List<String> row : rows) {
        for (int i = 1; i < row.size(); i++) {
          String line =
              "\""
                  + id
                  + "\",\""
                  + row.get(0).replace("\"", "\"\"")
                  + "\",\""
                  + header.get(i)
                  + "\",\""
                  + row.get(i)
                  + "\"";
          assertThat(lines).as("CSV line for %s", line).contains(line);
        }
      }
    }
    assertNoCanary("the CSV", csv.body());
  }

  @Test
  @Order(6)
  void review_contentGap_isMarkedOnThePageAndExported() throws Exception {
    assumeTrue(browser != null, "chromium is not installed");
    browser.get(link + "&from=2026-06-01&to=2026-06-28");
    awaitCharts();
    WebElement first = browser.findElements(By.cssSelector("ol.comments li")).get(0);
    String comment = first.findElement(By.tagName("blockquote")).getText();
    String id = first.getAttribute("data-comment");
    first.findElement(By.cssSelector("button[value=CONTENT_GAP]")).click();
    // the review reloads the page: an element found before the reload goes stale, so look again
    new WebDriverWait(browser, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.cssSelector("li[data-comment='" + id + "'] .state"))
                    .getText()
                    .equals("Content gap"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int gaps = Insights.exportContentGaps(db, new PrintStream(out, true, StandardCharsets.UTF_8));
    String export = out.toString(StandardCharsets.UTF_8);
    assertThat(gaps).isEqualTo(1);
    assertThat(export)
        .startsWith("date,topic,case,comment")
        .contains(comment)
        .contains("2026-06-24");
    assertNoCanary("the export", export);
    wholePage("03-insights-after-review");
  }

  @Test
  @Order(7)
  void database_holdsNoCanaryAndNoUserIdInInsights() throws Exception {
    String all = script("SCRIPT");
    assertNoCanary("the database", all);
    String insights =
        script("SCRIPT TABLE insights_turn, insights_feedback, insights_unanswered, insights_key");
    assertThat(insights).contains("INSERT INTO \"PUBLIC\".\"INSIGHTS_TURN\"");
    for (Person p : people) {
      assertThat(insights).as("insights tables").doesNotContain(p.id());
    }
    assertThat(insights).contains("[PHONE]").contains("[NAME]");
  }

  // ---------------------------------------------------------------- tokens

  @Test
  @Order(8)
  void page_missingTamperedOrForeignToken_answers401() throws Exception {
    String base = "http://127.0.0.1:" + running.port();
    String token = link.substring(link.indexOf("token=") + 6);
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'a' ? 'b' : 'a');
    String foreign;
    Path other = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "other-deployment-");
    try (Database elsewhere = Database.open(StoreSettings.embedded(other))) {
      String theirs =
          Insights.create(
                  elsewhere,
                  engine.knowledge(),
                  InsightsSettings.defaults(),
                  clock,
                  () -> URI.create(base))
              .links()
              .mint()
              .url()
              .toString();
      foreign = theirs.substring(theirs.indexOf("token=") + 6);
    }
    assertThat(status(base + "/insights?token=" + token)).isEqualTo(200);
    for (String bad : List.of("", "?token=", "?token=" + tampered, "?token=" + foreign)) {
      assertThat(status(base + "/insights" + bad)).as("page %s", bad).isEqualTo(401);
      assertThat(status(base + "/insights.csv" + bad)).as("CSV %s", bad).isEqualTo(401);
    }
    assertThat(review(base, tampered)).isEqualTo(401);
    assertThat(review(base, foreign)).isEqualTo(401);
    assertThat(review(base, "")).isEqualTo(401);
    assertThat(status(base + "/insights/assets/echarts.min.js")).isEqualTo(200);
  }

  @Test
  @Order(9)
  void page_expiredToken_answers401() throws Exception {
    String base = "http://127.0.0.1:" + running.port();
    String token = link.substring(link.indexOf("token=") + 6);
    clock.advance(Duration.ofMinutes(16));
    assertThat(status(base + "/insights?token=" + token)).isEqualTo(401);
    assertThat(status(base + "/insights.csv?token=" + token)).isEqualTo(401);
    assertThat(review(base, token)).isEqualTo(401);
  }

  private int status(String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private int review(String base, String token) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + "/insights/review"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        UrlForm.encode("token", token, "id", "1", "state", "REVIEWED")))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  // ---------------------------------------------------------------- checking helpers

  /** A table cell as shown: its text, its number (null when hidden or not a number), hidden. */
  record Cell(String text, Long value, boolean hidden) {}

  /** A true count: turns and distinct people. */
  record Count(long turns, int people) {}

  static Count count(java.util.function.Predicate<TurnLog.Entry> which) {
    List<TurnLog.Entry> matching = List.copyOf(truth).stream().filter(which).toList();
    return new Count(
        matching.size(),
        matching.stream().map(InsightsEndToEndTest::key).collect(Collectors.toSet()).size());
  }

  static Count votes(String topic, Boolean helpful) {
    List<Vote> matching =
        votes.stream()
            .filter(v -> topic == null || v.topic().equals(topic))
            .filter(v -> helpful == null || v.helpful() == helpful)
            .toList();
    return new Count(
        matching.size(),
        matching.stream().map(v -> v.person().key()).collect(Collectors.toSet()).size());
  }

  static String week(TurnLog.Entry e) {
    return InsightsRecorder.week(e.at()).toString();
  }

  /** A small count is hidden; a shown count is the true one rounded to the nearest 5. */
  static void checkCell(String what, Count expected, Cell cell) {
    boolean small = expected.turns() > 0 && (expected.turns() < 5 || expected.people() < 5);
    if (small) {
      assertThat(cell.hidden()).as("%s (%s) must be hidden", what, expected).isTrue();
    }
    if (!cell.hidden()) {
      assertThat(cell.value())
          .as("%s (%s)", what, expected)
          .isEqualTo((expected.turns() + 2) / 5 * 5);
    } else {
      assertThat(cell.text()).isEqualTo("fewer than 5");
    }
  }

  /**
   * In every row and column whose total is shown, the hidden cells are none or at least two (a lone
   * hidden cell could be worked out from the total).
   */
  static void checkLines(String id, List<List<Cell>> rows, int totalColumn) {
    for (List<Cell> row : rows) {
      if (!row.get(totalColumn).hidden()) {
        long hidden = row.subList(1, totalColumn).stream().filter(Cell::hidden).count();
        assertThat(hidden).as("%s row %s", id, row.get(0).text()).isNotEqualTo(1L);
      }
    }
    List<Cell> totals = last(rows);
    for (int c = 1; c <= totalColumn; c++) {
      if (!totals.get(c).hidden()) {
        int col = c;
        long hidden =
            rows.subList(0, rows.size() - 1).stream().filter(r -> r.get(col).hidden()).count();
        assertThat(hidden).as("%s column %d", id, c).isNotEqualTo(1L);
      }
    }
  }

  static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  static void assertNoCanary(String where, String text) {
    for (String canary : CANARIES) {
      assertThat(text)
          .as("%s must not contain %s", where, canary)
          .doesNotContainIgnoringCase(canary);
    }
  }

  private static String script(String command) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(command)) {
      while (rs.next()) {
        out.append(rs.getString(1)).append('\n');
      }
    }
    return out.toString();
  }

  private static List<List<Cell>> table(String id) {
    List<List<Cell>> rows = new ArrayList<>();
    for (WebElement tr : browser.findElements(By.cssSelector("#" + id + " tbody tr"))) {
      List<Cell> row = new ArrayList<>();
      List<WebElement> cells = tr.findElements(By.cssSelector("th, td"));
      if (cells.size() == 1) {
        continue; // "nothing to show"
      }
      for (WebElement cell : cells) {
        String text = cell.getAttribute("textContent");
        String value = cell.getAttribute("data-value");
        boolean hidden = "fewer".equals(cell.getAttribute("class"));
        Long number =
            value == null || value.isEmpty() || value.contains(".") ? null : Long.valueOf(value);
        row.add(new Cell(text, number, hidden));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> headerOf(String id) {
    return browser.findElements(By.cssSelector("#" + id + " thead th")).stream()
        .map(e -> e.getAttribute("textContent"))
        .toList();
  }

  /** The chart's series, read from ECharts, equal the table's figures (hidden ones left out). */
  @SuppressWarnings("unchecked")
  private static void assertChartMatchesTable(String id, List<List<Cell>> rows, String kind) {
    List<List<Cell>> body = rows.stream().filter(r -> !r.get(0).text().equals("Total")).toList();
    if (body.isEmpty()) {
      return;
    }
    boolean totalColumn = List.of("weekly", "routes").contains(id);
    List<List<Object>> series =
        (List<List<Object>>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return window.dpcoachCharts[arguments[0]].getOption().series"
                        + ".map(function (s) { return s.data; });",
                    id);
    List<List<Double>> expected = new ArrayList<>();
    switch (kind) {
      case "bars" -> expected.add(body.stream().map(r -> number(last(r))).toList());
      case "columns" -> {
        for (int c = 1; c < body.get(0).size(); c++) {
          int col = c;
          expected.add(body.stream().map(r -> number(r.get(col))).toList());
        }
      }
      default ->
          body.forEach(
              r ->
                  expected.add(
                      r.subList(1, totalColumn ? r.size() - 1 : r.size()).stream()
                          .map(InsightsEndToEndTest::number)
                          .toList()));
    }
    List<List<Double>> drawn =
        series.stream()
            .map(
                s ->
                    s.stream()
                        .map(v -> v instanceof Number n ? (Double) n.doubleValue() : null)
                        .toList())
            .toList();
    assertThat(drawn).as("chart %s", id).isEqualTo(expected);
  }

  private static Double number(Cell c) {
    if (c.hidden()) {
      return null;
    }
    String v = c.text().replace(",", "").replace("%", "");
    return Double.valueOf(v);
  }

  private static void awaitCharts() {
    new WebDriverWait(browser, WAIT)
        .until(d -> "drawn".equals(d.findElement(By.tagName("body")).getAttribute("data-charts")));
  }

  private static void printTimings(String what) {
    Object t =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var n = performance.getEntriesByType('navigation')[0];"
                    + " return [n.responseStart - n.requestStart, n.responseEnd - n.startTime,"
                    + " n.domContentLoadedEventEnd - n.startTime, n.loadEventEnd - n.startTime];");
    System.out.println(
        "insights " + what + ": first byte, response end, DOMContentLoaded, load (ms) = " + t);
  }

  private static void wholePage(String name) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long height =
        ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
    browser.manage().window().setSize(new Dimension(1440, (int) Math.min(height + 40, 16_000)));
    js.executeScript(
        "Object.keys(window.dpcoachCharts).forEach(function (k) { window.dpcoachCharts[k].resize(); });");
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(new Dimension(1440, 1000));
  }

  static WebDriver chromium(Path profile) {
    return Chromium.start(profile, 1440, 1000);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
