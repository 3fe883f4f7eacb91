package org.dpcoach.core.guard;

import java.util.Map;

/** Cyrillic and Greek letters that look like Latin ones, mapped to the Latin letter. */
final class LookAlikes {
  private static final Map<Integer, Character> LATIN =
      Map.ofEntries(
          Map.entry(0x0430, 'a'),
          Map.entry(0x0435, 'e'),
          Map.entry(0x043E, 'o'),
          Map.entry(0x0440, 'p'),
          Map.entry(0x0441, 'c'),
          Map.entry(0x0443, 'y'),
          Map.entry(0x0445, 'x'),
          Map.entry(0x0456, 'i'),
          Map.entry(0x0458, 'j'),
          Map.entry(0x0455, 's'),
          Map.entry(0x04BB, 'h'),
          Map.entry(0x0501, 'd'),
          Map.entry(0x0410, 'A'),
          Map.entry(0x0412, 'B'),
          Map.entry(0x0415, 'E'),
          Map.entry(0x041A, 'K'),
          Map.entry(0x041C, 'M'),
          Map.entry(0x041D, 'H'),
          Map.entry(0x041E, 'O'),
          Map.entry(0x0420, 'P'),
          Map.entry(0x0421, 'C'),
          Map.entry(0x0422, 'T'),
          Map.entry(0x0425, 'X'),
          Map.entry(0x0406, 'I'),
          Map.entry(0x0408, 'J'),
          Map.entry(0x0405, 'S'),
          Map.entry(0x0391, 'A'),
          Map.entry(0x0392, 'B'),
          Map.entry(0x0395, 'E'),
          Map.entry(0x0396, 'Z'),
          Map.entry(0x0397, 'H'),
          Map.entry(0x0399, 'I'),
          Map.entry(0x039A, 'K'),
          Map.entry(0x039C, 'M'),
          Map.entry(0x039D, 'N'),
          Map.entry(0x039F, 'O'),
          Map.entry(0x03A1, 'P'),
          Map.entry(0x03A4, 'T'),
          Map.entry(0x03A5, 'Y'),
          Map.entry(0x03A7, 'X'),
          Map.entry(0x03BF, 'o'),
          Map.entry(0x03B1, 'a'),
          Map.entry(0x03BD, 'v'));

  private LookAlikes() {}

  static int latin(int cp) {
    Character c = LATIN.get(cp);
    return c == null ? cp : c;
  }
}
