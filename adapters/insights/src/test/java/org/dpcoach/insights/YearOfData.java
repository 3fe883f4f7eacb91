package org.dpcoach.insights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.dpcoach.knowledge.Case;
import org.dpcoach.knowledge.KnowledgeBase;
import org.dpcoach.knowledge.Topic;
import org.dpcoach.store.InsightsRecorder;

/**
 * Generates a year of insights rows for many people, straight into the tables (batched JDBC, the
 * recorder's columns and rules): each person has their own weekly rate of questions (a skewed draw,
 * mean about 0.8 a week), asks in working hours on weekdays, on topics of Zipf-like popularity (a
 * case of the topic for 60% of answers where the topic has cases); 80% answered, 8% "did you mean",
 * 8% out of scope, 1% escalated, 3% smalltalk; one answer in ten gets a vote, one vote in five Not
 * helpful, a third of those with a comment; the last 30 days' unanswered questions are kept as
 * redacted text. Seeded, so every run makes the same data.
 */
final class YearOfData {
  static final String[] TEAMS = {
    "slack:T0NORTH", "slack:T0SOUTH", "slack:T0WEST", "teams:tenant-east"
  };
  static final String[] UNANSWERED = {
    "can I claim mileage for a home visit",
    "what is the parking policy at the office",
    "who do I ask about my payslip",
    "can I use my team's printer from home",
    "how do I book annual leave in the new system",
    "is there a policy on [NAME] bringing a dog to the office",
    "what time does the building close on fridays"
  };

  record Generated(
      long turns, long votes, long unanswered, int people, LocalDate from, LocalDate to) {}

  private YearOfData() {}

