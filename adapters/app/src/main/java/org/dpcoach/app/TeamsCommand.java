package org.dpcoach.app;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpcoach.teams.TeamsAppPackage;
import org.dpcoach.teams.TeamsSettings;

/**
 * {@code dpcoach teams package [FILE]} writes the Teams app zip; {@code dpcoach teams serve} runs
 * the bot at {@code /api/messages}. Reads {@code MicrosoftAppId}, {@code MicrosoftAppPassword},
 * {@code MicrosoftAppTenantId}, {@code DPCOACH_TEAMS_ALLOWED_TENANTS}, {@code DPCOACH_TEAMS_LOCAL},
 * {@code DPCOACH_HTTP_PORT} and the {@code DPCOACH_TEAMS_APP_*} package details.
 */
final class TeamsCommand {
  static final int DEFAULT_PORT = 3978;

  private TeamsCommand() {}

  static int run(
      List<String> args, Map<String, String> env, AppConfig config, Clock clock, PrintStream out)
      throws InterruptedException {
    String sub = args.isEmpty() ? "" : args.get(0);
    switch (sub) {
      case "package":
        Path zip =
            packageOf(env).writeTo(Path.of(args.size() > 1 ? args.get(1) : "dpcoach-teams.zip"));
        out.println(
            "wrote "
                + zip.toAbsolutePath().normalize()
                + ": upload it in Teams (Apps > Manage your apps > Upload an app)"
                + " or in the Teams admin centre");
        return 0;
      case "serve":
        return serve(env, config, clock, out);
      default:
        throw new IllegalArgumentException("teams needs package [FILE] or serve");
    }
  }

  /** The package details from the environment; the bot id is required. */
  static TeamsAppPackage packageOf(Map<String, String> env) {
    String botId =
        value(env, "MicrosoftAppId")
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "teams package needs MicrosoftAppId, the bot's Microsoft App ID"));
    TeamsAppPackage pkg = TeamsAppPackage.of(botId);
    Optional<String> version = value(env, "DPCOACH_TEAMS_APP_VERSION");
    if (version.isPresent()) {
      pkg = pkg.withVersion(version.get());
    }
    Optional<String> developer = value(env, "DPCOACH_TEAMS_APP_DEVELOPER");
    if (developer.isPresent()) {
      pkg =
          pkg.withDeveloper(
              developer.get(),
              uri(env, "DPCOACH_TEAMS_APP_WEBSITE", pkg.websiteUrl()),
              uri(env, "DPCOACH_TEAMS_APP_PRIVACY_URL", pkg.privacyUrl()),
              uri(env, "DPCOACH_TEAMS_APP_TERMS_URL", pkg.termsUrl()));
    }
    return pkg;
  }

  /** Whether {@code DPCOACH_TEAMS_LOCAL} switches local mode on ({@code true} or {@code 1}). */
  static boolean localMode(Map<String, String> env) {
    return value(env, "DPCOACH_TEAMS_LOCAL")
        .map(v -> v.equalsIgnoreCase("true") || v.equals("1"))
        .orElse(false);
  }

  /** The adapter settings from the environment; without credentials only local mode starts. */
  static TeamsSettings settings(Map<String, String> env) {
    boolean local = localMode(env);
    Set<String> tenants =
        value(env, "DPCOACH_TEAMS_ALLOWED_TENANTS")
            .map(
                v ->
                    Arrays.stream(v.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
            .orElse(Set.of());
    return new TeamsSettings(
        value(env, "MicrosoftAppId"),
        value(env, "MicrosoftAppPassword"),
        value(env, "MicrosoftAppTenantId"),
        tenants,
        local,
        local ? TeamsSettings.LOOPBACK_HOSTS : TeamsSettings.BOT_FRAMEWORK_HOSTS,
        Optional.empty());
  }

  /**
   * The shared server ({@link ServeCommand}) with Teams only, on {@value #DEFAULT_PORT} unless
   * {@code DPCOACH_HTTP_PORT} says otherwise; tips and supervision as in {@code serve}.
   */
  private static int serve(Map<String, String> env, AppConfig config, Clock clock, PrintStream out)
      throws InterruptedException {
    Map<String, String> withPort = new HashMap<>(env);
    withPort.putIfAbsent("DPCOACH_HTTP_PORT", Integer.toString(DEFAULT_PORT));
    ServeSettings settings = ServeSettings.from(withPort).teamsOnly();
    if (settings.teams().isEmpty()
        || !(settings.teams().get().authenticated() || settings.teams().get().localMode())) {
      throw new IllegalArgumentException(
          "teams serve needs MicrosoftAppId and MicrosoftAppPassword (the Azure Bot's credentials),"
              + " or DPCOACH_TEAMS_LOCAL=true to try it on this machine without them");
    }
    return ServeCommand.run(config, clock, settings, out);
  }

  private static URI uri(Map<String, String> env, String name, URI fallback) {
    return value(env, name).map(URI::create).orElse(fallback);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
