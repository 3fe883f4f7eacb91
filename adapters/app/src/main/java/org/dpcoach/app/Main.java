package org.dpcoach.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.knowledge.KnowledgeException;
import org.dpcoach.local.ConsoleChat;
import org.dpcoach.store.DatabaseInUseException;

/** The command line: {@code dpcoach COMMAND [ARGS]}; answers on stdout, logs on stderr. */
public final class Main {
  static final String USAGE =
      String.join(
          "\n",
          "usage: dpcoach COMMAND",
          "  chat                     interactive console chat",
          "  serve                    HTTP server: /healthz, Slack (events or Socket Mode), Teams, web chat,",
          "                           tips and group supervision",
          "  ask [--full] \"QUESTION\"  the short answer and its main source (--full: everything)",
          "  ask --jsonl              one question per line on stdin, one JSON answer per line",
          "  redact --jsonl           one message per line on stdin, its redaction as JSON",
          "  kb validate [DIR]        check a knowledge folder (default: the embedded one)",
          "  kb stats                 counts per topic, as JSON",
          "  kb export                every training question as a JSON line",
          "  kb drafts [--out DIR]    the champions' answers marked 'add to knowledge', as draft cases",
          "  eval FILE.tsv [-v]       accuracy on a labelled test set (id question expected acceptable)",
          "  guard-eval FILE.jsonl [-v] personal-data guard recall and precision on a labelled set",
          "  bench                    latency, throughput, start-up time and heap",
          "  teams package [FILE]     write the Teams app zip (needs MicrosoftAppId)",
          "  teams serve              serve with Teams only, on port 3978 (see the README)",
          "  insights export          the feedback champions marked as content gaps, as CSV",
          "  data erase --user ID     delete or anonymise everything held about one person, per table",
          "  data purge               apply the retention periods now (serve does it every six hours)",
          "",
          SettingsText.usage());

  private Main() {}

  /** Runs a command and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int status =
        run(
            Arrays.asList(args),
            System.getenv(),
            System.in,
            out,
            System.err,
            settings -> LogLevels.propertiesFor(settings).forEach(System::setProperty));
    out.flush();
    System.exit(status);
  }

  static int run(
      List<String> args,
      Map<String, String> env,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    return run(args, env, in, out, err, settings -> {});
  }

  /**
   * Reads every setting the command uses and refuses them all together if any is wrong, before
   * anything starts; then hands the settings to {@code beforeStart} (the log levels) and runs.
   */
  static int run(
      List<String> args,
      Map<String, String> env,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Consumer<Settings> beforeStart) {
    Settings settings;
    try {
      settings = CommandSettings.read(args, env);
    } catch (Settings.Problems e) {
      e.problems().forEach(problem -> err.println("dpcoach: " + problem));
      err.println("dpcoach: nothing was started ('dpcoach help' lists every setting)");
      return 64;
    }
    beforeStart.accept(settings);
    try {
      return dispatch(args, settings, Clock.systemDefaultZone(), in, out, err);
    } catch (Exception e) {
      return failed(e, settings, err);
    }
  }

  /** Says why the command failed (never anything typed) and returns its exit status. */
  private static int failed(Exception e, Settings settings, PrintStream err) {
    if (e instanceof KnowledgeException k) {
      err.println("dpcoach: the knowledge base has errors and the coach will not start:");
      err.println(k.report().format());
      return 2;
    }
    if (e instanceof IllegalArgumentException) {
      err.println("dpcoach: " + e.getMessage());
      return 64;
    }
    if (e instanceof DatabaseInUseException) {
      err.println(
          "dpcoach: "
              + e.getMessage()
              + " (DPCOACH_DATA_DIR sets the data folder; DPCOACH_DB_URL a shared PostgreSQL for"
              + " several instances)");
      return 75;
    }
    err.println(
        "dpcoach: internal error ("
            + e.getClass().getSimpleName()
            + "); nothing you typed was stored.");
    if (settings.get(SettingsTable.DEBUG)) {
      e.printStackTrace(err);
    }
    return 1;
  }

  private static int dispatch(
      List<String> args,
      Settings settings,
      Clock clock,
      InputStream in,
      PrintStream out,
      PrintStream err)
      throws Exception {
    AppConfig config = AppConfig.of(settings);
    String command = args.isEmpty() ? "help" : args.get(0);
    List<String> rest = args.subList(Math.min(1, args.size()), args.size());
    BufferedReader stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    switch (command) {
      case "ask":
        return AskCommand.run(rest, config, clock, stdin, out);
      case "chat":
        new ConsoleChat(Coach.start(config, clock)).run(stdin, out);
        return 0;
      case "redact":
        requireJsonl(rest, "redact");
        return RedactCommand.jsonl(Coach.start(config, clock).guard(), stdin, out);
      case "kb":
        return KbCommand.run(rest, settings, config, clock, out);
      case "eval":
        return EvalCommand.run(rest, config, clock, out);
      case "guard-eval":
        return guardEval(rest, config, clock, out);
      case "bench":
        return bench(config, clock, out);
      case "serve":
        return ServeCommand.run(config, clock, ServeSettings.of(settings), err);
      case "insights":
        return InsightsCommand.run(rest, settings, out, err);
      case "teams":
        return TeamsCommand.run(rest, settings, config, clock, out);
      case "data":
        return DataCommand.run(rest, settings, config, out);
      case "help":
      case "--help":
      case "-h":
        out.println(USAGE);
        return 0;
      default:
        err.println(USAGE);
        return 64;
    }
  }

  private static int guardEval(List<String> rest, AppConfig config, Clock clock, PrintStream out)
      throws IOException {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(
          "guard-eval needs a JSON-lines file ({\"id\", \"text\", \"pii\": [...]})");
    }
    GuardEvaluation.run(
            Coach.start(config, clock).guard(), GuardEvaluation.read(Path.of(rest.get(0))))
        .print(out, rest.contains("-v"));
    return 0;
  }

  /** Times the coach after one warm-up question. */
  private static int bench(AppConfig config, Clock clock, PrintStream out) {
    CoachEngine engine = Coach.start(config, clock);
    engine.handle(
        new org.dpcoach.core.model.Turn(
            "bench", "first", "can I accept a friend request from a parent"));
    return BenchCommand.run(engine, BenchCommand.sinceJvmStart(), out);
  }

  private static void requireJsonl(List<String> rest, String command) {
    if (!rest.equals(List.of("--jsonl"))) {
      throw new IllegalArgumentException(command + " takes --jsonl");
    }
  }
}
