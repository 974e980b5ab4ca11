package org.chokepoint.lists.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chokepoint.core.model.Name;
import org.chokepoint.core.model.Party;
import org.chokepoint.core.model.Schema;

/**
 * Generates synthetic screening input, seeded: listed names with realistic variation (typos, word order, legal
 * forms, case, native-script aliases) labelled with the party they name, and unlisted company and person names.
 */
public final class NameVariants {
  /** A generated name; {@code expectedParty} is the party it was made from, or "" for an unlisted name. */
  public record Generated(String name, String expectedParty) {}

  private static final String[] FIRST = {"James", "Maria", "Wei", "Olga", "Ahmed", "Sofia", "Hiroshi", "Fatima",
      "Lucas", "Anna", "Carlos", "Elena", "David", "Mei", "Ivan", "Grace", "Pedro", "Amira", "Thomas", "Leila",
      "Samuel", "Nora", "Kenji", "Irina", "Daniel", "Chloe", "Mateo", "Yuki", "Oliver", "Zara", "Emil", "Hana",
      "Victor", "Lina", "Felix", "Clara", "Ravi", "Ingrid", "Marco", "Aisha"};
  private static final String[] LAST = {"Miller", "Garcia", "Chen", "Novak", "Haddad", "Rossi", "Tanaka", "Kowalski",
      "Silva", "Berg", "Moreau", "Jensen", "Okafor", "Lindqvist", "Fischer", "Costa", "Nakamura", "Petrov", "Walsh",
      "Dubois", "Herrera", "Keller", "Sato", "Brennan", "Horvat", "Larsen", "Moretti", "Quinn", "Varga", "Weber",
      "Yilmaz", "Zhou", "Abbott", "Baker", "Carter", "Dalton", "Ellis", "Fowler", "Gibson", "Hayes"};
  private static final String[] PLACE = {"Nordic", "Pacific", "Alpine", "Baltic", "Coastal", "Eastern", "Golden",
      "Harbor", "Lakeside", "Northern", "Prairie", "Riverside", "Summit", "Sunrise", "Westfield", "Bluewater",
      "Redwood", "Silverline", "Oakridge", "Meadow"};
  private static final String[] TRADE = {"Logistics", "Foods", "Textiles", "Furniture", "Paper", "Ceramics",
      "Plastics", "Dairy", "Printing", "Packaging", "Timber", "Bakery", "Garden", "Fisheries", "Cosmetics", "Optical",
      "Tools", "Marine", "Freight", "Apparel"};
  private static final String[] FORMS = {"Co., Ltd.", "LLC", "Limited", "GmbH", "S.A.", "Inc.", "OOO", "JSC", "AB",
      "Pte. Ltd."};

  private final List<Party> parties;
  private final Random random;

  public NameVariants(List<Party> parties, long seed) {
    if (parties.isEmpty()) {
      throw new IllegalArgumentException("no parties to draw listed names from");
    }
    this.parties = parties;
    this.random = new Random(seed);
  }

  /** {@code count} names, about {@code listedShare} of them listed. */
  public List<Generated> generate(int count, double listedShare) {
    List<Generated> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(random.nextDouble() < listedShare ? listed() : unlisted());
    }
    return out;
  }

  private Generated listed() {
    Party p = parties.get(random.nextInt(parties.size()));
    List<Name> names = p.names().stream().filter(n -> !n.kind().isWeak()).toList();
    String name = (names.isEmpty() ? p.names() : names).get(random.nextInt(Math.max(1, names.size()))).value();
    int variation = random.nextInt(6);
    name = switch (variation) {
      case 0 -> typo(name);
      case 1 -> p.schema() == Schema.PERSON ? reorder(name) : changeLegalForm(name);
      case 2 -> recase(name);
      case 3 -> typo(recase(name));
      default -> name;
    };
    return new Generated(name, p.id());
  }

  private Generated unlisted() {
    if (random.nextBoolean()) {
      return new Generated(pick(FIRST) + " " + (random.nextInt(4) == 0 ? pick(FIRST) + " " : "") + pick(LAST), "");
    }
    return new Generated(pick(PLACE) + " " + pick(TRADE) + " " + pick(FORMS), "");
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private String typo(String name) {
    String[] words = name.split(" ");
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() >= 6 && words[i].chars().allMatch(Character::isLetter)) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return name;
    }
    int w = candidates.get(random.nextInt(candidates.size()));
    StringBuilder word = new StringBuilder(words[w]);
    int at = 1 + random.nextInt(word.length() - 2);
    switch (random.nextInt(4)) {
      case 0 -> word.deleteCharAt(at);
      case 1 -> word.insert(at, word.charAt(at));
      case 2 -> {
        char c = word.charAt(at);
        word.setCharAt(at, word.charAt(at + 1));
        word.setCharAt(at + 1, c);
      }
      default -> word.setCharAt(at, (char) ('a' + random.nextInt(26)));
    }
    words[w] = word.toString();
    return String.join(" ", words);
  }

  private String reorder(String name) {
    int comma = name.indexOf(',');
    if (comma > 0) {
      return name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
    }
    String[] words = name.split(" ");
    if (words.length < 2) {
      return name;
    }
    return words[words.length - 1] + ", " + String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
  }

  private String changeLegalForm(String name) {
    String stripped = name.replaceAll("(?i)[,.]?\\s+(co\\.?,? ?ltd\\.?|llc|limited|ltd\\.?|inc\\.?|jsc|gmbh)$", "");
    return stripped.equals(name) ? name + " " + pick(FORMS) : stripped;
  }

  private String recase(String name) {
    return random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
  }
}
