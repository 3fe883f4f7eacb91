package org.dpcoach.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An employer's overlay: its name, contacts, case-reference formats and per-topic policies. */
public record Employer(
    String name,
    String policySet,
    Map<String, Contact> contacts,
    List<String> caseRefPatterns,
    Map<String, Policy> policies) {

  /** The contact with the given key (for example {@code safeguarding_duty_team}), if any. */
  public Optional<Contact> contact(String key) {
    return Optional.ofNullable(contacts.get(key));
  }

  /** The policy on the given topic, if this employer has one. */
  public Optional<Policy> policy(String topicId) {
    return Optional.ofNullable(policies.get(topicId));
  }
}
