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

  /** Given and family names in other scripts, for unlisted names that look like real-world input. */
  private static final String[][][] SCRIPTS = {
      {{"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "桂兰", "志强", "建华"},
          {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何"}},
      {{"민준", "서연", "지훈", "수빈", "현우", "지민", "예은", "도윤", "하은", "성민", "영희", "철수"},
          {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"}},
      {{"翔太", "陽菜", "蓮", "結衣", "大輝", "美咲", "健一", "さくら", "ゆうき", "はると"},
          {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"}},
      {{"محمد", "أحمد", "علي", "حسن", "فاطمة", "مريم", "يوسف", "خالد", "عمر", "ليلى", "سارة", "إبراهيم"},
          {"الحسيني", "العلي", "الخطيب", "حداد", "النجار", "السعدي", "منصور", "عباس", "الشامي", "يوسف"}},
      {{"Иван", "Сергей", "Ольга", "Наталья", "Андрей", "Елена", "Дмитрий", "Татьяна", "Павел", "Анна"},
          {"Смирнова", "Кузнецов", "Попов", "Васильева", "Соколов", "Михайлов", "Новикова", "Фёдоров", "Морозов"}},
      {{"Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα", "Γιάννης", "Σοφία"},
          {"Παπαδόπουλος", "Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Νικολάου", "Βασιλείου"}},
      {{"דוד", "שרה", "יוסף", "רחל", "משה", "מרים", "אברהם", "נועה"},
          {"כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן"}},
      {{"สมชาย", "สมศรี", "ประเสริฐ", "มาลี", "วิชัย", "สุดา"}, {"ใจดี", "ศรีสุข", "วงศ์ไทย", "บุญมา", "แสงทอง"}},
      {{"राहुल", "प्रिया", "अमित", "सुनीता", "विजय", "अनीता"}, {"शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल", "यादव"}}};
  private static final String[] LATIN_GIVEN = {"Aoife", "Bartosz", "Chidi", "Dagny", "Emeka", "Fionnuala", "Gustavo",
      "Henrik", "Ifeoma", "Jurgen", "Kwame", "Lorenzo", "Malgorzata", "Nnamdi", "Oskar", "Priyanka", "Rasmus",
      "Siobhan", "Tadeusz", "Ulrike", "Valentina", "Wojciech", "Ximena", "Yusuf", "Zoltan", "Beatriz", "Thanh",
      "Nguyen", "Mehmet", "Ayse"};
  private static final String[] LATIN_FAMILY = {"Adeyemi", "Bjornsson", "Castellanos", "Dvorak", "Eriksen",
      "Fitzgerald", "Gonzaga", "Hakobyan", "Ivanauskas", "Jablonski", "Kowalczyk", "Lindgren", "Mwangi", "Nakashima",
      "Oyelaran", "Pietrzak", "Quispe", "Rautio", "Szabo", "Tran", "Uzunov", "Vasquez", "Wisniewski", "Yildiz",
      "Zielinski", "Okonkwo", "Haugland", "Ferreira", "Demir", "Pham"};

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

  /**
   * A realistic screening mix: {@code listedShare} listed names (a typo, reordering or recasing, or a native-script
   * alias as the list gives it), the rest unlisted persons and companies from many countries, half of them in
   * non-Latin scripts (Han, Hangul, Kana/Kanji, Arabic, Cyrillic, Greek, Hebrew, Thai, Devanagari).
   */
  public List<Generated> realistic(int count, double listedShare) {
    List<Generated> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (random.nextDouble() < listedShare) {
        out.add(random.nextInt(5) == 0 ? nativeAlias() : listed());
      } else if (random.nextBoolean()) {
        out.add(random.nextInt(4) == 0 ? unlisted() : new Generated(pick(LATIN_GIVEN) + " " + pick(LATIN_FAMILY), ""));
      } else {
        out.add(new Generated(foreign(SCRIPTS[random.nextInt(SCRIPTS.length)]), ""));
      }
    }
    return out;
  }

  private String foreign(String[][] script) {
    String given = script[0][random.nextInt(script[0].length)];
    String family = script[1][random.nextInt(script[1].length)];
    boolean familyFirst = script == SCRIPTS[0] || script == SCRIPTS[1] || script == SCRIPTS[2];
    String sep = familyFirst && random.nextBoolean() ? "" : " ";
    return familyFirst ? family + sep + given : given + " " + family;
  }

  /** A listed party's name in a non-Latin script, when it has one; else a listed variant. */
  private Generated nativeAlias() {
    for (int tries = 0; tries < 20; tries++) {
      Party p = parties.get(random.nextInt(parties.size()));
      for (Name n : p.names()) {
        String script = CrossScriptSet.mainScript(n.value());
        if (script != null && !script.equals("latin")) {
          return new Generated(n.value(), p.id());
        }
      }
    }
    return listed();
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
