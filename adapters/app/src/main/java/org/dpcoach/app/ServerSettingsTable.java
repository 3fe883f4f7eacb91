package org.dpcoach.app;

import static org.dpcoach.app.Setting.Use.PACKAGE;
import static org.dpcoach.app.Setting.Use.SERVE;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.dpcoach.core.practice.PracticeSettings;
import org.dpcoach.core.practice.WorkingHours;

/** The server's settings ({@code serve}, {@code teams serve}), part of {@link SettingsTable}. */
final class ServerSettingsTable {
  static final Setting<Integer> HTTP_PORT =
      Setting.of(
          "DPCOACH_HTTP_PORT",
          Kind.port(),
          "3000",
          "the HTTP port (`teams serve`: 3978 unless set); 0 picks a free one",
          SERVE);
  static final Setting<String> HTTP_HOST =
      Setting.optional(
          "DPCOACH_HTTP_HOST",
          Kind.text(),
          "0.0.0.0 with Slack's signing secret or Teams credentials, else 127.0.0.1",
          "the address the server listens on (Teams local mode: always 127.0.0.1)",
          SERVE);
  static final Setting<Boolean> WEB_CHAT =
      Setting.optional(
          "DPCOACH_WEB_CHAT",
          Kind.flag(),
          "`true` without Slack and Teams",
          "the web chat at `/`",
          SERVE);
  static final Setting<String> SLACK_BOT_TOKEN =
      Setting.optional(
          "SLACK_BOT_TOKEN",
          Kind.secret(1),
          "no Slack",
          "the Slack bot token (`xoxb-...`); switches Slack on",
          SERVE);
  static final Setting<String> SLACK_APP_TOKEN =
      Setting.optional(
          "SLACK_APP_TOKEN",
          Kind.secret(1),
          "no Socket Mode",
          "the Slack app-level token (`xapp-...`); Socket Mode starts",
          SERVE);
  static final Setting<String> SLACK_SIGNING_SECRET =
      Setting.optional(
          "SLACK_SIGNING_SECRET",
          Kind.secret(1),
          "no Slack HTTP endpoints",
          "the Slack signing secret; `/slack/events` is served",
          SERVE);
  static final Setting<URI> SLACK_API_URL =
      Setting.of(
          "DPCOACH_SLACK_API_URL",
          Kind.httpUrl(),
          "https://slack.com/api/",
          "where Slack Web API calls go: GovSlack, a proxy or a test fake",
          SERVE);
  static final Setting<String> TEAMS_APP_ID =
      Setting.optional(
          "MicrosoftAppId",
          Kind.text(),
          "no Teams (unless local mode)",
          "the Teams bot's Microsoft App ID",
          SERVE,
          PACKAGE);
  static final Setting<String> TEAMS_APP_PASSWORD =
      Setting.optional(
          "MicrosoftAppPassword",
          Kind.secret(1),
          "none",
          "the app registration's client secret; required with the app id",
          SERVE);
  static final Setting<String> TEAMS_TENANT_ID =
      Setting.optional(
          "MicrosoftAppTenantId",
          Kind.text(),
          "multi-tenant",
          "the Entra tenant of a single-tenant bot (outgoing calls' tokens come from it)",
          SERVE);
  static final Setting<List<String>> TEAMS_ALLOWED_TENANTS =
      Setting.optional(
          "DPCOACH_TEAMS_ALLOWED_TENANTS",
          Kind.list(),
          "any tenant",
          "the Teams tenant ids whose activities are accepted",
          SERVE);
  static final Setting<Boolean> TEAMS_LOCAL =
      Setting.of(
          "DPCOACH_TEAMS_LOCAL",
          Kind.flag(),
          "false",
          "`true`: Teams without credentials, loopback callers and service URLs only (trying it"
              + " out, tests)",
          SERVE);
  static final Setting<Long> INBOX_LEASE_SECONDS =
      Setting.of(
          "DPCOACH_INBOX_LEASE_SECONDS",
          Kind.atLeastOne("seconds"),
          "60",
          "how long an inbox row stays with the instance that recorded it",
          SERVE);
  static final Setting<Long> INBOX_SWEEP_SECONDS =
      Setting.of(
          "DPCOACH_INBOX_SWEEP_SECONDS",
          Kind.atLeastOne("seconds"),
          "10",
          "how often each instance looks for inbox rows a dead one left",
          SERVE);
  static final Setting<List<String>> CHAMPIONS =
      Setting.optional(
          "DPCOACH_CHAMPIONS",
          Kind.list(),
          "none",
          "champions' ids (Slack user ids, Teams AAD object ids)",
          SERVE);
  static final Setting<Path> CHAMPIONS_FILE =
      Setting.optional(
          "DPCOACH_CHAMPIONS_FILE",
          Kind.readableFile(),
          "none",
          "more champions' ids, one a line (`#` starts a comment)",
          SERVE);
  static final Setting<Boolean> TIP_APPROVAL =
      Setting.of(
          "DPCOACH_TIP_APPROVAL",
          Kind.flag(),
          "false",
          "`true`: a new tip waits for another champion's approval",
          SERVE);
  static final Setting<String> CHAMPIONS_CHANNEL =
      Setting.optional(
          "DPCOACH_CHAMPIONS_CHANNEL",
          Kind.text("a Slack channel id such as C0123ABCD", v -> v.matches("#?[CG][A-Z0-9]{2,}")),
          "none (Teams: a champion types `champions here` in a channel)",
          "the Slack channel questions to the champions go to",
          SERVE);
  static final Setting<WorkingHours> WORKING_HOURS =
      Setting.of(
          "DPCOACH_WORKING_HOURS",
          new Kind<>(
              "working hours like 'mon-fri 09:00-17:00'",
              true,
              v -> WorkingHours.parse(v, PracticeSettings.LONDON)),
          "mon-fri 09:00-17:00",
          "the champions' working hours (London time): a question nobody took within one working"
              + " day is posted again once",
          SERVE);
  static final Setting<URI> PUBLIC_URL =
      Setting.optional(
          "DPCOACH_PUBLIC_URL",
          Kind.httpUrl(),
          "the server's own address",
          "where people reach the app (insights links)",
          SERVE);
  static final Setting<Boolean> INSIGHTS_KEEP_UNANSWERED =
      Setting.of(
          "DPCOACH_INSIGHTS_KEEP_UNANSWERED",
          Kind.flag(),
          "false",
          "`true` keeps unanswered questions' redacted text for 30 days",
          SERVE);
  static final Setting<String> INSIGHTS_SECRET =
      Setting.optional(
          "DPCOACH_INSIGHTS_SECRET",
          Kind.secret(32),
          "one made once, kept in the database",
          "the insights links' signing secret",
          SERVE);

  /** The server's settings, in the order the help lists them. */
  static final List<Setting<?>> ALL =
      List.of(
          HTTP_PORT,
          HTTP_HOST,
          WEB_CHAT,
          SLACK_BOT_TOKEN,
          SLACK_APP_TOKEN,
          SLACK_SIGNING_SECRET,
          SLACK_API_URL,
          TEAMS_APP_ID,
          TEAMS_APP_PASSWORD,
          TEAMS_TENANT_ID,
          TEAMS_ALLOWED_TENANTS,
          TEAMS_LOCAL,
          INBOX_LEASE_SECONDS,
          INBOX_SWEEP_SECONDS,
          CHAMPIONS,
          CHAMPIONS_FILE,
          TIP_APPROVAL,
          CHAMPIONS_CHANNEL,
          WORKING_HOURS,
          PUBLIC_URL,
          INSIGHTS_KEEP_UNANSWERED,
          INSIGHTS_SECRET);

  private ServerSettingsTable() {}
}
