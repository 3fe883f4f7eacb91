package org.dpcoach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Small JDBC helpers: statements with parameters, row mapping and transactions. */
final class Sql {
  /** SQLSTATE of a unique-key violation, in H2 and PostgreSQL alike. */
  static final String UNIQUE_VIOLATION = "23505";

  /** How often a transaction that lost a race on a key (or a deadlock) is run again. */
  static final int RACE_ATTEMPTS = 5;

  private final DataSource source;
  private final boolean postgres;

  Sql(DataSource source, boolean postgres) {
    this.source = source;
    this.postgres = postgres;
  }

  /** Whether the database is PostgreSQL (else H2). */
  boolean postgres() {
    return postgres;
  }

  /** Work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Maps the current row. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs the work in one transaction, rolling back on any failure. */
  <T> T tx(Work<T> work) {
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /**
   * Runs the work in one transaction like {@link #tx}, running it again when it lost a race with
   * another transaction on a unique key, or a deadlock: for work that is safe to repeat.
   */
  <T> T txRetrying(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx(work);
      } catch (StoreException e) {
        if (attempt >= RACE_ATTEMPTS || !(e.getCause() instanceof SQLException q) || !raced(q)) {
          throw e;
        }
      }
    }
  }

  /**
   * Inserts a row, or when its key is there already runs the update: one statement, so that two
   * transactions cannot both miss the row and both insert it ({@code ON CONFLICT} on PostgreSQL,
   * {@code MERGE} on H2).
   *
   * @param table the table
   * @param keys the key columns and their values, in order
   * @param inserted the other columns and their values for a new row
   * @param onConflict the {@code SET} clause for an existing row; {@code t.} names the row's
   *     columns and {@code s.} the new values
   */
  int upsert(
      Connection c,
      String table,
      java.util.LinkedHashMap<String, Object> keys,
      java.util.LinkedHashMap<String, Object> inserted,
      String onConflict)
      throws SQLException {
    List<String> columns = new ArrayList<>(keys.keySet());
    columns.addAll(inserted.keySet());
    List<Object> values = new ArrayList<>(keys.values());
    values.addAll(inserted.values());
    String statement =
        postgres
            ? insertOnConflict(table, columns, keys.keySet(), onConflict)
            : merge(table, columns, keys.keySet(), onConflict);
    return update(c, statement, values.toArray());
  }

  /** PostgreSQL's upsert: {@code INSERT ... ON CONFLICT}, with {@code s.} read as excluded. */
  private static String insertOnConflict(
      String table, List<String> columns, Collection<String> keys, String onConflict) {
    return String.format(
        "INSERT INTO %s AS t (%s) VALUES (%s) ON CONFLICT (%s) DO UPDATE SET %s",
        table,
        String.join(", ", columns),
        marks(columns),
        String.join(", ", keys),
        onConflict.replaceAll("\\bs\\.", "excluded."));
  }

  /** H2's upsert: {@code MERGE} of a one-row {@code VALUES} source {@code s} on the key columns. */
  private static String merge(
      String table, List<String> columns, Collection<String> keys, String onConflict) {
    String cols = String.join(", ", columns);
    List<String> on = keys.stream().map(k -> "t." + k + " = s." + k).toList();
    List<String> fromSource = columns.stream().map(k -> "s." + k).toList();
    return String.format(
        "MERGE INTO %s AS t USING (VALUES (%s)) AS s (%s) ON %s WHEN MATCHED THEN UPDATE SET %s"
            + " WHEN NOT MATCHED THEN INSERT (%s) VALUES (%s)",
        table,
        marks(columns),
        cols,
        String.join(" AND ", on),
        onConflict,
        cols,
        String.join(", ", fromSource));
  }

  private static String marks(List<String> columns) {
    return String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
  }

  /** Column names and values, in order: {@code keys("a", 1, "b", 2)}. */
  static java.util.LinkedHashMap<String, Object> keys(Object... namesAndValues) {
    java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  int update(String sql, Object... params) {
    return tx(c -> update(c, sql, params));
  }

  <T> List<T> query(String sql, Row<T> row, Object... params) {
    return tx(c -> query(c, sql, row, params));
  }

  <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    return query(sql, row, params).stream().findFirst();
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement st = prepare(c, sql, params)) {
      return st.executeUpdate();
    }
  }

  static <T> List<T> query(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    try (PreparedStatement st = prepare(c, sql, params);
        ResultSet rs = st.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.map(rs));
      }
      return out;
    }
  }

  static long insertReturningId(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql, new String[] {"id"})) {
      bind(st, params);
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    bind(st, params);
    return st;
  }

  private static void bind(PreparedStatement st, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      st.setObject(i + 1, p instanceof Instant instant ? time(instant) : p);
    }
  }

  /**
   * An instant as the databases store it: UTC, to the microsecond (so it compares equal when read
   * back).
   */
  static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** Reads a timestamp column as an instant; null stays null. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static boolean uniqueViolation(SQLException e) {
    return UNIQUE_VIOLATION.equals(e.getSQLState());
  }

  /** A unique-key race, a deadlock or a serialization failure: worth running again. */
  static boolean raced(SQLException e) {
    String state = e.getSQLState();
    return UNIQUE_VIOLATION.equals(state)
        || "40001".equals(state)
        || "40P01".equals(state)
        || e.getErrorCode() == 40001;
  }
}
