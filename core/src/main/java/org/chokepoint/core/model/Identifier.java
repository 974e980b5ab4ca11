package org.chokepoint.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier a list gives for an entity: IMO number, INN, OGRN, USCC, registration or tax number, passport.
 *
 * @param type upper-case kind, e.g. {@code IMO}, {@code INN}, {@code OGRN}, {@code REGISTRATION}
 * @param value the identifier as written
 * @param country ISO 3166 alpha-2 of the issuing country, or empty
 */
public record Identifier(String type, String value, String country) {
  public Identifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("identifier value must not be blank (type " + type + ")");
    }
    type = type.strip().toUpperCase(Locale.ROOT);
    value = value.strip();
  }

  /** The value with spaces, dashes and dots removed and upper-cased, used to compare identifiers. */
  public String key() {
    return normalise(value);
  }

  /** Normalises an identifier value for comparison. */
  public static String normalise(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toUpperCase(c));
      }
    }
    String key = out.toString();
    return key.startsWith("IMO") && key.length() == 10 ? key.substring(3) : key;
  }
}
