package org.chokepoint.reports.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chokepoint.reports.read.SourceDocument;

/**
 * Separates an article's body from what the site wrapped around it, line by line and for the genre rather than for
 * any one site: lines matching {@code boilerplate.tsv}; datelines (their date becomes the publication date); repeats
 * of the headline; captions (after a credit line, or marked "(FILE)", "(L)"); teasers repeated later in full; exact
 * repeats; and short fragments (menus, labels, legends) outside the run of body paragraphs. Short lines between body
 * paragraphs (subheadings) stay.
 */
public final class Cleaner {
  private static final Pattern CAPTION_MARK = Pattern.compile(
      "^\\((file|photo|archive)\\)|\\((l|r|c|left|right|centre|center|from left|top|bottom)\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TERMINAL = Pattern.compile("[.!?:;\"”’')\\]…。！？」]$");
  private static final int TEASER_PREFIX = 50;
  private static final Pattern DATE_STAMP = Pattern.compile("^(?:date|updated|published|posted)\\s*:?\\s*"
      + "(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT_END = Pattern.compile("(?:\\b(?:picture|photo|image|photograph|credit)s?\\s*:"
      + "\\s*[^.:]{2,60}|\\b\\p{Lu}{2,}/\\p{Lu}[\\p{L}. -]{2,40}|\\b(?:for|via)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*"
      + "(?:\\s+\\p{Lu}[\\p{L}.]*){0,4}\\s*$(?<=Times|Post|Journal|Images|Reuters|AP|AFP|Getty Images))\\s*$");
  private static final Pattern BYLINE = Pattern.compile("^By\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
      + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*$");

  private enum Kind { BODY, SHORT, JUNK }

  private Cleaner() {}

  public static CleanText clean(SourceDocument source) {
    List<String> units = new ArrayList<>(paragraphs(source.lines()));
    String title = source.title();
    String published = source.published();
    for (int i = 0; i < units.size(); i++) {
      var stamp = DATE_STAMP.matcher(units.get(i));
      if (stamp.find()) {
        published = published.length() < 10 ? stamp.group(1) : published;
        units.set(i, units.get(i).substring(stamp.end()));
      }
    }
    units.removeIf(String::isBlank);
    int n = units.size();
    Kind[] kinds = new Kind[n];
    String[] reasons = new String[n];
    String previousReason = "";
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String u = units.get(i);
      int words = words(u);
      String key = key(u);
      Optional<String> junk = Boilerplate.reason(u, words);
      Optional<String> date = Dates.parse(u);
      String reason = null;
      if (junk.isPresent()) {
        reason = junk.get();
        if (published.isEmpty() && reason.equals("press")) {
          published = Dates.find(u).map(Dates.Found::iso).orElse("");
        }
      } else if (date.isPresent()) {
        reason = "dateline";
        published = published.length() < 10 ? date.get() : published;
      } else if (BYLINE.matcher(u).matches() && words <= 12) {
        reason = "byline";
      } else if (CREDIT_END.matcher(u).find() && words <= 60) {
        reason = "caption";
      } else if (words == 1 && !TERMINAL.matcher(u).find()) {
        reason = "label";
      } else if (!title.isEmpty() && key.equals(key(title))) {
        reason = "headline repeated";
      } else if (seen.contains(key)) {
        reason = "duplicate";
      } else if (CAPTION_MARK.matcher(u).find() && words <= 60
          || previousReason.equals("credit") && words <= 60) {
        reason = "caption";
      } else if (!letters(u)) {
        reason = "no words";
      }
      seen.add(key);
      if (reason != null) {
        kinds[i] = Kind.JUNK;
        reasons[i] = reason;
      } else if (words >= 8 && TERMINAL.matcher(u).find() || words >= 20) {
        kinds[i] = Kind.BODY;
      } else {
        kinds[i] = Kind.SHORT;
      }
      previousReason = reason == null ? "" : reason;
    }
    markTeasers(units, kinds, reasons);
    int firstBody = -1;
    int lastBody = -1;
    for (int i = 0; i < n; i++) {
      if (kinds[i] == Kind.BODY) {
        firstBody = firstBody < 0 ? i : firstBody;
        lastBody = i;
      }
    }
    if (title.isEmpty()) {
      for (int i = 0; i < (firstBody < 0 ? n : firstBody); i++) {
        if (kinds[i] == Kind.SHORT && words(units.get(i)) >= 3) {
          title = units.get(i);
          kinds[i] = Kind.JUNK;
          reasons[i] = "headline";
          for (int j = i + 1; j < n; j++) {
            if (kinds[j] != Kind.JUNK && key(units.get(j)).equals(key(title))) {
              kinds[j] = Kind.JUNK;
              reasons[j] = "headline repeated";
            }
          }
          break;
        }
      }
    }
    List<String> body = new ArrayList<>();
    List<CleanText.Removed> removed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean keep = kinds[i] == Kind.BODY || kinds[i] == Kind.SHORT && i > firstBody && i < lastBody;
      if (keep) {
        body.add(units.get(i));
      } else {
        removed.add(new CleanText.Removed(units.get(i), kinds[i] == Kind.JUNK ? reasons[i] : "fragment"));
      }
    }
    String language = Languages.detect(String.join(" ", body));
    if (language.equals("und")) {
      language = Languages.detect(title + " " + String.join(" ", body));
    }
    return new CleanText(title, published, body, removed, language);
  }

  /** A teaser or standfirst whose opening recurs later in the text: the later, fuller copy is kept. */
  private static void markTeasers(List<String> units, Kind[] kinds, String[] reasons) {
    Map<String, Integer> lastWithPrefix = new HashMap<>();
    for (int j = 0; j < units.size(); j++) {
      String b = key(units.get(j));
      if (kinds[j] != Kind.JUNK && b.length() >= TEASER_PREFIX) {
        lastWithPrefix.put(b.substring(0, TEASER_PREFIX), j);
      }
    }
    for (int i = 0; i < units.size(); i++) {
      String a = key(units.get(i));
      if (kinds[i] == Kind.JUNK || a.length() < TEASER_PREFIX) {
        continue;
      }
      Integer later = lastWithPrefix.get(a.substring(0, TEASER_PREFIX));
      if (later != null && later > i) {
        kinds[i] = Kind.JUNK;
        reasons[i] = "teaser";
      }
    }
  }

  /**
   * Non-blank lines, with hard-wrapped lines (a line that does not end a sentence followed by one that starts in
   * lower case) joined back into their paragraph.
   */
  static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String raw : lines) {
      String line = raw.strip().replaceAll("\\s+", " ");
      if (line.isEmpty()) {
        if (current != null) {
          out.add(current.toString());
          current = null;
        }
        continue;
      }
      if (current != null && current.length() >= 40 && !TERMINAL.matcher(current).find()
          && (Character.isLowerCase(line.charAt(0)) || Character.isDigit(line.charAt(0)))) {
        current.append(' ').append(line);
        continue;
      }
      if (current != null) {
        out.add(current.toString());
      }
      current = new StringBuilder(line);
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  /** Words in a line; in scripts written without spaces (Chinese, Japanese), two characters count as a word. */
  static int words(String text) {
    int spaced = text.split("\\s+").length;
    long ideographs = text.codePoints().filter(c -> Character.isIdeographic(c)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
    return (int) Math.max(spaced, ideographs / 2);
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean letters(String text) {
    return text.codePoints().filter(Character::isLetter).count() >= 2;
  }
}
