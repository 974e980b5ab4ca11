package org.chokepoint.reports.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.extract.Claim;
import org.chokepoint.reports.extract.ClaimKind;
import org.chokepoint.reports.extract.EndUse;
import org.chokepoint.reports.extract.EntityMention;
import org.chokepoint.reports.extract.EntityType;
import org.chokepoint.reports.extract.Figure;
import org.chokepoint.reports.extract.GoodsMention;

/**
 * Builds stories from clustered documents: merges equivalent claims (same kind, parties and goods group), counts the
 * documents and independent sources behind each, and says where the documents disagree on a figure, its qualifier
 * or its period. Every merged statement keeps all its citations.
 */
public final class Consolidator {
  private Consolidator() {}

  /** The stories of a run, in order of their first document; ids come from {@link StoryIds}. */
  public static List<Story> stories(List<ReportDocument> docs, StoryClusterer.Clusters clusters) {
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i).ok()) {
        members.computeIfAbsent(clusters.story()[i], k -> new ArrayList<>()).add(i);
      }
    }
    List<Story> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (List<Integer> m : members.values()) {
      List<ReportEvent> events = m.stream().map(i -> clusters.events().get(i)).toList();
      String id = StoryIds.of(events, m.stream().map(i -> docs.get(i).doc()).toList());
      for (int n = 2; !ids.add(id); n++) {
        id = id.replaceFirst("(-\\d+)?$", "") + "-" + n;
      }
      out.add(story(id, docs, m, clusters.sourceGroup(), StoryIds.representative(events)));
    }
    return out;
  }

  /**
   * Claims made in two or more stories (statements aside), most repeated first: how often a figure or an accusation
   * travels from one event to the next.
   */
  public static List<RepeatedClaim> acrossStories(List<Story> stories) {
    Map<String, List<Story>> byKey = new LinkedHashMap<>();
    Map<String, ConsolidatedClaim> first = new LinkedHashMap<>();
    Map<String, Integer> documents = new LinkedHashMap<>();
    for (Story s : stories) {
      for (ConsolidatedClaim c : s.claims()) {
        if (c.kind() == ClaimKind.STATEMENT) {
          continue;
        }
        byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(s);
        first.putIfAbsent(c.key(), c);
        documents.merge(c.key(), c.documents(), Integer::sum);
      }
    }
    List<RepeatedClaim> out = new ArrayList<>();
    for (Map.Entry<String, List<Story>> e : byKey.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      List<Story> in = new ArrayList<>(e.getValue());
      in.sort((a, b) -> eventDate(a).compareTo(eventDate(b)));
      ConsolidatedClaim c = first.get(e.getKey());
      out.add(new RepeatedClaim(e.getKey(), c.kind(), c.summary(), in.stream().map(Story::id).toList(),
          in.stream().map(Consolidator::eventDate).toList(), documents.get(e.getKey())));
    }
    out.sort((a, b) -> b.stories().size() != a.stories().size() ? b.stories().size() - a.stories().size()
        : a.key().compareTo(b.key()));
    return out;
  }

  private static String eventDate(Story s) {
    return s.timeline().stream().filter(e -> e.what().startsWith("event: ")).map(Story.Event::date).findFirst()
        .orElse("");
  }

  /** The key under which equivalent claims merge. */
  public static String key(Claim c) {
    String goods = c.goods().stream().map(GoodsMention::key).distinct().sorted().collect(Collectors.joining("+"));
    String actor = party(c.actorId(), c.actor());
    String target = party(c.targetId(), c.target());
    return switch (c.kind()) {
      case SUPPLY, SHARE -> c.kind() + "|" + actor + "|" + target + "|" + goods;
      case TRADE_VALUE -> c.kind() + "|" + (actor.compareTo(target) <= 0 ? actor + "|" + target
          : target + "|" + actor) + "|" + goods;
      case ENTITY_LISTING -> c.kind() + "|" + (c.figure() == null ? "" : Math.round(c.figure().value()));
      case SANCTION, IMPORT_BAN, EXPORT_BAN -> c.kind() + "|" + target + "|" + goods;
      case DENIAL, OBJECTION -> c.kind() + "|" + actor;
      case STATEMENT -> c.kind() + "|" + actor + "|" + Integer.toHexString(c.evidence().hashCode());
    };
  }

  private static String party(String id, String name) {
    return id.isEmpty() ? name.toLowerCase(Locale.ROOT) : id;
  }

  private static Story story(String id, List<ReportDocument> docs, List<Integer> indexes, int[] sourceGroups,
      ReportEvent event) {
    List<Story.Member> memberList = new ArrayList<>();
    Map<String, List<Claim>> byKey = new LinkedHashMap<>();
    Map<String, List<String>> claimDocs = new LinkedHashMap<>();
    Map<String, Story.Party> parties = new LinkedHashMap<>();
    Map<String, Set<String>> goodsNames = new LinkedHashMap<>();
    Map<String, GoodsMention> goodsFirst = new LinkedHashMap<>();
    Map<String, Set<String>> goodsDocs = new LinkedHashMap<>();
    Set<String> endUses = new LinkedHashSet<>();
    List<Story.Event> timeline = new ArrayList<>();
    Map<String, Integer> groupOf = new LinkedHashMap<>();
    String title = "";
    for (int i : indexes) {
      ReportDocument d = docs.get(i);
      groupOf.put(d.doc(), sourceGroups[i]);
      memberList.add(new Story.Member(d.doc(), d.title(), d.url(), d.published(), sourceGroups[i]));
      if (!d.published().isEmpty()) {
        timeline.add(new Story.Event(d.published(), "published: " + (d.title().isEmpty() ? d.doc() : d.title()),
            d.doc()));
      }
      for (Claim c : d.extraction().claims()) {
        String k = key(c);
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
        claimDocs.computeIfAbsent(k, x -> new ArrayList<>()).add(d.doc());
      }
      for (EntityMention e : d.extraction().entities()) {
        if (e.type() == EntityType.COUNTRY) {
          continue;
        }
        Story.Party known = parties.get(e.key());
        List<String> in = new ArrayList<>(known == null ? List.of() : known.docs());
        if (!in.contains(d.doc())) {
          in.add(d.doc());
        }
        String name = known == null || e.name().length() > known.name().length() ? e.name() : known.name();
        String role = e.type() != EntityType.ORGANIZATION ? ""
            : known == null || known.role().equals("unknown") ? e.role().label() : known.role();
        parties.put(e.key(), new Story.Party(name, e.type().name(), e.id(), e.lists(), in, role));
      }
      for (GoodsMention g : d.extraction().goods()) {
        goodsNames.computeIfAbsent(g.key(), x -> new LinkedHashSet<>()).add(g.name().toLowerCase(Locale.ROOT));
        goodsFirst.putIfAbsent(g.key(), g);
        goodsDocs.computeIfAbsent(g.key(), x -> new LinkedHashSet<>()).add(d.doc());
      }
      d.extraction().endUses().stream().map(EndUse::use).forEach(endUses::add);
    }
    title = title(docs, indexes);
    if (!event.date().isEmpty()) {
      timeline.add(new Story.Event(event.date(), "event: " + (event.action().isEmpty() ? "reported" : event.action())
          + (event.actor().isEmpty() ? "" : " (" + display(event.actor(), event.actor()) + ")"), ""));
    }
    List<ConsolidatedClaim> claims = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : byKey.entrySet()) {
      claims.add(merge(e.getKey(), e.getValue(), claimDocs.get(e.getKey()), groupOf, timeline));
    }
    claims.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind())
        : Integer.compare(b.independentSources(), a.independentSources()));
    List<Story.Goods> goods = new ArrayList<>();
    goodsFirst.forEach((k, g) -> goods.add(new Story.Goods(k, List.copyOf(goodsNames.get(k)), g.kind(), g.hs(),
        g.chplTiers(), List.copyOf(goodsDocs.get(k)))));
    timeline.sort((a, b) -> a.date().compareTo(b.date()));
    return new Story(id, title, memberList, claims, List.copyOf(parties.values()), goods, List.copyOf(endUses),
        timeline);
  }

  /** The story's title, whatever the input order: the earliest published member's, ties by document name. */
  private static String title(List<ReportDocument> docs, List<Integer> indexes) {
    return indexes.stream().map(docs::get).filter(d -> !d.title().isEmpty())
        .min((a, b) -> a.published().isEmpty() != b.published().isEmpty() ? (a.published().isEmpty() ? 1 : -1)
            : a.published().equals(b.published()) ? a.doc().compareTo(b.doc()) : a.published().compareTo(b.published()))
        .map(ReportDocument::title).orElse("");
  }

  private static ConsolidatedClaim merge(String key, List<Claim> claims, List<String> docs,
      Map<String, Integer> groupOf, List<Story.Event> timeline) {
    Claim first = claims.getFirst();
    List<Citation> citations = new ArrayList<>();
    Set<String> goods = new LinkedHashSet<>();
    Set<String> hs = new TreeSet<>();
    Set<String> uses = new LinkedHashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Figure f = c.figure();
      citations.add(new Citation(docs.get(i), groupOf.getOrDefault(docs.get(i), 0), c.evidence(), c.start(), c.end(),
          f == null ? "" : f.text(), f == null ? "" : f.qualifier(), c.period().label(), c.period().text()));
      c.goods().forEach(g -> {
        String name = g.name().toLowerCase(Locale.ROOT).replace('-', ' ');
        if (goods.stream().noneMatch(x -> x.replaceAll("e?s$", "").equals(name.replaceAll("e?s$", "")))) {
          goods.add(name);
        }
        hs.addAll(g.hs());
      });
      uses.addAll(c.endUses());
    }
    Set<String> distinctDocs = new LinkedHashSet<>(docs);
    long independent = distinctDocs.stream().map(d -> groupOf.getOrDefault(d, 0)).distinct().count();
    List<String> conflicts = conflicts(first.kind(), claims, docs);
    if ((first.kind() == ClaimKind.SHARE || first.kind() == ClaimKind.TRADE_VALUE)) {
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        if (c.period().isKnown()) {
          timeline.add(new Story.Event(c.period().from(), c.figure().text() + " " + c.figure().about()
              + " (" + c.period().text() + ")", docs.get(i)));
        }
      }
    }
    return new ConsolidatedClaim(key, first.kind(), summary(first, goods), display(first.actorId(), first.actor()),
        first.actorId(), display(first.targetId(), first.target()), first.targetId(), List.copyOf(goods),
        List.copyOf(hs), List.copyOf(uses), citations, distinctDocs.size(), (int) independent, conflicts);
  }

  private static List<String> conflicts(ClaimKind kind, List<Claim> claims, List<String> docs) {
    if (kind != ClaimKind.SHARE && kind != ClaimKind.TRADE_VALUE && kind != ClaimKind.ENTITY_LISTING) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Map<String, List<String>> figures = new LinkedHashMap<>();
    Map<String, List<String>> periods = new LinkedHashMap<>();
    List<Claim> withPeriod = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.figure() == null) {
        continue;
      }
      figures.computeIfAbsent(c.figure().qualifier() + " " + format(c.figure()), k -> new ArrayList<>())
          .add(docs.get(i));
      String p = c.period().isKnown() ? c.period().text() + " [" + c.period().label() + "]"
          : c.period().text().isEmpty() ? "no period stated" : c.period().text() + " [unresolved]";
      periods.computeIfAbsent(p, k -> new ArrayList<>()).add(docs.get(i));
      if (c.period().isKnown()) {
        withPeriod.add(c);
      }
    }
    if (figures.size() > 1) {
      out.add("figures differ: " + describe(figures));
    }
    if (periods.size() > 1) {
      boolean overlapping = withPeriod.stream().allMatch(a -> withPeriod.stream().allMatch(b -> a.period()
          .overlaps(b.period())));
      out.add("periods differ" + (withPeriod.size() > 1 ? (overlapping ? " (overlapping)" : " (disjoint)") : "")
          + ": " + describe(periods));
    }
    return out;
  }

  private static String describe(Map<String, List<String>> variants) {
    return variants.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", new LinkedHashSet<>(
        e.getValue())) + ")").collect(Collectors.joining(" vs "));
  }

  /** A figure in words: "70%", "$900 million". */
  public static String format(Figure f) {
    double v = f.value();
    return switch (f.unit()) {
      case "%" -> trim(v) + "%";
      case "count" -> trim(v) + " " + f.about();
      default -> {
        String symbol = switch (f.unit()) {
          case "USD" -> "$";
          case "GBP" -> "£";
          case "EUR" -> "€";
          default -> f.unit() + " ";
        };
        yield v >= 1e9 ? symbol + trim(v / 1e9) + " billion" : v >= 1e6 ? symbol + trim(v / 1e6) + " million"
            : symbol + trim(v);
      }
    };
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v)
        .replaceAll("0+$", "");
  }

  private static String summary(Claim c, Set<String> goods) {
    String actor = display(c.actorId(), c.actor());
    String target = display(c.targetId(), c.target());
    String what = String.join(", ", goods);
    String forUse = c.endUses().isEmpty() ? "" : " (for " + String.join(", ", c.endUses()) + ")";
    String figure = c.figure() == null ? "" : c.figure().text();
    return switch (c.kind()) {
      case SUPPLY -> orUnknown(actor) + " supplies " + what + " to " + orUnknown(target) + forUse;
      case SHARE -> orUnknown(actor) + "'s share of " + orUnknown(target) + "'s " + what + " imports: " + figure;
      case TRADE_VALUE -> (actor.isEmpty() ? orUnknown(target) + " " + what + " imports"
          : actor + "–" + orUnknown(target) + " trade" + (what.isEmpty() ? "" : " in " + what)) + ": " + figure;
      case SANCTION -> orUnknown(actor) + " sanctions " + (figure.isEmpty() ? "parties" : figure)
          + (target.isEmpty() ? "" : " (" + target + ")") + (what.isEmpty() ? "" : " over " + what);
      case ENTITY_LISTING -> orUnknown(actor) + " adds " + (figure.isEmpty() ? "parties" : figure)
          + " to the Entity List";
      case IMPORT_BAN -> orUnknown(actor) + " bans imports of " + (what.isEmpty() ? "goods" : what)
          + (target.isEmpty() ? "" : " from " + target);
      case EXPORT_BAN -> orUnknown(actor) + " restricts exports of " + (what.isEmpty() ? "goods" : what)
          + (target.isEmpty() ? "" : " (" + target + ")");
      case DENIAL -> orUnknown(actor) + " denies: " + c.evidence();
      case OBJECTION -> orUnknown(actor) + " objects: " + c.evidence();
      case STATEMENT -> orUnknown(actor) + ": " + c.evidence();
    };
  }

  private static String orUnknown(String s) {
    return s.isEmpty() ? "(unnamed)" : s;
  }

  /** A party's display name: the country's English name for ISO codes, else the name as written. */
  static String display(String id, String name) {
    if (id.length() == 2 && id.chars().allMatch(Character::isUpperCase)) {
      if (id.equals("EU")) {
        return "European Union";
      }
      String country = Locale.of("", id).getDisplayCountry(Locale.ENGLISH);
      return country.equals(id) ? name : country;
    }
    return name;
  }
}
