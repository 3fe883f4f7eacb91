package org.dpcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Scripted conversations carrying unique personal-data values run through the engine and the
 * command line with logging at DEBUG; no value may appear in any log line or any file written.
 */
class CanaryTest {
  static final List<String> CANARIES =
      List.of(
          "Quillon Featherstonehaugh",
          "07700 900987",
          "canary.k7@example.org",
          "999 002 0086",
          "ZE1 0QX",
          "27 Wrenfold Crescent",
          "NM-918273");
  static final List<String> SCRIPT =
      List.of(
          "hi, I visited Quillon Featherstonehaugh at 27 Wrenfold Crescent, ZE1 0QX yesterday",
          "can I whatsapp his mum on 07700 900987 or email canary.k7@example.org?",
          "what about Instagram?",
          "NHS number 999 002 0086 and case NM-918273 - can I email the GP a copy?",
          "Quillon Featherstonehaugh is about to meet a man from snapchat tonight and I think he is in danger right now",
          "");

  @TempDir Path data;

  @Test
  void canaries_neverReachLogsOrFiles_atDebug() throws IOException {
    assertThat(LoggerFactory.getLogger("org.dpcoach").isDebugEnabled())
        .as("logging at DEBUG")
        .isTrue();
    PrintStream realErr = System.err;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
    try {
      Map<String, String> env =
          Map.of(
              "DPCOACH_HOME",
              Path.of("../..").toAbsolutePath().normalize().toString(),
              "DPCOACH_DATA_DIR",
              data.toString(),
              "DPCOACH_LOG_LEVEL",
              "debug");
      CoachEngine engine = Coach.start(AppConfig.from(env), Clock.systemDefaultZone());
      SCRIPT.forEach(text -> engine.handle(new Turn("u-canary", "c-canary", text)));
      String stdin = String.join("\n", SCRIPT) + "\n";
      PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
      PrintStream stderr = new PrintStream(logs, true, StandardCharsets.UTF_8);
      Main.run(
          List.of("ask", "--jsonl"),
          env,
          new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
          stdout,
          stderr);
      Main.run(
          List.of("chat"),
          env,
          new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
          stdout,
          stderr);
      Main.run(
          List.of("redact", "--jsonl"),
          env,
          new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
          stdout,
          stderr);
      Main.run(
          List.of("ask", SCRIPT.get(1)),
          env,
          new ByteArrayInputStream(new byte[0]),
          stdout,
          stderr);
    } finally {
      System.setErr(realErr);
    }
    String logText = logs.toString(StandardCharsets.UTF_8);
    assertThat(logText).as("something was logged at all").isNotBlank();
    for (String canary : CANARIES) {
      assertThat(logText).as("logs").doesNotContain(canary);
      assertThat(out.toString(StandardCharsets.UTF_8)).as("answers").doesNotContain(canary);
      try (Stream<Path> files = Files.walk(data)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          assertThat(content).as(file.toString()).doesNotContain(canary);
        }
      }
    }
  }
}
