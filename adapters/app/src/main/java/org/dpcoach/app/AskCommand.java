package org.dpcoach.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Turn;
import org.dpcoach.local.TextRenderer;

/** {@code dpcoach ask "QUESTION"} and {@code dpcoach ask --jsonl}. */
final class AskCommand {
  private AskCommand() {}

  static int one(CoachEngine engine, String question, PrintStream out) {
    out.println(new TextRenderer().render(engine.handle(new Turn("cli", "cli-ask", question))));
    return 0;
  }

  /** One JSON object per input line, in order; each line is its own conversation. */
  static int jsonl(CoachEngine engine, BufferedReader in, PrintStream out) throws IOException {
    JsonReplies json = new JsonReplies();
    String line;
    long n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      out.println(json.line(engine.handle(new Turn("cli", "jsonl-" + n, line))));
    }
    out.flush();
    return 0;
  }
}
