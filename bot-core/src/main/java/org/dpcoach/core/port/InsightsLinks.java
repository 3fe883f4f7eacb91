package org.dpcoach.core.port;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** Mints the private, short-lived link to the insights page that a champion is sent. */
@FunctionalInterface
public interface InsightsLinks {

  /** A new link, valid from now until {@link Link#expires()}. */
  Link mint();

  /**
   * A signed link to the insights page.
   *
   * @param url the page's address with its token
   * @param expires when the token stops working
   */
  record Link(URI url, Instant expires) {
    /** Checks each value at once. */
    public Link {
      Objects.requireNonNull(url, "url must not be null");
      Objects.requireNonNull(expires, "expiry must not be null");
    }

    /** Never shows the token. */
    @Override
    public String toString() {
      return "Link[expires=" + expires + "]";
    }
  }
}
