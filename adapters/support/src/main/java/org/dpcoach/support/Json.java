package org.dpcoach.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper the adapters and the app share, built once with Jackson's defaults. Nothing may
 * reconfigure it: a variation is a reader or writer taken from it ({@code
 * MAPPER.reader().with(..)}).
 */
public final class Json {
  /** Jackson's defaults: unknown properties fail, no modules. */
  public static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Json() {}
}
