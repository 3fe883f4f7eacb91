package org.dpcoach.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The crash drivers' "platform": an append-only file of posts, one line "key id [more]" each,
 * forced to disk before the poster answers.
 */
final class PostsFile {
  private PostsFile() {}

  /** Appends a line and forces it to disk. */
  static void append(Path file, String line) {
    try (FileChannel out =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
      out.write(StandardCharsets.UTF_8.encode(line + "\n"));
      out.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of the first post under the key, if there is one. */
  static Optional<String> idOf(Path file, String key) {
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      return Files.readAllLines(file).stream()
          .filter(l -> l.startsWith(key + " "))
          .map(l -> l.split(" ")[1])
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
