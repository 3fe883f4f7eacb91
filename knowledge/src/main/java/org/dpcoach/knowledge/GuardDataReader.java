package org.dpcoach.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the guard's folder ({@code kb/guard}): never-names, context words and name sentences. */
final class GuardDataReader {
  /** The word lists {@code context.yaml} must have, in {@link GuardData}'s order. */
  private static final List<String> REQUIRED =
      List.of(
          "nhs_context",
          "dob_context",
          "school_suffixes",
          "name_titles",
          "name_verbs",
          "name_roles",
          "name_roles_strict",
          "name_clause_words",
          "name_contact_words",
          "name_talking_words",
          "name_after_contact",
          "name_followers");

  private GuardDataReader() {}

  /** The guard data in the folder, with every problem reported to {@code problems}. */
  static GuardData read(Path dir, Problems problems) {
    YamlFile notNames =
        YamlFile.read(dir.resolve("not-names.yaml"), "guard/not-names.yaml", problems);
    YamlFile context = YamlFile.read(dir.resolve("context.yaml"), "guard/context.yaml", problems);
    Set<String> words = new HashSet<>();
    notNames
        .root()
        .path("not_names")
        .forEach(n -> words.add(n.asText().strip().toLowerCase(Locale.ROOT)));
    List<String> sentences = sentences(dir, problems);
    for (String field : REQUIRED) {
      if (context.root().path(field).isEmpty()) {
        problems.error(context.name(), context.line("/" + field), "missing field '" + field + "'");
      }
    }
    return new GuardData(
        Set.copyOf(words),
        list(context, "nhs_context"),
        list(context, "dob_context"),
        list(context, "school_suffixes"),
        list(context, "name_titles"),
        list(context, "name_verbs"),
        list(context, "name_roles"),
        list(context, "name_roles_strict"),
        sentences,
        list(context, "case_ref_context"),
        list(context, "case_systems"),
        list(context, "name_clause_words"),
        list(context, "name_contact_words"),
        list(context, "name_talking_words"),
        list(context, "name_after_contact"),
        list(context, "name_followers"));
  }

  /** The name finder's training lines, blank lines left out. */
  private static List<String> sentences(Path dir, Problems problems) {
    try {
      return Files.readAllLines(dir.resolve("names-train.txt"), StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      problems.error("guard/names-train.txt", 1, "cannot read the file: " + e.getMessage());
      return List.of();
    }
  }

  private static List<String> list(YamlFile file, String field) {
    return KnowledgeReader.strings(file.root().path(field));
  }
}
