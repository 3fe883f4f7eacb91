package org.dpcoach.store;

import java.nio.file.Path;

/** A separate JVM holding the embedded database of a folder open until its stdin closes. */
public final class HoldDatabase {
  private HoldDatabase() {}

  public static void main(String[] args) throws Exception {
    try (Database db = Database.open(StoreSettings.embedded(Path.of(args[0])))) {
      System.out.println("OPEN");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the test closes our stdin
      }
    }
  }
}
