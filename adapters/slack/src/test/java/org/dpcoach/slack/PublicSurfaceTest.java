package org.dpcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One wiring class and its config and feedback types are public; everything else stays hidden. */
class PublicSurfaceTest {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.dpcoach.slack");

  @Test
  void publicTypes_areOnlyTheWiringConfigAndFeedbackTypes() {
    Set<String> publicTypes =
        MAIN.stream()
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
            .map(JavaClass::getSimpleName)
            .collect(Collectors.toSet());

    assertThat(publicTypes)
        .containsExactlyInAnyOrder("SlackAdapter", "SlackSettings", "Feedback", "FeedbackSink");
  }

  @Test
  void adapter_neverReadsTheEnvironment() {
    MAIN.forEach(
        c ->
            c.getMethodCallsFromSelf()
                .forEach(
                    call ->
                        assertThat(
                                call.getTarget().getOwner().getName()
                                    + "."
                                    + call.getTarget().getName())
                            .as("call in %s", c.getName())
                            .isNotIn("java.lang.System.getenv", "java.lang.System.getProperty")));
  }
}
