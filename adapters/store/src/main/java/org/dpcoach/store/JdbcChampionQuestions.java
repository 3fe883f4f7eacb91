package org.dpcoach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpcoach.core.port.ChampionQuestion;
import org.dpcoach.core.port.ChampionQuestions;

/**
 * Questions to the champions in {@code champion_question}, the champions' channel per platform in
 * {@code champion_channel}. Each change of state is one conditional {@code UPDATE}: it changes the
 * row only from the states it may come from, so a re-delivered event finds nothing to change.
 */
final class JdbcChampionQuestions implements ChampionQuestions {
  private static final String COLUMNS =
      "id, platform, asker, asker_name, reply_to, body, topic, state, asked_at, channel, taken_by,"
          + " taken_name, answered_by, answerer_name, answer, answered_at, reminded_at,"
          + " for_knowledge";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM champion_question WHERE ";
  private static final String WAITING = "state IN ('OPEN', 'TAKEN')";
  private static final Pattern POST_KEY = Pattern.compile("^champion:(\\d+):(post|remind)$");
  private final Sql sql;

  JdbcChampionQuestions(Sql sql) {
    this.sql = sql;
  }

  @Override
  public ChampionQuestion draft(Draft d) {
    return insert(d, ChampionQuestion.State.DRAFT, null);
  }

  @Override
  public ChampionQuestion ask(Draft d, String channel) {
    return insert(d, ChampionQuestion.State.OPEN, channel);
  }

  private ChampionQuestion insert(Draft d, ChampionQuestion.State state, String channel) {
    long id =
        sql.tx(
            c ->
                Sql.insertReturningId(
                    c,
                    "INSERT INTO champion_question (platform, asker, asker_name, reply_to, body,"
                        + " topic, state, asked_at, channel, for_knowledge, unplanned)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)",
                    d.platform(),
                    d.asker(),
                    d.askerName(),
                    d.replyTo(),
                    d.text(),
                    d.topic(),
                    state.name(),
                    d.at(),
                    channel,
                    channel != null));
    return find(id).orElseThrow();
  }

  @Override
  public Optional<ChampionQuestion> find(long id) {
    return sql.one(SELECT + "id = ?", JdbcChampionQuestions::row, id);
  }

  @Override
  public Optional<ChampionQuestion> byPost(String platform, String messageId) {
    return sql
        .query(
            "SELECT post_key FROM tip_outbox WHERE message_id = ? AND platform = ?"
                + " AND post_key LIKE 'champion:%'",
            rs -> rs.getString(1), messageId, platform)
        .stream()
        .map(POST_KEY::matcher)
        .filter(Matcher::matches)
        .findFirst()
        .flatMap(m -> find(Long.parseLong(m.group(1))));
  }

  @Override
  public boolean edit(long id, String asker, String text, String topic) {
    return sql.update(
            "UPDATE champion_question SET body = ?, topic = ? WHERE id = ? AND asker = ?"
                + " AND state = 'DRAFT'",
            text,
            topic,
            id,
            asker)
        == 1;
  }

  @Override
  public boolean confirm(
      long id, String asker, String text, String topic, String channel, Instant at) {
    return sql.update(
            "UPDATE champion_question SET state = 'OPEN', body = ?, topic = ?, channel = ?,"
                + " asked_at = ?, unplanned = TRUE WHERE id = ? AND asker = ? AND state = 'DRAFT'",
            text,
            topic,
            channel,
            at,
            id,
            asker)
        == 1;
  }

  @Override
  public boolean take(long id, String champion, String name, Instant at) {
    return sql.update(
            "UPDATE champion_question SET state = 'TAKEN', taken_by = ?, taken_name = ?,"
                + " unplanned = TRUE WHERE id = ? AND state = 'OPEN'",
            champion,
            name,
            id)
        == 1;
  }

