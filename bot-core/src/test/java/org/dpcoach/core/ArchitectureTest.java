package org.dpcoach.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core and the knowledge know nothing of platforms, HTTP or the adapters. */
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
            "java.sql..",
            "javax.sql..",
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
}
