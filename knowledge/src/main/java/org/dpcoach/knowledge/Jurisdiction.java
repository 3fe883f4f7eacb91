package org.dpcoach.knowledge;

import java.util.Arrays;
import java.util.Locale;

/** The UK nation whose regulator's code answers are cited from. */
public enum Jurisdiction {
  ENGLAND("england", "England"),
  SCOTLAND("scotland", "Scotland"),
  WALES("wales", "Wales"),
  NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

  private final String id;
  private final String displayName;

  Jurisdiction(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The id used in knowledge files and settings, for example {@code northern-ireland}. */
  public String id() {
    return id;
  }

  /** The nation's name as a person reads it. */
  public String displayName() {
    return displayName;
  }

  /** Parses an id or display name, ignoring case; throws with the accepted values otherwise. */
  public static Jurisdiction parse(String value) {
    String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
    return Arrays.stream(values())
        .filter(j -> j.id.equals(wanted) || j.name().equalsIgnoreCase(wanted.replace('-', '_')))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "jurisdiction must be one of england, scotland, wales, northern-ireland, not '"
                        + value
                        + "'"));
  }
}
