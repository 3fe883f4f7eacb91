package org.dpcoach.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpcoach.teams.TeamsAppPackage;
import org.dpcoach.teams.TeamsSettings;

/**
 * {@code dpcoach teams package [FILE]} writes the Teams app zip; {@code dpcoach teams serve} runs
 * the bot at {@code /api/messages}, from {@code MicrosoftAppId}, {@code MicrosoftAppPassword},
 * {@code MicrosoftAppTenantId}, {@code DPCOACH_TEAMS_ALLOWED_TENANTS}, {@code DPCOACH_TEAMS_LOCAL},
 * {@code DPCOACH_HTTP_PORT} and the {@code DPCOACH_TEAMS_APP_*} package details.
 */
final class TeamsCommand {
  static final int DEFAULT_PORT = 3978;

  private TeamsCommand() {}

  static int run(
      List<String> args, Settings settings, AppConfig config, Clock clock, PrintStream out)
      throws InterruptedException {
    String sub = args.isEmpty() ? "" : args.get(0);
    switch (sub) {
      case "package":
        Path zip =
            packageOf(settings)
                .writeTo(Path.of(args.size() > 1 ? args.get(1) : "dpcoach-teams.zip"));
        out.println(
            "wrote "
                + zip.toAbsolutePath().normalize()
                + ": upload it in Teams (Apps > Manage your apps > Upload an app)"
                + " or in the Teams admin centre");
        return 0;
      case "serve":
        return serve(settings, config, clock, out);
      default:
        throw new IllegalArgumentException("teams needs package [FILE] or serve");
    }
  }

  /** The package details from the read environment; the bot id is required. */
  static TeamsAppPackage packageOf(Settings settings) {
    String botId =
        settings
            .find(ServerSettingsTable.TEAMS_APP_ID)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "teams package needs MicrosoftAppId, the bot's Microsoft App ID"));
    TeamsAppPackage.Builder pkg = TeamsAppPackage.builder(botId);
    settings.find(SettingsTable.TEAMS_APP_VERSION).ifPresent(pkg::version);
    if (settings.find(SettingsTable.TEAMS_APP_DEVELOPER).isPresent()) {
      pkg.developer(settings.find(SettingsTable.TEAMS_APP_DEVELOPER).get());
      settings.find(SettingsTable.TEAMS_APP_WEBSITE).ifPresent(pkg::website);
      settings.find(SettingsTable.TEAMS_APP_PRIVACY_URL).ifPresent(pkg::privacy);
      settings.find(SettingsTable.TEAMS_APP_TERMS_URL).ifPresent(pkg::terms);
    }
    return pkg.build();
  }

  /** The adapter settings from the environment, read as {@code serve} reads them. */
  static TeamsSettings settings(Map<String, String> env) {
    return settings(Settings.forServe(env));
  }

  /** The adapter settings from the read environment; without credentials only local mode starts. */
  static TeamsSettings settings(Settings settings) {
    TeamsSettings.Builder teams =
        TeamsSettings.builder()
            .localMode(settings.get(ServerSettingsTable.TEAMS_LOCAL))
            .allowedTenants(
                Set.copyOf(
                    settings.find(ServerSettingsTable.TEAMS_ALLOWED_TENANTS).orElse(List.of())));
    settings.find(ServerSettingsTable.TEAMS_APP_ID).ifPresent(teams::appId);
    settings.find(ServerSettingsTable.TEAMS_APP_PASSWORD).ifPresent(teams::appPassword);
    settings.find(ServerSettingsTable.TEAMS_TENANT_ID).ifPresent(teams::tenantId);
    return teams.build();
  }

  /**
   * The shared server ({@link ServeCommand}) with Teams only, on {@value #DEFAULT_PORT} unless
   * {@code DPCOACH_HTTP_PORT} says otherwise (the command line reads it so); tips and supervision
   * as in {@code serve}.
   */
  private static int serve(Settings read, AppConfig config, Clock clock, PrintStream out)
      throws InterruptedException {
    ServeSettings settings = ServeSettings.of(read).teamsOnly();
    if (settings.teams().isEmpty()
        || !(settings.teams().get().authenticated() || settings.teams().get().localMode())) {
      throw new IllegalArgumentException(
          "teams serve needs MicrosoftAppId and MicrosoftAppPassword (the Azure Bot's credentials),"
              + " or DPCOACH_TEAMS_LOCAL=true to try it on this machine without them");
    }
    return ServeCommand.run(config, clock, settings, out);
  }
}
