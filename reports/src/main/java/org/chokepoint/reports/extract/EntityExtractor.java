package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds countries, organisations and people in a report. Countries come from a phrase table (names, demonyms,
 * acronyms, seats of government). Organisations and people are runs of capitalised words: a run with a title
 * ("Treasury Secretary Janet Yellen") is a person, named by the words after the last title word; a run ending in or
 * holding an organisation word or legal form is an organisation; any other run is kept only when the lists know it
 * (so "Hikvision" is found because it is listed) or when it is a surname of a person named earlier.
 */
final class EntityExtractor {
  private static final PhraseMatcher<String> PLACES = new PhraseMatcher<>(Lexicon.PLACES, false, false);
  private static final Set<String> CONNECTORS = Set.of("of", "and", "&", "for", "the", "de", "du", "la", "von", "van",
      "al", "bin", "on");
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "as", "despite",
      "according", "while", "moreover", "additionally", "however", "this", "these", "those", "that", "it", "its",
      "their", "there", "specifically", "recent", "amidst", "amid", "after", "before", "since", "with", "for", "by",
      "among", "over", "just", "today", "similarly", "upcoming", "notable", "although", "both", "each", "such", "and",
      "but", "so", "also", "meanwhile", "furthermore", "nonetheless", "yet", "if", "when", "where", "what", "who",
      "why", "how", "all", "many", "some", "several", "most", "sources", "officials", "four", "five", "two", "three",
      "under", "from", "during", "following", "last", "next", "earlier", "later", "now", "then", "here", "our",
      "we", "he", "she", "they", "his", "her", "chinese", "russian", "american", "western", "european", "military",
      "senior", "former", "new", "other", "nearly", "approximately", "about", "around", "more", "less");
  private static final Set<String> NOT_NAMES = Set.of("UAV", "UAVs", "CNC", "GPS", "GNSS", "HS", "IC", "ICs", "AI",
      "CEO", "GDP", "EO", "CHPL", "RCAs", "RCA", "MLCC", "FPGA", "MCU", "I", "II", "III", "OK", "TV", "PhD");
  private static final Pattern PERSON_AFTER = Pattern.compile("^\\s*,\\s*(?:a |the |who |an )?(?:[a-z]+ )?"
      + "(?:spokesperson|spokesman|spokeswoman|official|minister|director|chief|head|president|chairman|ceo"
      + "|adviser|advisor|analyst|professor|researcher|ambassador|secretary|said|told|founder|owner)\\b");
  private static final Pattern PERSON_BEFORE = Pattern.compile(
      "\\b(?:said|says|told|according to|wrote|added|stated)\\s*$", Pattern.CASE_INSENSITIVE);

  private static final Set<String> PERSONAL_TITLES = Set.of("President", "Secretary", "Minister", "Chancellor",
      "Premier", "Mr.", "Ms.", "Mrs.", "Dr.", "Ambassador", "Spokesperson", "Spokesman", "Spokeswoman", "General",
      "Gen.", "Senator", "Sen.", "Rep.", "Governor", "Director", "Chairman", "Chairwoman", "Chair", "CEO", "King",
      "Queen", "Prince", "Judge", "Mayor", "Envoy", "Commissioner", "Leader", "Admiral", "Colonel");

  private static final Set<String> TIME_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October",
      "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

  private final ListLinker linker;

  EntityExtractor(ListLinker linker) {
    this.linker = linker;
  }

  List<EntityMention> extract(String text, List<Sentence> sentences) {
    List<EntityMention> out = new ArrayList<>();
    List<List<Token>> leftovers = new ArrayList<>();
    Map<String, EntityMention> surnames = new HashMap<>();
    for (Sentence s : sentences) {
      List<PhraseMatcher.Hit<String>> places = PLACES.find(text, s.start(), s.end());
      List<Token> tokens = Token.of(text, s.start(), s.end());
      int sentenceFirst = out.size();
      for (List<Token> run : runs(tokens, places)) {
        classify(text, run, places, out, leftovers, surnames);
      }
      for (PhraseMatcher.Hit<String> p : places) {
        boolean insideOrg = out.subList(sentenceFirst, out.size()).stream().anyMatch(e ->
            e.type() == EntityType.ORGANIZATION && e.start() <= p.start() && e.end() >= p.end());
        if (!insideOrg) {
          out.add(new EntityMention(p.text(), EntityType.COUNTRY, p.value().toUpperCase(Locale.ROOT), List.of(),
              p.value().toUpperCase(Locale.ROOT), p.start(), p.end()));
        }
      }
    }
    for (List<Token> run : leftovers) {
      String name = span(text, run);
      EntityMention known = surnames.get(name);
      int start = run.getFirst().start();
      int end = run.getLast().end();
      if (known != null) {
        out.add(new EntityMention(known.name(), EntityType.PERSON, known.id(), known.lists(), "", start, end));
      } else if (OrganisationRoles.fromContext(text, start, end).orElse(null) == OrganisationRole.COMPANY
          && !NOT_NAMES.contains(name) && name.length() >= 3) {
        out.add(new EntityMention(name, EntityType.ORGANIZATION, "", List.of(), "", start, end,
            OrganisationRole.COMPANY));
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::start));
    List<EntityMention> typed = new ArrayList<>(out.size());
    for (EntityMention e : out) {
      typed.add(e.type() != EntityType.ORGANIZATION || e.role() != OrganisationRole.UNKNOWN ? e
          : e.withRole(OrganisationRoles.of(e.name(), !e.id().isEmpty(), text, e.start(), e.end())));
    }
    return List.copyOf(typed);
  }

  private void classify(String text, List<Token> run, List<PhraseMatcher.Hit<String>> places, List<EntityMention> out,
      List<List<Token>> leftovers, Map<String, EntityMention> surnames) {
    int firstRest = 0;
    String country = "";
    while (firstRest < run.size() && placeOf(run.get(firstRest), places) != null) {
      country = country.isEmpty() ? placeOf(run.get(firstRest), places).toUpperCase(Locale.ROOT) : country;
      firstRest++;
    }
    while (firstRest < run.size() && (CONNECTORS.contains(run.get(firstRest).text())
        || placeOf(run.get(firstRest), places) != null)) {
      firstRest++;
    }
    List<Token> rest = run.subList(firstRest, run.size());
    if (rest.isEmpty() || rest.stream().allMatch(t -> t.allCaps() && t.text().length() > 6)) {
      return;
    }
    boolean titled = rest.stream().anyMatch(t -> Lexicon.TITLES.contains(t.text()));
    if (titled) {
      int i = rest.size();
      while (i > 0 && !Lexicon.TITLES.contains(rest.get(i - 1).text())
          && !Lexicon.ORG_WORDS.contains(rest.get(i - 1).text()) && !CONNECTORS.contains(rest.get(i - 1).text())
          && !(rest.get(i - 1).allCaps() && !rest.get(i - 1).text().matches("\\p{Lu}\\."))) {
        i--;
      }
      List<Token> name = rest.subList(i, rest.size());
      boolean personal = i > 0 && PERSONAL_TITLES.contains(rest.get(i - 1).text());
      if (!name.isEmpty() && name.size() <= 4 && (name.size() >= 2 || personal)) {
        person(text, name, out, surnames);
        return;
      }
    }
    boolean orgWord = rest.stream().anyMatch(t -> Lexicon.ORG_WORDS.contains(t.text()))
        && !(rest.size() == 1 && !Lexicon.ORG_WORDS.contains(rest.getFirst().text()));
    if (orgWord && !(rest.size() == 1 && firstRest == 0)) {
      organisation(text, run, country, out);
      return;
    }
    String name = span(text, rest);
    if (rest.size() == 1 && rest.getFirst().allCaps() && name.length() <= 6) {
      if (!NOT_NAMES.contains(name)) {
        out.add(new EntityMention(name, EntityType.ORGANIZATION, "", List.of(), country, rest.getFirst().start(),
            rest.getLast().end()));
      }
      return;
    }
    if (OrganisationRoles.known(name)) {
      organisation(text, rest, country, out);
      return;
    }
    Optional<ListLinker.Link> asOrg = linker.link(name, EntityType.ORGANIZATION).filter(ListLinker.Link::exact);
    if (asOrg.isPresent()) {
      out.add(linked(name, EntityType.ORGANIZATION, asOrg.get(), country, rest));
      return;
    }
    int end = rest.getLast().end();
    int start = rest.getFirst().start();
    boolean looksPerson = rest.size() >= 2 && rest.size() <= 4
        && (PERSON_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find()
            || PERSON_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find());
    if (looksPerson) {
      person(text, rest, out, surnames);
      return;
    }
    if (rest.size() >= 2 && rest.size() <= 4) {
      Optional<ListLinker.Link> asPerson = linker.link(name, EntityType.PERSON);
      if (asPerson.isPresent()) {
        person(text, rest, out, surnames);
        return;
      }
    }
    leftovers.add(rest);
  }

  private void person(String text, List<Token> name, List<EntityMention> out, Map<String, EntityMention> surnames) {
    String written = span(text, name);
    EntityMention known = name.size() == 1 ? surnames.get(written) : null;
    if (known != null) {
      out.add(new EntityMention(known.name(), EntityType.PERSON, known.id(), known.lists(), "",
          name.getFirst().start(), name.getLast().end()));
      return;
    }
    Optional<ListLinker.Link> link = name.size() >= 2 ? linker.link(written, EntityType.PERSON) : Optional.empty();
    EntityMention m = link.map(l -> linked(written, EntityType.PERSON, l, "", name))
        .orElse(new EntityMention(written, EntityType.PERSON, "", List.of(), "", name.getFirst().start(),
            name.getLast().end()));
    out.add(m);
    if (name.size() >= 2) {
      surnames.putIfAbsent(name.getLast().text(), m);
    }
  }

  private void organisation(String text, List<Token> run, String country, List<EntityMention> out) {
    String name = span(text, run);
    Optional<ListLinker.Link> link = linker.link(name, EntityType.ORGANIZATION);
    out.add(link.map(l -> linked(name, EntityType.ORGANIZATION, l, country, run))
        .orElse(new EntityMention(name, EntityType.ORGANIZATION, "", List.of(), country, run.getFirst().start(),
            run.getLast().end())));
  }

  private static EntityMention linked(String name, EntityType type, ListLinker.Link link, String country,
      List<Token> tokens) {
    return new EntityMention(name, type, link.id(), link.lists(), country, tokens.getFirst().start(),
        tokens.getLast().end());
  }

  /** Maximal runs of capitalised words (with inner connectors), minus a sentence's capitalised opening word. */
  private static List<List<Token>> runs(List<Token> tokens, List<PhraseMatcher.Hit<String>> places) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean inPlace = placeOf(t, places) != null;
      boolean cap = t.word() && (t.capitalised() || inPlace) && !TIME_WORDS.contains(t.text());
      boolean connector = !current.isEmpty() && CONNECTORS.contains(t.text()) && i + 1 < tokens.size()
          && (tokens.get(i + 1).capitalised() || CONNECTORS.contains(tokens.get(i + 1).text())
              && i + 2 < tokens.size() && tokens.get(i + 2).capitalised());
      if (cap || connector) {
        if (i == 0 && !inPlace && OPENERS.contains(t.text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        current.add(t);
      } else {
        flush(current, out);
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(List<Token> current, List<List<Token>> out) {
    while (!current.isEmpty() && CONNECTORS.contains(current.getLast().text())) {
      current.removeLast();
    }
    if (!current.isEmpty()) {
      out.add(List.copyOf(current));
      current.clear();
    }
  }

  private static String placeOf(Token t, List<PhraseMatcher.Hit<String>> places) {
    for (PhraseMatcher.Hit<String> p : places) {
      if (p.start() <= t.start() && t.end() <= p.end()) {
        return p.value();
      }
    }
    return null;
  }

  private static String span(String text, List<Token> tokens) {
    return text.substring(tokens.getFirst().start(), tokens.getLast().end());
  }
}
