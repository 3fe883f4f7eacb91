package org.dpcoach.core.guard;

/** One piece of personal data found in a message: its kind and character span. */
public record Finding(Kind kind, int start, int end) {

  /** The kinds of personal data the guard finds, with their redaction placeholders. */
  public enum Kind {
    NAME("name", "[NAME]"),
    DOB("dob", "[DATE OF BIRTH]"),
    NHS_NUMBER("nhs_number", "[NHS NUMBER]"),
    NI_NUMBER("ni_number", "[NI NUMBER]"),
    POSTCODE("postcode", "[POSTCODE]"),
    ADDRESS("address", "[ADDRESS]"),
    PHONE("phone", "[PHONE]"),
    EMAIL("email", "[EMAIL]"),
    CASE_REF("case_ref", "[CASE REF]"),
    SCHOOL("school", "[SCHOOL]");

    private final String id;
    private final String placeholder;

    Kind(String id, String placeholder) {
      this.id = id;
      this.placeholder = placeholder;
    }

    /** The id used in the command-line contract, for example {@code nhs_number}. */
    public String id() {
      return id;
    }

    /** The text that replaces the data, for example {@code [NHS NUMBER]}. */
    public String placeholder() {
      return placeholder;
    }
  }
}
