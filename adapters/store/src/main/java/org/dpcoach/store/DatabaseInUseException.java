package org.dpcoach.store;

import java.nio.file.Path;

/** The embedded database's folder is open in another process (another dpcoach, most likely). */
public final class DatabaseInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;

  DatabaseInUseException(Path folder, Throwable cause) {
    super(
        "the database folder "
            + folder
            + " is in use by another dpcoach (or another program): stop that one first, or give"
            + " this one its own data folder",
        cause);
    this.folder = folder;
  }

  /** The folder that is in use. */
  public Path folder() {
    return folder;
  }
}