  static Generated into(DataSource db, KnowledgeBase kb, int people, LocalDate lastDay)
      throws SQLException {
    Random random = new Random(3000);
    List<Topic> topics = kb.topics().stream().filter(t -> !t.route()).toList();
    Map<String, List<Case>> cases = new HashMap<>();
    kb.cases().forEach(c -> cases.computeIfAbsent(c.topic(), t -> new ArrayList<>()).add(c));
    double[] weights = new double[topics.size()];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 / Math.pow(i + 1, 0.9);
      sum += weights[i];
    }
    LocalDate first = lastDay.minusWeeks(52).with(DayOfWeek.MONDAY);
    long turns = 0;
    long votes = 0;
    long unanswered = 0;
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement turn =
              c.prepareStatement(
                  "INSERT INTO insights_turn (at_hour, week_of, key_month, person, platform,"
                      + " workspace, channel_kind, nation, route, topic, case_id, confidence_band,"
                      + " redacted) VALUES (?, ?, ?, ?, ?, ?, ?, 'england', ?, ?, ?, ?, ?)");
          PreparedStatement vote =
              c.prepareStatement(
                  "INSERT INTO insights_feedback (at_hour, week_of, key_month, person, platform,"
                      + " workspace, topic, case_id, helpful, comment, review) VALUES (?, ?, ?, ?,"
                      + " ?, ?, ?, ?, ?, ?, 'NEW')");
          PreparedStatement kept =
              c.prepareStatement(
                  "INSERT INTO insights_unanswered (at_hour, key_month, person, platform,"
                      + " workspace, route, topic, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int p = 0; p < people; p++) {
          String[] team = TEAMS[p % TEAMS.length].split(":");
          double rate = 0.8 * Math.exp(random.nextGaussian() * 0.9 - 0.405);
          for (LocalDate week = first; !week.isAfter(lastDay); week = week.plusWeeks(1)) {
            int asked = poisson(random, rate);
            for (int q = 0; q < asked; q++) {
              ZonedDateTime at =
                  week.plusDays(random.nextInt(5))
                      .atTime(8 + random.nextInt(10), 0)
                      .atZone(InsightsRecorder.ZONE);
              if (at.toLocalDate().isAfter(lastDay)) {
                continue;
              }
              Instant hour = at.toInstant().truncatedTo(ChronoUnit.HOURS);
              String month = hour.toString().substring(0, 7);
              String person = person(p, month);
              double r = random.nextDouble();
              String route =
                  r < 0.80
                      ? "answer"
                      : r < 0.88
                          ? "clarify"
                          : r < 0.96 ? "fallback" : r < 0.97 ? "escalate" : "smalltalk";
              Topic topic = pick(topics, weights, sum, random);
              String topicId =
                  switch (route) {
                    case "fallback" -> "out-of-scope";
                    case "escalate" -> "safeguarding-emergency";
                    case "smalltalk" -> "smalltalk";
                    default -> topic.id();
                  };
              List<Case> own = cases.getOrDefault(topicId, List.of());
              String caseId =
                  route.equals("answer") && !own.isEmpty() && random.nextDouble() < 0.6
                      ? own.get(random.nextInt(own.size())).id()
                      : null;
              turn.setTimestamp(1, Timestamp.from(hour));
              turn.setObject(2, InsightsRecorder.week(hour));
              turn.setString(3, month);
              turn.setString(4, person);
              turn.setString(5, team[0]);
              turn.setString(6, team[1]);
              turn.setString(7, random.nextInt(4) == 0 ? "channel" : "dm");
              turn.setString(8, route);
              turn.setString(9, topicId);
              turn.setString(10, caseId);
              turn.setString(11, random.nextBoolean() ? "high" : "medium");
              turn.setBoolean(12, random.nextInt(20) == 0);
              turn.addBatch();
              turns++;
              if (route.equals("answer") && random.nextInt(10) == 0) {
                boolean helpful = random.nextInt(5) != 0;
                vote.setTimestamp(1, Timestamp.from(hour));
                vote.setObject(2, InsightsRecorder.week(hour));
                vote.setString(3, month);
                vote.setString(4, person);
                vote.setString(5, team[0]);
                vote.setString(6, team[1]);
                vote.setString(7, topicId);
                vote.setString(8, caseId);
                vote.setBoolean(9, helpful);
                vote.setString(
                    10,
                    !helpful && random.nextInt(3) == 0
                        ? "it did not cover " + topic.title().toLowerCase(java.util.Locale.UK)
                        : null);
                vote.addBatch();
                votes++;
              }
              boolean recent = !at.toLocalDate().isBefore(lastDay.minusDays(29));
              if (recent && (route.equals("clarify") || route.equals("fallback"))) {
                kept.setTimestamp(1, Timestamp.from(hour));
                kept.setString(2, month);
                kept.setString(3, person);
                kept.setString(4, team[0]);
                kept.setString(5, team[1]);
                kept.setString(6, route);
                kept.setString(7, topicId);
                kept.setString(8, UNANSWERED[random.nextInt(UNANSWERED.length)]);
                kept.addBatch();
                unanswered++;
              }
            }
          }
          if (p % 100 == 99) {
            turn.executeBatch();
            vote.executeBatch();
            kept.executeBatch();
            c.commit();
          }
        }
        turn.executeBatch();
        vote.executeBatch();
        kept.executeBatch();
        c.commit();
      }
    }
    return new Generated(turns, votes, unanswered, people, first, lastDay);
  }

  /** The counts of a year generated earlier. */
  static Generated read(DataSource db, int people, LocalDate lastDay) throws SQLException {
    try (Connection c = db.getConnection();
        java.sql.Statement st = c.createStatement()) {
      long[] n = new long[3];
      String[] tables = {"insights_turn", "insights_feedback", "insights_unanswered"};
      for (int i = 0; i < 3; i++) {
        try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
          rs.next();
          n[i] = rs.getLong(1);
        }
      }
      return new Generated(
          n[0], n[1], n[2], people, lastDay.minusWeeks(52).with(DayOfWeek.MONDAY), lastDay);
    }
  }

  /** A person key as the recorder makes them: 128 bits, different every month. */
  private static String person(int p, String month) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("person " + p + " " + month).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Topic pick(List<Topic> topics, double[] weights, double sum, Random random) {
    double x = random.nextDouble() * sum;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x <= 0) {
        return topics.get(i);
      }
    }
    return topics.get(topics.size() - 1);
  }

  private static int poisson(Random random, double mean) {
    double l = Math.exp(-mean);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
