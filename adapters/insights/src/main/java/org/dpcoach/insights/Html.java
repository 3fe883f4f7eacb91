package org.dpcoach.insights;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping for HTML text and attribute values. */
final class Html {
  private Html() {}

  /** The text escaped for HTML text and double-quoted attribute values; null as empty. */
  static String esc(String text) {
    return text == null ? "" : StringEscapeUtils.escapeHtml4(text);
  }
}
