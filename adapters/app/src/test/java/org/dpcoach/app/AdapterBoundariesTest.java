package org.dpcoach.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No adapter calls another: each platform adapter reaches the others only through the core's ports,
 * and only the app wires them together. The store and the shared support pieces know no platform;
 * insights reads the store's queries.
 */
class AdapterBoundariesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.dpcoach");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "slack    | teams, local, insights, store, app, testkit",
        "teams    | slack, local, insights, store, app, testkit",
        "local    | slack, teams, insights, store, app, testkit",
        "insights | slack, teams, local, support, app, testkit",
        "store    | slack, teams, local, insights, app, testkit",
        "support  | slack, teams, local, insights, store, app, testkit, core, knowledge"
      })
  void adapter_dependsOnNoOtherAdapter(String adapter, String others) {
    String[] forbidden =
        java.util.Arrays.stream(others.split(","))
            .map(o -> "org.dpcoach." + o.strip() + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("org.dpcoach." + adapter + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .because("adapters meet only in the core's ports, wired by the app")
        .check(MAIN);
  }
}
