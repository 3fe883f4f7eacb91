package org.dpcoach.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second JVM on the test's own class path, for crash tests that kill it with SIGKILL. */
public final class ChildJvm {
  private ChildJvm() {}

  /** What a killed child printed first, and whether it ended within 30 seconds of the kill. */
  public record Killed(String firstLine, boolean ended) {}

  /** Every line a child printed, and whether it ended within 60 seconds. */
  public record Finished(List<String> lines, boolean ended) {}

  /** Starts {@code main} with the arguments in a quick-starting JVM, its standard error dropped. */
  public static Process start(Class<?> main, List<String> args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  /**
   * Reads the child's first line, then kills it with SIGKILL on Unix (no shutdown hooks, no finally
   * blocks) and waits for it to end.
   */
  public static Killed killAfterFirstLine(Process child) throws IOException, InterruptedException {
    try (BufferedReader out = reader(child)) {
      String line = out.readLine();
      child.destroyForcibly();
      return new Killed(line, child.waitFor(30, TimeUnit.SECONDS));
    }
  }

  /** Reads everything the child prints until it closes its output, then waits for it to end. */
  public static Finished readToEnd(Process child) throws IOException, InterruptedException {
    List<String> said = new ArrayList<>();
    try (BufferedReader out = reader(child)) {
      out.lines().forEach(said::add);
    }
    return new Finished(List.copyOf(said), child.waitFor(60, TimeUnit.SECONDS));
  }

  private static BufferedReader reader(Process child) {
    return new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }
}
