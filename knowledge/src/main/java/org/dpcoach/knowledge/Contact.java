package org.dpcoach.knowledge;

/** An employer contact such as the information governance team or the duty team. */
public record Contact(String team, String email, String phone, String outOfHours) {

  /** The contact on one line: team, phone, email and out-of-hours line where given. */
  public String oneLine() {
    StringBuilder line = new StringBuilder(team);
    if (!phone.isBlank()) {
      line.append(", ").append(phone);
    }
    if (!email.isBlank()) {
      line.append(", ").append(email);
    }
    if (!outOfHours.isBlank()) {
      line.append(" (out of hours: ").append(outOfHours).append(')');
    }
    return line.toString();
  }
}
