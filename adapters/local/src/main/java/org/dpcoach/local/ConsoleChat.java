package org.dpcoach.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.dpcoach.core.Answers;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.ReplyPart;
import org.dpcoach.core.model.TopicRef;
import org.dpcoach.core.model.Turn;

/**
 * An interactive chat in the terminal: type a question, read the short answer and its source;
 * "more" shows the full guidance behind it. A number picks one of the offered choices; "quit" or
 * end of input stops.
 */
public final class ConsoleChat {
  private final Answers coach;
  static final String MORE = "more";
  static final String MORE_HINT = "(Type \"more\" for the full guidance.)";
  static final String NOTHING_MORE = "There is no more to show just now: ask a question in words.";
  private final TextRenderer renderer = new TextRenderer();

  /** A chat on the given coach (the engine, or a test's own). */
  public ConsoleChat(Answers coach) {
    this.coach = coach;
  }

  /** Runs until "quit" or end of input. */
  public void run(BufferedReader in, PrintStream out) throws IOException {
    out.println(
        "dpcoach: ask about digital practice in social work. Type \"help\", \"topics\" or \"quit\".");
    Turn base = new Turn("local-user", "console-" + ProcessHandle.current().pid(), "");
    List<TopicRef> choices = List.of();
    Optional<Reply> last = Optional.empty();
    String line;
    while (prompt(out) && (line = in.readLine()) != null) {
      String text = line.strip();
      if (text.equalsIgnoreCase("quit") || text.equalsIgnoreCase("exit")) {
        break;
      }
      if (text.equalsIgnoreCase(MORE)) {
        out.println(
            last.map(renderer::renderGuidance).filter(g -> !g.isBlank()).orElse(NOTHING_MORE));
        out.println();
        last = Optional.empty();
        continue;
      }
      Optional<TopicRef> picked = pick(text, choices);
      if (picked.isEmpty() && text.matches("\\d{1,2}")) {
        out.println(
            choices.isEmpty()
                ? "There are no choices to pick from just now: ask a question in words."
                : "Pick a number from 1 to " + choices.size() + ".");
        out.println();
        continue;
      }
      Turn turn = new Turn(base.userId(), base.conversationId(), text);
      Reply reply = picked.isPresent() ? coach.choose(turn, picked.get().id()) : coach.handle(turn);
      out.println(renderer.renderShort(reply));
      if (!reply.fullGuidance().isEmpty()) {
        out.println(MORE_HINT);
      }
      out.println();
      choices = offered(reply);
      last = Optional.of(reply);
    }
  }

  private static boolean prompt(PrintStream out) {
    out.print("> ");
    out.flush();
    return true;
  }

  private static Optional<TopicRef> pick(String text, List<TopicRef> choices) {
    if (!text.matches("\\d{1,2}")) {
      return Optional.empty();
    }
    int index = Integer.parseInt(text) - 1;
    return index >= 0 && index < choices.size()
        ? Optional.of(choices.get(index))
        : Optional.empty();
  }

  private static List<TopicRef> offered(Reply reply) {
    return reply.part(ReplyPart.Choices.class).map(ReplyPart.Choices::options).orElse(List.of());
  }
}
