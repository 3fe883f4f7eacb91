package org.dpcoach.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks an adapter's {@code PublicSurfaceTest} makes of its main classes: which top-level
 * types are public, that nothing reads the environment, and which types public signatures show.
 */
public final class PublicSurface {
  private final JavaClasses main;

  private PublicSurface(JavaClasses main) {
    this.main = main;
  }

  /** The main (non-test) classes of the package and its subpackages. */
  public static PublicSurface of(String packageName) {
    return new PublicSurface(
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(packageName));
  }

  /** The simple names of the public top-level types. */
  public Set<String> publicTypes() {
    return main.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
        .map(JavaClass::getSimpleName)
        .collect(Collectors.toSet());
  }

  /** Fails if any class calls {@code System.getenv} or {@code System.getProperty}. */
  public void assertNeverReadsTheEnvironment() {
    main.forEach(
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

  /**
   * Fails if a public method of a public type returns or takes a type whose name starts with the
   * prefix (a platform SDK's package, say).
   */
  public void assertPublicSignaturesAvoid(String typePrefix) {
    main.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .forEach(
            c ->
                c.getMethods().stream()
                    .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(
                        m -> {
                          assertThat(m.getRawReturnType().getName())
                              .as("%s return", m.getFullName())
                              .doesNotStartWith(typePrefix);
                          m.getRawParameterTypes()
                              .forEach(
                                  p ->
                                      assertThat(p.getName())
                                          .as("%s parameter", m.getFullName())
                                          .doesNotStartWith(typePrefix));
                        }));
  }
}
