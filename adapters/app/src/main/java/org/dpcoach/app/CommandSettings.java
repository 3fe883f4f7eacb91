package org.dpcoach.app;

import static org.dpcoach.app.Setting.Use.COACH;
import static org.dpcoach.app.Setting.Use.DATABASE;
import static org.dpcoach.app.Setting.Use.EVERY;
import static org.dpcoach.app.Setting.Use.PACKAGE;
import static org.dpcoach.app.Setting.Use.SERVE;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which settings each command reads, read up front: {@code help} and unknown commands read none.
 */
final class CommandSettings {
  private CommandSettings() {}

  /** Every setting the command line's command reads, parsed and checked. */
  static Settings read(List<String> args, Map<String, String> env) {
    return Settings.read(defaults(args, env), uses(args));
  }

  /** The groups of settings the command reads. */
  static Set<Setting.Use> uses(List<String> args) {
    String command = args.isEmpty() ? "help" : args.get(0);
    return switch (command) {
      case "kb" ->
          args.size() > 1 && args.get(1).equals("drafts")
              ? EnumSet.of(EVERY, COACH, DATABASE)
              : EnumSet.of(EVERY, COACH);
      case "ask", "chat", "redact", "eval", "guard-eval", "bench" -> EnumSet.of(EVERY, COACH);
      case "serve" -> EnumSet.of(EVERY, COACH, DATABASE, SERVE);
      case "data", "insights" -> EnumSet.of(EVERY, DATABASE);
      case "teams" -> teams(args);
      default -> EnumSet.noneOf(Setting.Use.class);
    };
  }

  private static Set<Setting.Use> teams(List<String> args) {
    String sub = args.size() > 1 ? args.get(1) : "";
    return switch (sub) {
      case "package" -> EnumSet.of(EVERY, PACKAGE);
      case "serve" -> EnumSet.of(EVERY, COACH, DATABASE, SERVE);
      default -> EnumSet.of(EVERY);
    };
  }

  /** {@code teams serve} listens on {@value TeamsCommand#DEFAULT_PORT} unless told otherwise. */
  private static Map<String, String> defaults(List<String> args, Map<String, String> env) {
    String port = env.get(ServerSettingsTable.HTTP_PORT.name());
    boolean teamsServe = uses(args).contains(SERVE) && args.get(0).equals("teams");
    if (!teamsServe || port != null && !port.isBlank()) {
      return env;
    }
    Map<String, String> withPort = new HashMap<>(env);
    withPort.put(ServerSettingsTable.HTTP_PORT.name(), Integer.toString(TeamsCommand.DEFAULT_PORT));
    return withPort;
  }
}
