package org.dpcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process on an embedded database folder already in use is told so plainly. */
class DatabaseInUseTest {
  @TempDir Path temp;

  @Test
  void open_folderHeldByAnotherProcess_saysTheFolderIsInUse() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process holder =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    HoldDatabase.class.getName(),
                    temp.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("OPEN");

      assertThatThrownBy(() -> Database.open(StoreSettings.embedded(temp)))
          .isInstanceOf(DatabaseInUseException.class)
          .hasMessageContaining(temp.toAbsolutePath().resolve("db").toString())
          .hasMessageContaining("in use by another dpcoach");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
  }
}
