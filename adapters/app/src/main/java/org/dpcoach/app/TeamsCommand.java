package org.dpcoach.app;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.dpcoach.teams.TeamsAdapter;
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
        return serve(settings(env), port(env), config, clock, out);
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

  /** The adapter settings from the environment; without credentials only local mode starts. */
  static TeamsSettings settings(Map<String, String> env) {
    boolean local =
        value(env, "DPCOACH_TEAMS_LOCAL")
            .map(v -> v.equalsIgnoreCase("true") || v.equals("1"))
            .orElse(false);
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

  private static int serve(
      TeamsSettings settings, int port, AppConfig config, Clock clock, PrintStream out)
      throws InterruptedException {
    TeamsAdapter adapter = TeamsAdapter.create(Coach.start(config, clock), settings);
    Javalin server =
        Javalin.create(
                javalin -> {
                  javalin.startup.showJavalinBanner = false;
                  javalin.jetty.port = port;
                  javalin.routes.get("/healthz", ctx -> ctx.result("ok"));
                  adapter.routes(javalin);
                })
            .start();
    out.println(
        "dpcoach Teams bot listening on port "
            + server.port()
            + " at "
            + TeamsAdapter.MESSAGES_PATH
            + (settings.localMode() ? " (local mode: loopback only)" : ""));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  adapter.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  private static int port(Map<String, String> env) {
    String value = value(env, "DPCOACH_HTTP_PORT").orElse(Integer.toString(DEFAULT_PORT));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("DPCOACH_HTTP_PORT must be a port number");
    }
  }

  private static URI uri(Map<String, String> env, String name, URI fallback) {
    return value(env, name).map(URI::create).orElse(fallback);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
