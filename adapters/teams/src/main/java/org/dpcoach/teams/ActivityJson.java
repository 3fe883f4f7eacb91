package org.dpcoach.teams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The mapper for Bot Framework activities (read from requests, kept in the inbox, invoke answers):
 * unknown properties ignored and the modules on the classpath (java.time) found. Nothing may
 * reconfigure it.
 */
final class ActivityJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .findAndAddModules()
          .build();

  private ActivityJson() {}
}
