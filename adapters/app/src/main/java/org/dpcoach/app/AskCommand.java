package org.dpcoach.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.dpcoach.core.CoachEngine;
import org.dpcoach.core.model.Reply;
import org.dpcoach.core.model.Turn;
import org.dpcoach.local.TextRenderer;

/**
 * {@code dpcoach ask [--full] "QUESTION"} (the short answer and its main source; everything with
 * {@code --full}) and {@code dpcoach ask --jsonl}.
 */
final class AskCommand {
  static final String FULL = "--full";

  private AskCommand() {}

  static int one(CoachEngine engine, String question, boolean full, PrintStream out) {
    print(engine.handle(new Turn("cli", "cli-ask", question)), full, out);
    return 0;
  }

  /** The short answer and its main source, or with {@code full} every part. */
  static void print(Reply reply, boolean full, PrintStream out) {
    TextRenderer text = new TextRenderer();
    out.println(full ? text.render(reply) : text.renderShort(reply));
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
