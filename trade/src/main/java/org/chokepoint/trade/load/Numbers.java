package org.chokepoint.trade.load;

/**
 * Numbers as trade files write them: "1234.5", "1,234.5", "1.234,5", "1 234,5", "1234,5", with NBSP or apostrophe
 * thousands separators. Blank and "-"/"..", "NA", "n/a" are missing (NaN), never zero.
 */
public final class Numbers {
  private Numbers() {}

  /** The value, NaN when missing; throws NumberFormatException when it is not a number. */
  public static double parse(String raw) {
    if (raw == null) {
      return Double.NaN;
    }
    String t = raw.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
    if (t.isEmpty() || t.equals("-") || t.equals("..") || t.equals(":") || t.equalsIgnoreCase("na")
        || t.equalsIgnoreCase("n/a") || t.equalsIgnoreCase("null")) {
      return Double.NaN;
    }
    int comma = t.lastIndexOf(',');
    int dot = t.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
    } else if (comma >= 0) {
      boolean thousands = t.matches("-?\\d{1,3}(,\\d{3})+");
      t = thousands ? t.replace(",", "") : t.replace(',', '.');
    } else if (t.chars().filter(c -> c == '.').count() > 1) {
      t = t.replace(".", "");
    }
    return Double.parseDouble(t);
  }
}