  @Override
  public boolean answer(long id, String champion, String name, String answer, Instant at) {
    return sql.update(
            "UPDATE champion_question SET state = 'ANSWERED', answered_by = ?, answerer_name = ?,"
                + " answer = ?, answered_at = ?, unplanned = TRUE WHERE id = ? AND "
                + WAITING,
            champion,
            name,
            answer,
            at,
            id)
        == 1;
  }

  @Override
  public boolean decline(long id, String champion, String name, Instant at) {
    return sql.update(
            "UPDATE champion_question SET state = 'DECLINED', answered_by = ?, answerer_name = ?,"
                + " answered_at = ?, unplanned = TRUE WHERE id = ? AND "
                + WAITING,
            champion,
            name,
            at,
            id)
        == 1;
  }

  @Override
  public boolean withdraw(long id, String asker, Instant at) {
    return sql.update(
            "UPDATE champion_question SET state = 'WITHDRAWN', answered_at = ?, unplanned = TRUE"
                + " WHERE id = ? AND asker = ? AND state IN ('DRAFT', 'OPEN', 'TAKEN')",
            at,
            id,
            asker)
        == 1;
  }

  @Override
  public boolean markForKnowledge(long id, Instant at) {
    return sql.update(
            "UPDATE champion_question SET for_knowledge = TRUE WHERE id = ? AND state = 'ANSWERED'",
            id)
        == 1;
  }

  @Override
  public List<ChampionQuestion> unreminded(Instant askedBefore) {
    return sql.query(
        SELECT + "state = 'OPEN' AND reminded_at IS NULL AND asked_at < ? ORDER BY asked_at",
        JdbcChampionQuestions::row,
        askedBefore);
  }

  @Override
  public boolean remind(long id, Instant at) {
    return sql.update(
            "UPDATE champion_question SET reminded_at = ?, unplanned = TRUE"
                + " WHERE id = ? AND state = 'OPEN' AND reminded_at IS NULL",
            at,
            id)
        == 1;
  }

  @Override
  public List<ChampionQuestion> unplanned() {
    return sql.query(SELECT + "unplanned ORDER BY id", JdbcChampionQuestions::row);
  }

  @Override
  public void planned(long id) {
    sql.update("UPDATE champion_question SET unplanned = FALSE WHERE id = ?", id);
  }

  @Override
  public List<ChampionQuestion> forKnowledge() {
    return sql.query(
        SELECT + "for_knowledge AND state = 'ANSWERED' ORDER BY id", JdbcChampionQuestions::row);
  }

  @Override
  public Optional<String> channel(String platform) {
    return sql.one(
        "SELECT channel FROM champion_channel WHERE platform = ?", rs -> rs.getString(1), platform);
  }

  @Override
  public void setChannel(String platform, String channel, String setBy, Instant at) {
    sql.tx(
        c -> {
          Sql.update(c, "DELETE FROM champion_channel WHERE platform = ?", platform);
          return Sql.update(
              c,
              "INSERT INTO champion_channel (platform, channel, set_by, set_at) VALUES (?, ?, ?, ?)",
              platform,
              channel,
              setBy,
              at);
        });
  }

  private static ChampionQuestion row(ResultSet rs) throws SQLException {
    return new ChampionQuestion(
        rs.getLong("id"),
        rs.getString("platform"),
        rs.getString("asker"),
        rs.getString("asker_name"),
        rs.getString("reply_to"),
        rs.getString("body"),
        rs.getString("topic"),
        ChampionQuestion.State.valueOf(rs.getString("state")),
        Sql.instant(rs, "asked_at"),
        Optional.ofNullable(rs.getString("channel")),
        Optional.ofNullable(rs.getString("taken_by")),
        Optional.ofNullable(rs.getString("taken_name")),
        Optional.ofNullable(rs.getString("answered_by")),
        Optional.ofNullable(rs.getString("answerer_name")),
        Optional.ofNullable(rs.getString("answer")),
        Optional.ofNullable(Sql.instant(rs, "answered_at")),
        Optional.ofNullable(Sql.instant(rs, "reminded_at")),
        rs.getBoolean("for_knowledge"));
  }
}
