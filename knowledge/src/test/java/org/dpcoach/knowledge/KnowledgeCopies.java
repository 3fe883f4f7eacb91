package org.dpcoach.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of knowledge folders that a test may change. */
final class KnowledgeCopies {
  private KnowledgeCopies() {}

  /** A copy of the embedded knowledge under {@code temp/kb}. */
  static Path embedded(Path temp) throws IOException {
    Path target = temp.resolve("kb");
    copy(KnowledgeBase.embedded("kb"), target);
    return target;
  }

  /** Copies a folder tree. */
  static void copy(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }
}
