package org.dpcoach.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.dpcoach.core.guard.PersonalDataGuard;
import org.dpcoach.core.guard.Redaction;
import org.dpcoach.support.Json;

/** {@code dpcoach redact --jsonl}: one message per line in, one redaction object per line out. */
final class RedactCommand {
  private RedactCommand() {}

  static int jsonl(PersonalDataGuard guard, BufferedReader in, PrintStream out) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      Redaction r = guard.redact(line);
      ObjectNode json = Json.MAPPER.createObjectNode();
      json.put("redacted", r.redacted());
      ArrayNode found = json.putArray("found");
      r.findings()
          .forEach(
              f ->
                  found
                      .addObject()
                      .put("kind", f.kind().id())
                      .put("start", f.start())
                      .put("end", f.end()));
      out.println(Json.MAPPER.writeValueAsString(json));
    }
    out.flush();
    return 0;
  }
}
