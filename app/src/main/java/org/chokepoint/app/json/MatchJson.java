package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Identifier;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.Party;
import org.chokepoint.lists.index.ListChanges;
import org.chokepoint.lists.index.ListVersion;
import org.chokepoint.lists.match.NameComparison;
import org.chokepoint.lists.match.TokenMatch;
import org.chokepoint.lists.screen.Feature;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.ScreeningProvenance;

/** The one JSON shape of queries, matches and parties, shared by the CLI, batch files and the HTTP API. */
public final class MatchJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private MatchJson() {}

  public static ObjectNode query(MatchQuery q) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", q.name());
    n.put("schema", q.schema().label());
    strings(n.putArray("countries"), q.countries());
    n.put("birth_date", q.birthDate());
    strings(n.putArray("identifiers"), q.identifiers());
    n.put("threshold", q.threshold());
    n.put("limit", q.limit());
    strings(n.putArray("exclude"), q.exclude().stream().sorted().toList());
    return n;
  }

  /**
   * What produced an answer, for audit: algorithm and version, the index build, and each list source's file hash,
   * size, origin, fetch time and the date in the source's file name.
   */
  public static ObjectNode audit(ScreeningProvenance p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("algorithm", p.algorithm());
    n.put("algorithm_version", p.algorithmVersion());
    n.put("index_format", p.indexFormat());
    n.put("index_built_at", p.indexBuiltAt());
    n.put("index_fingerprint", p.indexFingerprint());
    ArrayNode lists = n.putArray("lists");
    for (ListVersion v : p.lists()) {
      lists.addObject().put("source", v.source()).put("file", v.file()).put("sha256", v.sha256())
          .put("bytes", v.bytes()).put("origin", v.origin()).put("fetched_at", v.fetchedAt())
          .put("source_date", v.sourceDate());
    }
    return n;
  }

  /** One change set: when, and per list the entries added, removed and changed with their names. */
  public static ObjectNode changes(ListChanges c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("at", c.at());
    n.put("initial", c.initial());
    ArrayNode lists = n.putArray("lists");
    for (ListChanges.ListDelta d : c.lists()) {
      if (d.addedCount() + d.removedCount() + d.changedCount() == 0) {
        continue;
      }
      ObjectNode l = lists.addObject();
      l.put("list", d.list());
      l.put("added_count", d.addedCount());
      l.put("removed_count", d.removedCount());
      l.put("changed_count", d.changedCount());
      entries(l.putArray("added"), d.added());
      entries(l.putArray("removed"), d.removed());
      entries(l.putArray("changed"), d.changed());
    }
    return n;
  }

  private static void entries(ArrayNode arr, List<ListChanges.Entry> entries) {
    entries.forEach(e -> arr.addObject().put("id", e.id()).put("name", e.name()));
  }

  /** The response for one query: {@code {"query":{…},"matches":[…]}}. */
  public static ObjectNode result(MatchQuery q, List<Match> matches) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("query", query(q));
    ArrayNode arr = n.putArray("matches");
    matches.forEach(m -> arr.add(match(m)));
    return n;
  }

  public static ObjectNode match(Match m) {
    Party p = m.party();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", p.id());
    n.put("name", p.caption());
    n.put("schema", p.schema().label());
    n.put("score", m.score());
    n.put("match", true);
    n.put("matched_name", m.matchedName());
    strings(n.putArray("lists"), p.listLabels());
    strings(n.putArray("programs"), p.programs());
    strings(n.putArray("countries"), p.countries());
    n.set("explanation", explanation(m));
    return n;
  }

  private static ObjectNode explanation(Match m) {
    ObjectNode n = MAPPER.createObjectNode();
    NameComparison c = m.comparison();
    n.put("matched_name", m.matchedName());
    n.put("matched_name_kind", m.matchedKind().name().toLowerCase(Locale.ROOT));
    n.put("name_score", round(m.nameScore()));
    ArrayNode aligned = n.putArray("aligned");
    for (TokenMatch t : c.aligned()) {
      ObjectNode a = aligned.addObject();
      a.put("query", t.query());
      a.put("list", t.candidate());
      a.put("similarity", round(t.similarity()));
      a.put("weight", round(t.weight()));
    }
    ArrayNode qOnly = n.putArray("query_only");
    c.queryOnly().forEach(t -> qOnly.addObject().put("word", t.query()).put("weight", round(t.weight())));
    ArrayNode cOnly = n.putArray("list_only");
    c.candidateOnly().forEach(t -> cOnly.addObject().put("word", t.candidate()).put("weight", round(t.weight())));
    strings(n.putArray("notes"), c.notes());
    ArrayNode features = n.putArray("features");
    for (Feature f : m.features()) {
      features.addObject().put("name", f.name()).put("contribution", round(f.contribution())).put("detail", f.detail());
    }
    return n;
  }

  /** A party with every entity, name, identifier and listing, and where each listing was read. */
  public static ObjectNode party(Party p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", p.id());
    n.put("name", p.caption());
    n.put("schema", p.schema().label());
    strings(n.putArray("lists"), p.listLabels());
    strings(n.putArray("countries"), p.countries());
    ArrayNode entities = n.putArray("entities");
    for (Entity e : p.entities()) {
      ObjectNode en = entities.addObject();
      en.put("id", e.id());
      en.put("schema", e.schema().label());
      ArrayNode names = en.putArray("names");
      e.names().forEach(nm -> names.addObject().put("value", nm.value())
          .put("kind", nm.kind().name().toLowerCase(Locale.ROOT)));
      strings(en.putArray("countries"), e.countries());
      strings(en.putArray("addresses"), e.addresses());
      strings(en.putArray("birth_dates"), e.birthDates());
      ArrayNode ids = en.putArray("identifiers");
      for (Identifier i : e.identifiers()) {
        ids.addObject().put("type", i.type()).put("value", i.value()).put("country", i.country());
      }
      ArrayNode listings = en.putArray("listings");
      for (Listing l : e.listings()) {
        listings.addObject().put("authority", l.authority()).put("list", l.list()).put("program", l.program())
            .put("listed_on", l.listedOn()).put("reason", l.reason()).put("source", l.source().toString());
      }
    }
    return n;
  }

  private static void strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
