package org.dpcoach.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code dpcoach serve} in its own JVM (as the launcher runs it: {@link Main#main}, so the log
 * levels and shutdown are the real ones), with its stderr in a file.
 */
final class ServeProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving on http://([0-9.]+):(\\d+)");

  private final Process process;
  private final Path log;
  private final URI base;

  private ServeProcess(Process process, Path log, URI base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Starts serve with exactly this environment and waits until it is listening. */
  static ServeProcess start(Map<String, String> env, Path log, Duration timeout) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      Process process = builder.start();
      long end = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < end && process.isAlive()) {
        Matcher m = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
        URI found = null;
        while (m.find()) {
          found = URI.create("http://" + m.group(1) + ":" + m.group(2));
        }
        if (found != null) {
          return new ServeProcess(process, log, found);
        }
        Thread.sleep(50); // polling the log file for the start line, with a deadline
      }
      process.destroyForcibly();
      throw new IllegalStateException(
          "serve did not start: " + Files.readString(log, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The model cache of earlier runs, copied so that the process need not train again. */
  static void copyModels(Path dataDir) throws IOException {
    Path cache = Path.of("target/test-data/models");
    if (!Files.isDirectory(cache)) {
      return;
    }
    Path to = Files.createDirectories(dataDir.resolve("models"));
    try (Stream<Path> files = Files.list(cache)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(
            f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Keeps a model cache trained in {@code dataDir} for the next run's {@link #copyModels}. */
  static void keepModels(Path dataDir) throws IOException {
    Path cache = Path.of("target/test-data/models");
    Path trained = dataDir.resolve("models");
    if (Files.isDirectory(cache) || !Files.isDirectory(trained)) {
      return;
    }
    Files.createDirectories(cache);
    try (Stream<Path> files = Files.list(trained)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, cache.resolve(f.getFileName()));
      }
    }
  }

  URI base() {
    return base;
  }

  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hooks, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then waits for the shutdown hooks; the exit status. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }
}
