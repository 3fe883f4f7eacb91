package org.dpcoach.store;

import java.sql.SQLException;

/** A database failure; carries the SQL state, never a row's text. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(SQLException cause) {
    super("database error (SQLSTATE " + cause.getSQLState() + ")", cause);
  }
}
