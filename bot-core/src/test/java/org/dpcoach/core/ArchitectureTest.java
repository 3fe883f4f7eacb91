package org.dpcoach.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core and the knowledge know nothing of platforms, HTTP or the adapters; the core's packages
 * form no cycle, and its ports speak only the model's language.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.dpcoach.core", "org.dpcoach.knowledge");

  @Test
  void coreAndKnowledge_importNoPlatformSdkOrAdapter() {
    noClasses()
        .that()
        .resideInAnyPackage("org.dpcoach.core..", "org.dpcoach.knowledge..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.slack..",
            "com.microsoft.bot..",
            "com.microsoft.aad..",
            "io.javalin..",
            "jakarta.servlet..",
            "javax.servlet..",
            "org.eclipse.jetty..",
            "okhttp3..",
            "org.springframework..",
            "org.dpcoach.local..",
            "org.dpcoach.app..",
            "org.dpcoach.slack..",
            "org.dpcoach.teams..",
            "org.dpcoach.store..",
            "org.dpcoach.support..",
            "org.dpcoach.insights..",
            "org.dpcoach.testkit..",
            "java.sql..",
            "javax.sql..",
            "java.net.http..",
            "org.flywaydb..",
            "org.h2..",
            "org.postgresql..",
            "com.github.kagkarlsson..")
        .because(
            "the core does not know how requests arrive or where rows are kept (design.md: storage ports only)")
        .check(CLASSES);
  }

  @Test
  void knowledge_doesNotDependOnTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.dpcoach.knowledge..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dpcoach.core..", "opennlp..", "org.apache.lucene..")
        .because("knowledge holds content and its loader, no chat or NLP code")
        .check(CLASSES);
  }

  @Test
  void corePackages_formNoCycle() {
    slices().matching("org.dpcoach.core.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void coreSubpackages_doNotDependOnTheEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.dpcoach.core.*..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dpcoach.core")
        .because("the engine wires the packages under it, so none of them may reach back to it")
        .check(CLASSES);
  }

  @Test
  void ports_dependOnlyOnTheModelTheJdkAndKnowledgeValues() {
    classes()
        .that()
        .resideInAPackage("org.dpcoach.core.port..")
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage(
                    "java..", "org.dpcoach.core.port..", "org.dpcoach.core.model..", "org.slf4j..")
                .or(name("org.dpcoach.knowledge.Jurisdiction")))
        .because(
            "an adapter implements a port knowing only the model (the logging facade is allowed for"
                + " FeedbackSink.logging)")
        .check(CLASSES);
  }

  @Test
  void model_dependsOnlyOnTheJdk() {
    classes()
        .that()
        .resideInAPackage("org.dpcoach.core.model..")
        .should()
        .onlyDependOnClassesThat(resideInAnyPackage("java..", "org.dpcoach.core.model.."))
        .check(CLASSES);
  }
}
