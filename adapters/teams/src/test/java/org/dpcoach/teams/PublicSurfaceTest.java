package org.dpcoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One wiring class, its settings, the reference port and value, feedback and the packager are
 * public; nothing reads the environment.
 */
class PublicSurfaceTest {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.dpcoach.teams");

  @Test
  void publicTypes_areOnlyTheWiringConfigPortAndPackager() {
    Set<String> publicTypes =
        MAIN.stream()
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
            .map(JavaClass::getSimpleName)
            .collect(Collectors.toSet());

    assertThat(publicTypes)
        .containsExactlyInAnyOrder(
            "TeamsAdapter",
            "TeamsSettings",
            "ConversationReferences",
            "TeamsConversation",
            "Feedback",
            "FeedbackSink",
            "TeamsAppPackage");
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

  @Test
  void publicSignatures_exposeNoBotFrameworkTypes() {
    MAIN.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .forEach(
            c ->
                c.getMethods().stream()
                    .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(
                        m -> {
                          assertThat(m.getRawReturnType().getName())
                              .as("%s return", m.getFullName())
                              .doesNotStartWith("com.microsoft.bot");
                          m.getRawParameterTypes()
                              .forEach(
                                  p ->
                                      assertThat(p.getName())
                                          .as("%s parameter", m.getFullName())
                                          .doesNotStartWith("com.microsoft.bot"));
                        }));
  }
}
