package org.chokepoint.reports.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads claims from a sentence by trigger phrases and the roles of the entities around them: the agent is the
 * nearest country or organisation before the trigger that is not the object of a preposition ("to Russia") or a
 * possessive modifier ("Russia's buildup"; but "China's support" is an agent); the passive "provided by X" and
 * "sourced from X" name the supplier after the trigger; the recipient is a country after the trigger, or one
 * introduced by "to"/"for", other than the supplier. Negated supply ("has not provided", "refrained from") is not a
 * supply claim.
 */
final class ClaimExtractor {
  private static final Pattern SUPPLY = Pattern.compile("\\b(?:suppl(?:y|ies|ied|ying)|supplier|provid(?:e|es|ed"
      + "|ing)|export(?:s|ed|ing)?|sell(?:s|ing)?|sold|sales|ship(?:s|ped|ping)|deliver(?:s|ed|ing|ies)?|sourced"
      + "|came\\s+from|come\\s+from|originat(?:ed|ing|es)\\s+from|transfer(?:s|red|ring)?|assist(?:s|ed|ing)?"
      + "|assistance|support(?:s|ed|ing)?|help(?:s|ed|ing)?|conduits?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|refrain(?:ed|s)?\\s+from|denies|denied"
      + "|deny|without|yet\\s+to)\\b[^.;]{0,30}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMPORT_BAN = Pattern.compile("\\b(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?"
      + "|bar(?:s|red|ring)?)\\b[^.;]{0,60}?\\bimport(?:s|ation|ing)?\\b|\\bimport\\s+ban|\\bno\\s+longer\\s+accept",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPORT_BAN = Pattern.compile("\\b(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?"
      + "|bar(?:s|red|ring)?|restrict(?:s|ed|ing|ions?)?)\\b[^.;]{0,40}?\\bexport(?:s|ation|ing)?\\s+(?:of|to)\\b"
      + "|\\bexport\\s+(?:ban|restrictions?|controls?)\\s+on\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LISTING = Pattern.compile("\\b(?:add(?:s|ed|ing)?|plac(?:e|es|ed|ing)|list(?:s|ed"
      + "|ing)?)\\b[^.;]{0,120}\\bentity\\s+list\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SANCTION = Pattern.compile("\\b(?:(?:has|have|had|was|were|been|previously|also)\\s+)"
      + "*sanctioned\\b|\\bimpos(?:e|es|ed|ing)\\s+(?:[a-z]+\\s+){0,3}(?:sanctions|restrictions)\\s+on\\b"
      + "|\\bsanctions\\s+(?:on|against|targeting)\\b|\\bdesignat(?:ed|es|ing)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern STATEMENT = Pattern.compile("[\"“][^\"”]{20,}[\"”]|\\b(?:said|stated|added|told"
      + "|according\\s+to)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED = Pattern.compile("[\"“]");
  private static final Pattern OBJECT_PREPOSITION = Pattern.compile("\\b(?:to|for|with|in|into|against|on|at"
      + "|of|within|over|about|across|toward|towards|since|during|after|before|under|among|than|as|targeting|by|from"
      + "|affecting)\\s+(?:the\\s+|a\\s+|an\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADJECTIVAL = Pattern.compile(".*(?:ese|ian|an|ish|ic|i|ch|et|ak|yz)$");
  private static final Pattern AGENT_AFTER_ADJECTIVE = Pattern.compile("^\\s+(?:[a-z-]+\\s+)?(?:companies|company"
      + "|firms?|entities|entity|suppliers?|manufacturers?|exporters?|government|authorities|officials|embassy"
      + "|state|traders?|businesses|banks?|producers?|vendors?|networks?|intermediaries|distributors?)\\b");
  private static final Pattern AGENT_NOUN = Pattern.compile("^\\s*['’]s\\s+(?:[a-z]+\\s+){0,2}(?:support|assistance"
      + "|help|aid|exports?|sales|supplies|deliveries|provision)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSSESSIVE = Pattern.compile("^\\s*['’]s\\b");
  private static final Pattern BY_OR_FROM = Pattern.compile("^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:by|from)\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PASSIVE = Pattern.compile("(?i).*(?:ed|sold|from)$|sourced");
  private static final Pattern NOMINAL = Pattern.compile("(?i)support|assistance|help|conduits?|sales|supplier"
      + "|deliveries");
  private static final Pattern NOT_SUPPLY_BEFORE = Pattern.compile("(?:restrictions?|bans?|controls?|curbs?|limits?"
      + "|licen[cs]es?)\\s+(?:on|for)\\s+(?:the\\s+)?$|\\b(?:prohibit|ban|bar|restrict|block)\\w*\\s+(?:the\\s+)?"
      + "(?:[\\w-]+,?\\s+(?:or\\s+|and\\s+)?){0,4}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_AGENT_AFTER = Pattern.compile("^\\s*[-–]?\\s*(?:export\\s+controls?|national"
      + "\\s+security|foreign\\s+policy|origin|branded|intelligence|laws?|dollars?|sanctions|embassy)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_SUPPLY_AFTER = Pattern.compile("^\\s+(?:revenues?|controls?|restrictions?|bans?"
      + "|licen[cs]es?|earnings|duties|quotas?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TWO_NATIONS = Pattern.compile("\\b(?:the\\s+two\\s+(?:nations|countries|sides"
      + "|neighbou?rs)|bilateral|between\\s+them)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FLOW = Pattern.compile("\\b(?:imports?|exports?|trade|sales|supplies|shipments"
      + "|turnover|purchases|deliveries)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUBJECT_PHRASE = Pattern.compile("((?:[A-Z][\\p{L}.’'-]*\\s+){0,4}"
      + "(?:administration|government|department|ministry|treasury|commerce|bureau|office|officials?|embassy)"
      + "(?:\\s+of\\s+[A-Z][\\p{L}]*)*)", Pattern.CASE_INSENSITIVE);

  private ClaimExtractor() {}

  /** The sentence's claims. {@code context} holds the countries of the sentences before it, nearest last. */
  static List<Claim> find(String text, Sentence s, List<EntityMention> entities, List<GoodsMention> goods,
      List<EndUse> endUses, List<Figure> figures, List<EntityMention> context) {
    List<Claim> out = new ArrayList<>();
    String sentence = s.text();
    List<String> uses = endUses.stream().map(EndUse::use).distinct().toList();
    OptionalInt denialAt = Stances.denial(sentence, "en");
    boolean denial = denialAt.isPresent();
    if (denial) {
      int at = s.start() + denialAt.getAsInt();
      EntityMention actor = agent(text, entities, at, s.start()).stream().findFirst().orElse(null);
      out.add(claim(ClaimKind.DENIAL, actor, null, goods, uses, null, Period.NONE, List.of(), s,
          actor == null ? subjectPhrase(sentence, denialAt.getAsInt()) : ""));
    }
    OptionalInt objectionAt = Stances.objection(sentence, "en");
    if (objectionAt.isPresent()) {
      int at = s.start() + objectionAt.getAsInt();
      EntityMention actor = agent(text, entities, at, s.start()).stream().findFirst().orElse(null);
      out.add(claim(ClaimKind.OBJECTION, actor, null, List.of(), List.of(), null, Period.NONE, List.of(), s,
          actor == null ? subjectPhrase(sentence, objectionAt.getAsInt()) : ""));
    }
    Matcher listing = LISTING.matcher(sentence);
    if (listing.find()) {
      action(ClaimKind.ENTITY_LISTING, text, s, listing.start(), entities, goods, uses, figures, out);
    } else {
      Matcher sanction = SANCTION.matcher(sentence);
      if (sanction.find()) {
        action(ClaimKind.SANCTION, text, s, sanction.start(), entities, goods, uses, figures, out);
      }
    }
    Matcher importBan = IMPORT_BAN.matcher(sentence);
    if (importBan.find()) {
      action(ClaimKind.IMPORT_BAN, text, s, importBan.start(), entities, goods, uses, figures, out);
    }
    Matcher exportBan = EXPORT_BAN.matcher(sentence);
    if (exportBan.find()) {
      action(ClaimKind.EXPORT_BAN, text, s, exportBan.start(), entities, goods, uses, figures, out);
    }
    figureClaims(text, s, entities, goods, figures, context, uses, out);
    if (!denial) {
      supply(text, s, entities, goods, uses, out);
    }
    if (out.isEmpty() && QUOTED.matcher(sentence).find() && STATEMENT.matcher(sentence).find()) {
      EntityMention speaker = entities.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElse(null);
      out.add(claim(ClaimKind.STATEMENT, speaker, null, goods, uses, null, Period.NONE, List.of(), s,
          speaker == null ? subjectPhrase(sentence, sentence.length()) : ""));
    }
    return out;
  }

  private static void supply(String text, Sentence s, List<EntityMention> entities, List<GoodsMention> goods,
      List<String> uses, List<Claim> out) {
    List<Matcher> triggers = new ArrayList<>();
    Matcher m = SUPPLY.matcher(s.text());
    while (m.find()) {
      int at = s.start() + m.start();
      if (NEGATION.matcher(text.substring(Math.max(s.start(), at - 40), at)).find()) {
        return;
      }
      boolean nominal = NOMINAL.matcher(m.group()).matches();
      boolean goodsSoon = goods.stream().anyMatch(g -> g.start() >= at && g.start() - at < 90);
      if (!NOT_SUPPLY_AFTER.matcher(s.text().substring(m.end())).find()
          && !NOT_SUPPLY_BEFORE.matcher(s.text().substring(0, m.start())).find() && (!nominal || goodsSoon)) {
        triggers.add(SUPPLY.matcher(s.text()).region(m.start(), s.text().length()));
      }
    }
    List<EntityMention> suppliers = List.of();
    int chosen = -1;
    int chosenEnd = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Matcher t : triggers) {
      t.find();
      int at = s.start() + t.start();
      int end = s.start() + t.end();
      List<EntityMention> found = List.of();
      if (PASSIVE.matcher(t.group()).matches()) {
        Matcher byFrom = BY_OR_FROM.matcher(text).region(end, s.end());
        if (byFrom.find()) {
          int after = byFrom.end();
          found = entities.stream().filter(e -> e.start() >= after && e.type() != EntityType.PERSON).toList();
          if (!found.isEmpty()) {
            suppliers = found;
            chosen = at;
            chosenEnd = end;
            break;
          }
        }
      }
      found = agent(text, entities, at, s.start());
      if (!found.isEmpty() && at - found.getLast().end() < bestDistance) {
        bestDistance = at - found.getLast().end();
        suppliers = found;
        chosen = at;
        chosenEnd = end;
      }
    }
    if (suppliers.isEmpty()) {
      return;
    }
    int at = chosen;
    boolean passive = PASSIVE.matcher(text.substring(chosen, chosenEnd)).matches();
    List<GoodsMention> supplied = new ArrayList<>(goods.stream()
        .filter(g -> g.start() > at || passive && !g.kind().equals("service"))
        .filter(g -> !text.substring(Math.max(s.start(), g.start() - 4), g.start()).matches("(?i).*\\bfor\\s+$")
            || !Lexicon.END_USES.containsKey(g.name().toLowerCase(java.util.Locale.ROOT)))
        .toList());
    List<EntityMention> agents = suppliers;
    boolean namedGoods = !supplied.isEmpty();
    for (EntityMention e : agents) {
      if (e.type() == EntityType.ORGANIZATION && !namedGoods) {
        goods.stream().filter(g -> g.start() >= e.start() && g.end() <= e.end()).forEach(supplied::add);
      }
    }
    supplied.removeIf(g -> entities.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
        && g.start() >= e.start() && g.end() <= e.end() && !agents.contains(e)));
    if (supplied.isEmpty()) {
      return;
    }
    Set<String> supplierCountries = new LinkedHashSet<>();
    agents.forEach(e -> supplierCountries.add(e.type() == EntityType.COUNTRY ? e.id() : e.country()));
    EntityMention recipient = recipient(text, entities, at, s, supplierCountries);
    List<EntityMention> parties = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION
        && !agents.contains(e)).toList();
    for (EntityMention supplier : agents) {
      for (GoodsMention g : distinctGoods(supplied)) {
        out.add(claim(ClaimKind.SUPPLY, supplier, recipient, List.of(g), uses, null, Period.NONE, parties, s, ""));
      }
    }
  }

  private static void figureClaims(String text, Sentence s, List<EntityMention> entities, List<GoodsMention> goods,
      List<Figure> figures, List<EntityMention> context, List<String> uses, List<Claim> out) {
    for (Figure f : figures) {
      if (f.unit().equals("count")) {
        continue;
      }
      boolean percent = f.unit().equals("%");
      List<GoodsMention> about = goods.stream().filter(g -> f.about().toLowerCase().contains(g.name().toLowerCase()))
          .toList();
      List<GoodsMention> measured = about.isEmpty() ? goods : about;
      boolean flow = FLOW.matcher(f.about()).find() || !about.isEmpty() || percent && !goods.isEmpty()
          || !percent && FLOW.matcher(s.text()).find();
      if (!flow) {
        continue;
      }
      EntityMention importer = possessiveIn(text, entities, f.about(), Math.max(s.start(), f.start() - 25), s.end());
      EntityMention exporter = null;
      Matcher from = Pattern.compile("\\b(?:from|by)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE).matcher("");
      for (EntityMention e : entities) {
        String before = text.substring(Math.max(s.start(), e.start() - 20), e.start());
        if (e.type() != EntityType.PERSON && from.reset(before).find() && e.start() > f.start()) {
          exporter = e;
          break;
        }
      }
      if (exporter == null && percent) {
        exporter = agent(text, entities, f.start(), s.start()).stream().findFirst().orElse(null);
      }
      if (percent) {
        out.add(claim(ClaimKind.SHARE, exporter, importer, measured.isEmpty() ? List.of() : List.of(measured.getFirst()),
            uses, f, f.period(), List.of(), s, ""));
        continue;
      }
      if (TWO_NATIONS.matcher(s.text()).find() && importer == null) {
        List<EntityMention> pair = countries(entities, context);
        if (pair.size() == 2) {
          out.add(claim(ClaimKind.TRADE_VALUE, pair.get(0), pair.get(1), List.of(), uses, f, f.period(), List.of(),
              s, ""));
        }
        continue;
      }
      if (importer != null || !about.isEmpty()) {
        out.add(claim(ClaimKind.TRADE_VALUE, null, importer, measured.isEmpty() ? List.of()
            : List.of(measured.getFirst()), uses, f, f.period(), List.of(), s, ""));
      }
    }
  }

  private static void action(ClaimKind kind, String text, Sentence s, int triggerInSentence,
      List<EntityMention> entities, List<GoodsMention> goods, List<String> uses, List<Figure> figures,
      List<Claim> out) {
    int at = s.start() + triggerInSentence;
    List<EntityMention> actors = agent(text, entities, at, s.start());
    EntityMention actor = actors.isEmpty() ? null : actors.getFirst();
    Set<String> actorCountries = new LinkedHashSet<>();
    actors.forEach(a -> actorCountries.add(a.type() == EntityType.COUNTRY ? a.id() : a.country()));
    EntityMention target = entities.stream()
        .filter(e -> e.start() > at && e.type() == EntityType.COUNTRY && !actorCountries.contains(e.id()))
        .findFirst()
        .orElse(entities.stream().filter(e -> e.type() == EntityType.COUNTRY && !actorCountries.contains(e.id())
            && !actors.contains(e)).findFirst().orElse(null));
    Figure count = figures.stream().filter(f -> f.unit().equals("count") && f.start() > at).findFirst()
        .orElse(figures.stream().filter(f -> f.unit().equals("count")).findFirst().orElse(null));
    List<EntityMention> parties = entities.stream().filter(e -> e.type() != EntityType.COUNTRY && e.start() > at)
        .toList();
    String actorText = actor == null ? subjectPhrase(s.text(), triggerInSentence) : "";
    if (actors.size() > 1) {
      actorText = String.join(" and ", actors.stream().map(EntityMention::name).toList());
    }
    out.add(claim(kind, actor, target, distinctGoods(goods), uses, count, count == null ? Period.NONE
        : count.period(), parties, s, actorText));
  }

  /**
   * The agents of a trigger: the nearest country or organisation before it that is not a preposition's object or a
   * possessive modifier, with those joined to it by "and" or commas ("China and Hong Kong").
   */
  private static List<EntityMention> agent(String text, List<EntityMention> entities, int trigger, int sentenceStart) {
    List<EntityMention> candidates = new ArrayList<>();
    EntityMention previous = null;
    boolean previousObject = false;
    for (EntityMention e : entities) {
      if (e.end() > trigger || e.type() == EntityType.PERSON) {
        continue;
      }
      String before = text.substring(Math.max(sentenceStart, e.start() - 15), e.start());
      String after = text.substring(e.end(), Math.min(text.length(), e.end() + 40));
      boolean agentNoun = AGENT_NOUN.matcher(after).find();
      boolean coordinated = previous != null && previous.end() <= e.start()
          && text.substring(previous.end(), e.start()).matches("\\s*(?:,|and|or|,\\s*and|,\\s*or)\\s*");
      boolean object = (OBJECT_PREPOSITION.matcher(before).find() || coordinated && previousObject) && !agentNoun;
      previous = e;
      previousObject = object;
      boolean possessive = POSSESSIVE.matcher(after).find() && !agentNoun;
      boolean modifier = e.type() == EntityType.COUNTRY && ADJECTIVAL.matcher(e.name()).matches()
          && !AGENT_AFTER_ADJECTIVE.matcher(after).find();
      if (!object && !possessive && !modifier && !NOT_AGENT_AFTER.matcher(after).find()) {
        candidates.add(e);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<EntityMention> out = new ArrayList<>();
    EntityMention last = candidates.getLast();
    out.add(last);
    for (int i = candidates.size() - 2; i >= 0; i--) {
      EntityMention c = candidates.get(i);
      String between = text.substring(c.end(), out.getFirst().start());
      if (between.matches("\\s*(?:,|and|,\\s*and)\\s*")) {
        out.addFirst(c);
      } else {
        break;
      }
    }
    return List.copyOf(out);
  }

  private static EntityMention recipient(String text, List<EntityMention> entities, int trigger, Sentence s,
      Set<String> supplierCountries) {
    EntityMention fallback = null;
    for (EntityMention e : entities) {
      if (e.type() != EntityType.COUNTRY || supplierCountries.contains(e.id())) {
        continue;
      }
      String before = text.substring(Math.max(s.start(), e.start() - 12), e.start()).toLowerCase();
      if (before.matches(".*\\b(?:against|in|within|inside)\\s+(?:the\\s+)?$")) {
        continue;
      }
      if (e.start() > trigger) {
        return e;
      }
      if (before.matches(".*\\b(?:to|for|with)\\s+(?:the\\s+)?$") || fallback == null) {
        fallback = e;
      }
    }
    return fallback;
  }

  private static EntityMention possessiveIn(String text, List<EntityMention> entities, String about, int from,
      int to) {
    EntityMention near = null;
    for (EntityMention e : entities) {
      if (e.type() != EntityType.COUNTRY
          || !POSSESSIVE.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + 3))).find()) {
        continue;
      }
      if (about.contains(e.name() + "'s") || about.contains(e.name() + "’s")) {
        return e;
      }
      if (near == null && e.start() >= from && e.start() < to && e.end() <= from + 25) {
        near = e;
      }
    }
    return near;
  }

  private static List<EntityMention> countries(List<EntityMention> entities, List<EntityMention> context) {
    List<EntityMention> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.COUNTRY && seen.add(e.id())) {
        out.add(e);
      }
    }
    for (int i = context.size() - 1; i >= 0 && out.size() < 2; i--) {
      EntityMention e = context.get(i);
      if (e.type() == EntityType.COUNTRY && seen.add(e.id())) {
        out.add(e);
      }
    }
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out.size() > 2 ? out.subList(0, 2) : out;
  }

  private static List<GoodsMention> distinctGoods(List<GoodsMention> goods) {
    List<GoodsMention> out = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (GoodsMention g : goods) {
      if (keys.add(g.name().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replaceAll("s$", ""))) {
        out.add(g);
      }
    }
    return out;
  }

  private static String subjectPhrase(String sentence, int before) {
    Matcher m = SUBJECT_PHRASE.matcher(sentence.substring(0, Math.max(0, Math.min(before, sentence.length()))));
    String found = "";
    while (m.find()) {
      found = m.group(1).strip();
    }
    return found;
  }

  private static Claim claim(ClaimKind kind, EntityMention actor, EntityMention target, List<GoodsMention> goods,
      List<String> uses, Figure figure, Period period, List<EntityMention> parties, Sentence s, String actorText) {
    return new Claim(kind, actor == null ? actorText : actor.name(), actor == null ? "" : actorId(actor),
        target == null ? "" : target.name(), target == null ? "" : actorId(target), goods, uses, figure, period,
        parties, s.text(), s.start(), s.end());
  }

  private static String actorId(EntityMention e) {
    return e.id();
  }
}
