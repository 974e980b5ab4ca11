package org.chokepoint.goods.hs;

/**
 * A Harmonized System code at chapter (2 digits), heading (4) or subheading (6) level. Parsing accepts what people
 * write: dots and spaces ("8542.31", "8542 31"), national 8- and 10-digit codes (cut to the HS subheading), and
 * codes whose leading zero a spreadsheet dropped ("10121" → 010121).
 *
 * @param digits the code, 2, 4 or 6 digits
 * @param note what was repaired while reading the input, or ""
 */
public record HsCode(String digits, String note) {
  public HsCode {
    if (digits == null || !digits.matches("\\d{2}|\\d{4}|\\d{6}")) {
      throw new IllegalArgumentException("an HS code has 2, 4 or 6 digits, got '" + digits + "'");
    }
    note = note == null ? "" : note;
  }

  /** Reads a code as written; throws {@link IllegalArgumentException} naming the input when it is not one. */
  public static HsCode parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty HS code");
    }
    String digits = text.strip().replaceAll("[\\s.\\-]", "");
    if (!digits.matches("\\d+")) {
      throw new IllegalArgumentException("HS code '" + text + "' has characters other than digits, dots and spaces");
    }
    return switch (digits.length()) {
      case 2, 4, 6 -> new HsCode(digits, "");
      case 8, 10 -> new HsCode(digits.substring(0, 6), "national code " + digits + " read as HS subheading "
          + digits.substring(0, 6));
      case 1, 3, 5 -> new HsCode("0" + digits, "'" + digits + "' read as 0" + digits
          + " (a leading zero is often lost in spreadsheets)");
      default -> throw new IllegalArgumentException("HS code '" + text + "' has " + digits.length()
          + " digits; HS codes have 2, 4 or 6 (national codes 8 or 10)");
    };
  }

  /** 2 (chapter), 4 (heading) or 6 (subheading). */
  public int level() {
    return digits.length();
  }

  public String chapter() {
    return digits.substring(0, 2);
  }

  /** The heading, or null for a chapter. */
  public String heading() {
    return digits.length() >= 4 ? digits.substring(0, 4) : null;
  }

  /** Whether {@code other} lies inside this code (or is it). */
  public boolean contains(String other) {
    return other.startsWith(digits);
  }

  /** Written the usual way: "85", "8542", "8542.31". */
  public String display() {
    return digits.length() == 6 ? digits.substring(0, 4) + "." + digits.substring(4) : digits;
  }

  @Override
  public String toString() {
    return display();
  }
}
