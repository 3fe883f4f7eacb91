package org.dpcoach.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The knowledge shows its loader, its content's value types and its validation report. */
class PublicSurfaceTest {

  @Test
  void publicTypes_areTheLoaderTheContentValuesAndTheReport() {
    Set<String> types =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dpcoach.knowledge")
                .stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());

    assertThat(types)
        .containsExactlyInAnyOrder(
            "KnowledgeBase",
            "KnowledgeException",
            "ValidationReport",
            "Problem",
            "Topic",
            "Case",
            "Document",
            "SourceRef",
            "Policy",
            "Contact",
            "Employer",
            "Jurisdiction",
            "Dialogue",
            "Tip",
            "Scenario",
            "TrainingExample",
            "LabelledQuestion",
            "HeldOutSet",
            "SafeguardingCues",
            "NationCues",
            "NationTerms",
            "GuardData");
  }
}
