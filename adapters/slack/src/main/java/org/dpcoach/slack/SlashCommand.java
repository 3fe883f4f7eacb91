package org.dpcoach.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.practice.PracticeCommand;

/**
 * What {@code /dpcoach ...} asks for, as a job: a practice command (read by the core's one parser),
 * help, the topics, or a question. Typed text goes into the job redacted, like every typed text.
 */
final class SlashCommand {
  private SlashCommand() {}

  /** The command's job. */
  static Job job(SlashCommandPayload p, String botUserId, PersonalDataGuard guard) {
    String text = p.getText() == null ? "" : Mrkdwn.typed(p.getText(), botUserId);
    String[] words = text.split("\\s+", 2);
    String raw = p.getText() == null ? "" : p.getText().strip();
    Map<String, String> asked =
        Job.fields(
            "channel", p.getChannelId(),
            "user", p.getUserId(),
            "direct", "false",
            "responseUrl", p.getResponseUrl(),
            "team", p.getTeamId());
    return PracticeCommand.parse(raw)
        .map(c -> practice(c, asked, p, guard))
        .orElseGet(
            () ->
                switch (words[0].toLowerCase(Locale.ROOT)) {
                  case "", "help" -> Job.of(Job.Kind.HELP, asked);
                  case "topics" -> Job.withText(Job.Kind.ASK, asked, "topics", guard);
                  case "ask" ->
                      Job.withText(Job.Kind.ASK, asked, words.length > 1 ? words[1] : "", guard);
                  default -> Job.withText(Job.Kind.ASK, asked, text, guard);
                });
  }

  /** A practice command's job, of the kind named after its desk. */
  private static Job practice(
      PracticeCommand command,
      Map<String, String> asked,
      SlashCommandPayload p,
      PersonalDataGuard guard) {
    Job.Kind kind = Job.Kind.valueOf(command.desk().name());
    return switch (command.desk()) {
      case INSIGHTS -> Job.of(kind, asked);
      case CHAMPIONS -> Job.of(kind, with(asked, "name", p.getUserName()));
      case TIPS -> Job.withText(kind, with(asked, "request", requestId(p)), command.args(), guard);
      case ASK_CHAMPION -> {
        Map<String, String> named = with(asked, "name", p.getUserName());
        String chars = Integer.toString(command.args().length());
        yield Job.withText(kind, with(named, "chars", chars), command.args(), guard);
      }
      default -> Job.withText(kind, asked, command.args(), guard);
    };
  }

  static Map<String, String> with(Map<String, String> fields, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put(name, value);
    return copy;
  }

  /** A key for one slash command invocation, so a repeated delivery posts one tip. */
  private static String requestId(SlashCommandPayload p) {
    String seed = p.getTriggerId() + "|" + p.getResponseUrl();
    return Integer.toHexString(seed.hashCode())
        + Integer.toHexString(new StringBuilder(seed).reverse().toString().hashCode());
  }
}
