package org.dpcoach.app;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
          "environment: DPCOACH_JURISDICTION (england|scotland|wales|northern-ireland),",
          "  DPCOACH_POLICY_DIR (employer policy folder, or 'none'), DPCOACH_KB_DIR, DPCOACH_DATA_DIR,",
          "  DPCOACH_LOG_LEVEL (default warn), DPCOACH_HTTP_PORT (3000), DPCOACH_HTTP_HOST,",
          "  SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, DPCOACH_SLACK_API_URL, DPCOACH_WEB_CHAT,",
          "  DPCOACH_DB_URL (PostgreSQL JDBC URL; default H2 under the data folder; 'none' for no tips or supervision),",
          "  DPCOACH_DB_USER, DPCOACH_DB_PASSWORD, DPCOACH_RETENTION_DAYS (90), DPCOACH_CHAMPIONS (comma list),",
          "  DPCOACH_INBOX_LEASE_SECONDS (60), DPCOACH_INBOX_SWEEP_SECONDS (10),",
          "  DPCOACH_CHAMPIONS_FILE, DPCOACH_TIP_APPROVAL (on|off), MicrosoftAppId, MicrosoftAppPassword,",
          "  DPCOACH_CHAMPIONS_CHANNEL (Slack channel id for questions to the champions),",
          "  DPCOACH_WORKING_HOURS (mon-fri 09:00-17:00: a question nobody took in one is re-posted once),",
          "  MicrosoftAppTenantId, DPCOACH_TEAMS_ALLOWED_TENANTS, DPCOACH_TEAMS_LOCAL (true for local mode),",
          "  DPCOACH_PUBLIC_URL (where people reach the app; default its own address),",
          "  DPCOACH_INSIGHTS_KEEP_UNANSWERED (true keeps unanswered questions' redacted text 30 days),",
          "  DPCOACH_INSIGHTS_SECRET (the insights links' signing secret; default kept in the database)");

  private Main() {}

  /** Runs a command and exits with its status. */
  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    try {
      LogLevels.properties(env.get("DPCOACH_LOG_LEVEL")).forEach(System::setProperty);
    } catch (IllegalArgumentException e) {
      System.err.println("dpcoach: " + e.getMessage());
      System.exit(64);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int status = run(Arrays.asList(args), env, System.in, out, System.err);
    out.flush();
    System.exit(status);
  }

  static int run(
      List<String> args,
      Map<String, String> env,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    try {
      return dispatch(args, env, Clock.systemDefaultZone(), in, out, err);
    } catch (KnowledgeException e) {
      err.println("dpcoach: the knowledge base has errors and the coach will not start:");
      err.println(e.report().format());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("dpcoach: " + e.getMessage());
      return 64;
    } catch (DatabaseInUseException e) {
      err.println(
          "dpcoach: "
              + e.getMessage()
              + " (DPCOACH_DATA_DIR sets the data folder; DPCOACH_DB_URL a shared PostgreSQL for"
              + " several instances)");
      return 75;
    } catch (Exception e) {
      err.println(
          "dpcoach: internal error ("
              + e.getClass().getSimpleName()
              + "); nothing you typed was stored.");
      if ("1".equals(env.get("DPCOACH_DEBUG"))) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  private static int dispatch(
      List<String> args,
      Map<String, String> env,
      Clock clock,
      InputStream in,
      PrintStream out,
      PrintStream err)
      throws Exception {
    AppConfig config = AppConfig.from(env);
    String command = args.isEmpty() ? "help" : args.get(0);
    List<String> rest = args.subList(Math.min(1, args.size()), args.size());
    BufferedReader stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    switch (command) {
      case "ask":
        if (rest.equals(List.of("--jsonl"))) {
          return AskCommand.jsonl(Coach.start(config, clock), stdin, out);
        }
        List<String> words = rest.stream().filter(w -> !w.equals(AskCommand.FULL)).toList();
        if (words.isEmpty()) {
          throw new IllegalArgumentException("ask needs a question in quotes, or --jsonl");
        }
        return AskCommand.one(
            Coach.start(config, clock),
            String.join(" ", words),
            rest.contains(AskCommand.FULL),
            out);
      case "chat":
        new ConsoleChat(Coach.start(config, clock)).run(stdin, out);
        return 0;
      case "redact":
        requireJsonl(rest, "redact");
        return RedactCommand.jsonl(Coach.start(config, clock).guard(), stdin, out);
      case "kb":
        return kb(rest, env, config, clock, out);
      case "eval":
        if (rest.isEmpty()) {
          throw new IllegalArgumentException(
              "eval needs a TSV file (columns: id question expected acceptable)");
        }
        return EvalCommand.run(
            Coach.start(config, clock), Path.of(rest.get(0)), rest.contains("-v"), out);
      case "guard-eval":
        if (rest.isEmpty()) {
          throw new IllegalArgumentException(
              "guard-eval needs a JSON-lines file ({\"id\", \"text\", \"pii\": [...]})");
        }
        GuardEvaluation.run(
                Coach.start(config, clock).guard(), GuardEvaluation.read(Path.of(rest.get(0))))
            .print(out, rest.contains("-v"));
        return 0;
      case "bench":
        CoachEngine engine = Coach.start(config, clock);
        engine.handle(
            new org.dpcoach.core.model.Turn(
                "bench", "first", "can I accept a friend request from a parent"));
        return BenchCommand.run(engine, BenchCommand.sinceJvmStart(), out);
      case "serve":
        return ServeCommand.run(config, clock, ServeSettings.from(env), err);
      case "insights":
        return InsightsCommand.run(rest, env, out, err);
      case "teams":
        return TeamsCommand.run(rest, env, config, clock, out);
      case "data":
        return DataCommand.run(rest, env, config, out);
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

  private static int kb(
      List<String> rest, Map<String, String> env, AppConfig config, Clock clock, PrintStream out)
      throws Exception {
    String sub = rest.isEmpty() ? "" : rest.get(0);
    switch (sub) {
      case "validate":
        return KbCommand.validate(config, clock, rest.size() > 1 ? rest.get(1) : null, out);
      case "stats":
        return KbCommand.stats(Coach.loader(config, clock).load(), out);
      case "export":
        return KbCommand.export(Coach.loader(config, clock).load(), out);
      case "drafts":
        return KbDrafts.run(rest.subList(1, rest.size()), env, config, out);
      default:
        throw new IllegalArgumentException("kb needs validate, stats, export or drafts");
    }
  }

  private static void requireJsonl(List<String> rest, String command) {
    if (!rest.equals(List.of("--jsonl"))) {
      throw new IllegalArgumentException(command + " takes --jsonl");
    }
  }
}
