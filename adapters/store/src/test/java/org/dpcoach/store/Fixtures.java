package org.dpcoach.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.dpcoach.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Assumptions;

/** The knowledge with the test tip library, and fresh databases: H2 in a folder, or PostgreSQL. */
final class Fixtures {
  static final String PG_ENV = "DPCOACH_TEST_PG_URL";
  private static KnowledgeBase kb;

  private Fixtures() {}

  static synchronized KnowledgeBase kb() {
    if (kb == null) {
      kb = KnowledgeBase.loader().practiceDirectory(Path.of("src/test/resources/practice")).load();
    }
    return kb;
  }

  static StoreSettings h2(Path dir) {
    return StoreSettings.embedded(dir);
  }

  /**
   * A PostgreSQL database emptied for the test; skips the test when {@value #PG_ENV} is not set.
   */
  static StoreSettings postgres() {
    String url = System.getenv(PG_ENV);
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        PG_ENV
            + " is not set (for example jdbc:postgresql://127.0.0.1:5432/dpcoach_test?user=dpcoach&password=...): PostgreSQL tests skipped");
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS public CASCADE");
      st.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot reset the PostgreSQL test database: " + e.getSQLState(), e);
    }
    return StoreSettings.at(url, Optional.empty(), Optional.empty(), Path.of("target"));
  }
}
