package org.dpcoach.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.dpcoach.testkit.BadInputs;
import org.dpcoach.testkit.TestReplies;
import org.junit.jupiter.api.Test;

/** The console chat scripted: short answers first, "more" for the rest, bad input. */
class ConsoleChatTest {

  static String chat(String... lines) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConsoleChat(Replies.coach())
        .run(
            new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_question_printsTheShortAnswerAndMoreShowsTheGuidance() throws Exception {
    String out = chat(TestReplies.FORMER_CLIENT, "more", "more");

    String answer = out.substring(0, out.indexOf(ConsoleChat.MORE_HINT));
    assertThat(answer).contains("Source: ").doesNotContain("Do:", "Sources (knowledge version");
    assertThat(out.substring(out.indexOf(ConsoleChat.MORE_HINT)))
        .contains("Do:", "Sources (knowledge version")
        .contains(ConsoleChat.NOTHING_MORE);
  }

  @Test
  void run_badInput_shortPoliteReplies() throws Exception {
    for (BadInputs.Input input : BadInputs.all()) {
      String out = chat(input.text());
      String reply = out.substring(out.indexOf("> ") + 2, out.lastIndexOf("> "));

      assertThat(reply.strip().length()).as(input.name()).isBetween(20, BadInputs.SHORT_CHARS);
      assertThat(reply)
          .as(input.name())
          .doesNotContainPattern(BadInputs.STACK_TRACE)
          .doesNotContain(BadInputs.PERSONAL_VALUES);
    }
  }
}
