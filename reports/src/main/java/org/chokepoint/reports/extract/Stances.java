package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.chokepoint.core.io.ResourceTables;

/**
 * Tells denials from objections ({@code stances.tsv}). A denial is the accused side (China, Russia, their ministries,
 * embassies, spokespeople, or a company) saying it does not supply weapons or military help, directly or in
 * indirect speech ("maintains that China has not provided", "normal trade", "disinformation"); the speaker is the
 * first party named before the speech verb, so "U.S. officials said China has not provided lethal weapons" is not a
 * Chinese denial. An objection is opposition or protest against sanctions or accusations ("opposes illegal unilateral
 * sanctions"), which is not a denial of supply.
 */
final class Stances {
  private record Rule(String stance, String language, Pattern pattern) {}

  private static final List<Rule> RULES = load();
  /** All rules of one stance and language as one pattern, so a sentence is scanned once. */
  private static final Map<String, Pattern> COMBINED = combined();
  private static final Pattern SPEECH = Pattern.compile("\\b(?:said|says|say|told|tells|maintain(?:s|ed)?"
      + "|insist(?:s|ed)?|stat(?:es|ed)|claim(?:s|ed)?|add(?:s|ed)|stress(?:es|ed)|reiterat(?:es|ed)|according\\s+to"
      + "|argu(?:es|ed)|assert(?:s|ed)|note(?:s|d)|emphasi[sz](?:es|ed)|countered|responded|wrote)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SPEAKER = Pattern.compile("(?<![\\p{L}.])(?:(?<accused>China|Chinese|Beijing|PRC|Russia|Russian"
      + "|Moscow|Kremlin|Iran|Iranian|Tehran|North\\s+Korea|Pyongyang|[Ee]mbassy|[Ff]oreign\\s+[Mm]inistry|[Mm]inistry|MFA"
      + "|[Ss]pokes(?:person|man|woman)|[Tt]he\\s+(?:company|firm))|(?<western>U\\.S\\.|US|United\\s+States"
      + "|American|Washington|Blinken|State\\s+Department|White\\s+House|Pentagon|Treasury|Biden|Yellen|Sullivan"
      + "|Kirby|British|Britain|UK|EU|European|G7|G-7|NATO|Ukrain\\w*|Kyiv|Japan\\w*|Western|intelligence"
      + "|analysts?|experts?|researchers?))(?![\\p{L}])");
  private static final Pattern NOT_DENIAL = Pattern.compile("\\b(?:to\\s+deny|deny(?:ing)?\\s+(?:\\w+\\s+){0,3}"
      + "(?:access|resources|ability|revenues?|funds|means|technolog\\w*|capabilit\\w*|inputs))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OBJECTION_TOPIC = Pattern.compile("\\b(?:sanction\\w*|accus\\w*|allegation\\w*"
      + "|listing\\w*|entity\\s+list|measures|statement|communiqu\\w*|restrictions?|blacklist\\w*|designat\\w*"
      + "|jurisdiction|coercion|bullying|smear\\w*|G7|G-7|interference|penalt\\w*)\\b", Pattern.CASE_INSENSITIVE);

  private Stances() {}

  /** Where a denial by the accused side starts in {@code sentence} (written in {@code language}), if it has one. */
  static OptionalInt denial(String sentence, String language) {
    Pattern all = COMBINED.get("denial|" + language);
    if (all == null) {
      return OptionalInt.empty();
    }
    Matcher m = all.matcher(sentence);
    if (!m.find()) {
      return OptionalInt.empty();
    }
    if (language.equals("en") && NOT_DENIAL.matcher(sentence).find() && !hasOther(sentence)) {
      return OptionalInt.empty();
    }
    do {
      if (!language.equals("en") || accusedSpeaks(sentence, m.start())) {
        return OptionalInt.of(m.start());
      }
    } while (m.find());
    return OptionalInt.empty();
  }

  private static boolean hasOther(String sentence) {
    for (Rule r : RULES) {
      if (r.stance().equals("denial") && r.language().equals("en") && !r.pattern().pattern().contains("den(?:y")
          && r.pattern().matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  /** Where an objection to sanctions or accusations starts in {@code sentence}, if it has one. */
  static OptionalInt objection(String sentence, String language) {
    Pattern all = COMBINED.get("objection|" + language);
    if (all == null) {
      return OptionalInt.empty();
    }
    Matcher m = all.matcher(sentence);
    if (m.find() && (!language.equals("en") || OBJECTION_TOPIC.matcher(sentence).find())) {
      return OptionalInt.of(m.start());
    }
    return OptionalInt.empty();
  }

  /** Whether the speaker of a denial at {@code at} is the accused side: the first party named before the speech verb. */
  static boolean accusedSpeaks(String sentence, int at) {
    Matcher speech = SPEECH.matcher(sentence).region(0, at);
    int verb = -1;
    while (speech.find()) {
      verb = speech.start();
    }
    String speaker;
    if (verb >= 0) {
      speaker = sentence.substring(0, verb);
    } else {
      Matcher after = SPEECH.matcher(sentence).region(at, sentence.length());
      speaker = after.find() ? sentence.substring(after.end(), Math.min(sentence.length(), after.end() + 80))
          : sentence.substring(0, at);
    }
    Boolean first = firstSide(speaker);
    return first != null && first;
  }

  /** TRUE when the first party named is the accused side, FALSE when it is the other side, null when none is named. */
  private static Boolean firstSide(String text) {
    Matcher m = SPEAKER.matcher(text);
    if (!m.find()) {
      return null;
    }
    return m.group("accused") != null;
  }

  private static Map<String, Pattern> combined() {
    Map<String, StringBuilder> parts = new LinkedHashMap<>();
    for (Rule r : RULES) {
      StringBuilder b = parts.computeIfAbsent(r.stance() + "|" + r.language(), k -> new StringBuilder());
      b.append(b.isEmpty() ? "" : "|").append("(?:").append(r.pattern().pattern()).append(')');
    }
    Map<String, Pattern> out = new HashMap<>();
    parts.forEach((k, v) -> out.put(k, Pattern.compile(v.toString(), flags(k.substring(k.indexOf('|') + 1)))));
    return Map.copyOf(out);
  }

  private static int flags(String language) {
    int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return language.equals("en") ? f : f | Pattern.UNICODE_CHARACTER_CLASS;
  }

  private static List<Rule> load() {
    List<Rule> out = new ArrayList<>();
    for (String[] row : ResourceTables.read(Stances.class, "stances.tsv", 3, "stance<TAB>language<TAB>regex")) {
      if (!row[0].equals("denial") && !row[0].equals("objection")) {
        throw new IllegalStateException("stances.tsv: stance must be denial or objection, got '" + row[0] + "'");
      }
      try {
        out.add(new Rule(row[0], row[1], Pattern.compile(row[2], flags(row[1]))));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("stances.tsv: " + row[0] + " rule '" + row[2] + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }
}
