package org.dpcoach.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Reads an employer's policy folder: {@code employer.yaml} and {@code policies/*.yaml}. */
final class EmployerReader {
  private final Problems problems;
  private final Map<String, Topic> topics;
  private final LocalDate today;

  EmployerReader(Problems problems, Map<String, Topic> topics, LocalDate today) {
    this.problems = problems;
    this.topics = topics;
    this.today = today;
  }

  Employer read(Path dir, String label) {
    YamlFile file = YamlFile.read(dir.resolve("employer.yaml"), label + "/employer.yaml", problems);
    Map<String, Contact> contacts = new LinkedHashMap<>();
    file.root()
        .path("contacts")
        .fields()
        .forEachRemaining(e -> contacts.put(e.getKey(), contact(file, e.getValue())));
    for (String needed :
        List.of(
            "information_governance",
            "data_protection_officer",
            "safeguarding_duty_team",
            "digital_champion")) {
      if (!contacts.containsKey(needed)) {
        problems.error(file.name(), file.line("/contacts"), "missing contact '" + needed + "'");
      }
    }
    List<String> patterns = new ArrayList<>();
    JsonNode refs = file.root().path("case_ref_patterns");
    for (int i = 0; i < refs.size(); i++) {
      try {
        patterns.add(Pattern.compile(refs.get(i).asText()).pattern());
      } catch (PatternSyntaxException e) {
        problems.error(
            file.name(),
            file.line("/case_ref_patterns/" + i),
            "bad pattern: " + e.getDescription());
      }
    }
    return new Employer(
        file.requiredText("name", problems),
        file.optionalText(file.root(), "policy_set"),
        Map.copyOf(contacts),
        List.copyOf(patterns),
        policies(dir.resolve("policies"), label + "/policies"));
  }

  private Contact contact(YamlFile file, JsonNode node) {
    return new Contact(
        file.optionalText(node, "team"),
        file.optionalText(node, "email"),
        file.optionalText(node, "phone"),
        file.optionalText(node, "out_of_hours"));
  }

  private Map<String, Policy> policies(Path dir, String label) {
    Map<String, Policy> policies = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      return policies;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path path : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        YamlFile file = YamlFile.read(path, label + "/" + path.getFileName(), problems);
        Policy policy = policy(file);
        if (!topics.containsKey(policy.topic())) {
          problems.error(
              file.name(), file.line("/topic"), "unknown topic id '" + policy.topic() + "'");
        } else if (policies.putIfAbsent(policy.topic(), policy) != null) {
          problems.error(
              file.name(), file.line("/topic"), "a second policy for '" + policy.topic() + "'");
        }
        if (policy.overdue(today)) {
          problems.warning(
              file.name(), file.line("/review_by"), "review overdue since " + policy.reviewBy());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(policies);
  }

  private Policy policy(YamlFile file) {
    return new Policy(
        file.requiredText("topic", problems),
        file.requiredText("stance", problems),
        file.requiredText("says", problems),
        file.requiredText("document", problems),
        file.requiredText("owner", problems),
        date(file, "last_reviewed"),
        date(file, "review_by"),
        caseAnswers(file));
  }

  private Map<String, String> caseAnswers(YamlFile file) {
    Map<String, String> answers = new LinkedHashMap<>();
    String topicId = file.optionalText(file.root(), "topic");
    Topic topic = topics.get(topicId);
    file.root()
        .path("cases")
        .fields()
        .forEachRemaining(
            e -> {
              String at = "/cases/" + e.getKey();
              String text = e.getValue().asText().trim();
              if (topic == null || topic.caseById(e.getKey()).isEmpty()) {
                problems.error(
                    file.name(),
                    file.line(at),
                    "unknown case '" + e.getKey() + "' of topic '" + topicId + "'");
              } else if (text.isEmpty()
                  || text.split("\\s+").length > CaseReader.MAX_SHORT_ANSWER_WORDS) {
                problems.error(
                    file.name(),
                    file.line(at),
                    "the employer's answer to '"
                        + e.getKey()
                        + "' must have 1 to "
                        + CaseReader.MAX_SHORT_ANSWER_WORDS
                        + " words");
              } else {
                answers.put(e.getKey(), text);
              }
            });
    return answers;
  }

  private LocalDate date(YamlFile file, String field) {
    String text = file.requiredText(field, problems);
    try {
      return text.isEmpty() ? LocalDate.MAX : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.error(file.name(), file.line("/" + field), "'" + field + "' is not a date: " + text);
      return LocalDate.MAX;
    }
  }
}
