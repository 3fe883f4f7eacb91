package org.dpcoach.testkit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What an adapter package shows the rest of the app, read from its compiled main classes. */
public final class PublicSurface {
  private static final Set<String> ENVIRONMENT =
      Set.of("java.lang.System.getenv", "java.lang.System.getProperty");

  private final JavaClasses main;

  private PublicSurface(JavaClasses main) {
    this.main = main;
  }

  /** The package's main classes (tests left out). */
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

  /** Every call to {@code System.getenv} or {@code System.getProperty}, as "class calls method". */
  public List<String> environmentReads() {
    return main.stream()
        .flatMap(
            c ->
                c.getMethodCallsFromSelf().stream()
                    .map(
                        call ->
                            call.getTarget().getOwner().getName()
                                + "."
                                + call.getTarget().getName())
                    .filter(ENVIRONMENT::contains)
                    .map(target -> c.getName() + " calls " + target))
        .toList();
  }

  /**
   * Public methods of public types whose return or parameter type is in a package starting with the
   * prefix, as "method: type".
   */
  public List<String> publicSignaturesUsing(String packagePrefix) {
    return main.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .flatMap(c -> c.getMethods().stream())
        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
        .flatMap(
            m ->
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(m.getRawReturnType()),
                        m.getRawParameterTypes().stream())
                    .map(JavaClass::getName)
                    .filter(n -> n.startsWith(packagePrefix))
                    .map(n -> m.getFullName() + ": " + n))
        .toList();
  }
}
