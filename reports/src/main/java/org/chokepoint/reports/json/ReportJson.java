package org.chokepoint.reports.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.extract.Claim;
import org.chokepoint.reports.extract.EndUse;
import org.chokepoint.reports.extract.EntityMention;
import org.chokepoint.reports.extract.EntityType;
import org.chokepoint.reports.extract.Figure;
import org.chokepoint.reports.extract.GoodsMention;
import org.chokepoint.reports.story.Citation;
import org.chokepoint.reports.story.ConsolidatedClaim;
import org.chokepoint.reports.story.Consolidator;
import org.chokepoint.reports.story.EventReader;
import org.chokepoint.reports.story.RepeatedClaim;
import org.chokepoint.reports.story.ReportEvent;
import org.chokepoint.reports.story.Story;

/**
 * The JSON contract of {@code reports extract --json}, {@code reports stories --json} and the HTTP API, in one
 * place. Field names are snake_case and only ever added to; docs/reports-json.md describes them.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportJson() {}

  /** One document, with the id of its story in this run. */
  public static ObjectNode document(ReportDocument d, String story) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("doc", d.doc()).put("title", d.title()).put("url", d.url()).put("published", d.published())
        .put("language", d.language()).put("story", story);
    ReportEvent event = EventReader.read(d);
    o.putObject("event").put("date", event.date()).put("action", event.action()).put("actor", event.actor());
    if (!d.ok()) {
      o.put("error", d.error());
    }
    strings(o.putArray("warnings"), d.warnings());
    o.put("text", d.text());
    ArrayNode removed = o.putArray("removed");
    d.removed().forEach(r -> removed.addObject().put("text", r.text()).put("reason", r.reason()));
    ArrayNode entities = o.putArray("entities");
    for (EntityMention e : d.extraction().entities()) {
      entity(entities.addObject(), e);
    }
    ArrayNode goods = o.putArray("goods");
    for (GoodsMention g : d.extraction().goods()) {
      goods(goods.addObject(), g);
    }
    strings(o.putArray("end_uses"), d.extraction().endUses().stream().map(EndUse::use).distinct().toList());
    ArrayNode figures = o.putArray("figures");
    for (Figure f : d.extraction().figures()) {
      figure(figures.addObject(), f);
    }
    ArrayNode claims = o.putArray("claims");
    for (Claim c : d.extraction().claims()) {
      claim(claims.addObject(), c);
    }
    return o;
  }

  /** One story with its consolidated claims. */
  public static ObjectNode story(Story s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.id()).put("title", s.title()).put("independent_sources", s.independentSources());
    ArrayNode docs = o.putArray("documents");
    for (Story.Member m : s.documents()) {
      docs.addObject().put("doc", m.doc()).put("title", m.title()).put("url", m.url()).put("published", m.published())
          .put("source_group", m.sourceGroup());
    }
    ArrayNode claims = o.putArray("claims");
    for (ConsolidatedClaim c : s.claims()) {
      ObjectNode n = claims.addObject().put("kind", c.kind().name()).put("key", c.key()).put("summary", c.summary())
          .put("actor", c.actor()).put("actor_id", c.actorId()).put("target", c.target())
          .put("target_id", c.targetId()).put("documents", c.documents())
          .put("independent_sources", c.independentSources());
      strings(n.putArray("goods"), c.goods());
      strings(n.putArray("hs"), c.hs());
      strings(n.putArray("end_uses"), c.endUses());
      strings(n.putArray("conflicts"), c.conflicts());
      ArrayNode cites = n.putArray("citations");
      for (Citation ct : c.citations()) {
        cites.addObject().put("doc", ct.doc()).put("source_group", ct.sourceGroup()).put("evidence", ct.evidence())
            .put("start", ct.start()).put("end", ct.end()).put("figure", ct.figure())
            .put("qualifier", ct.qualifier()).put("period", ct.period()).put("period_text", ct.periodText());
      }
    }
    ArrayNode parties = o.putArray("parties");
    for (Story.Party p : s.parties()) {
      ObjectNode n = parties.addObject().put("name", p.name()).put("type", p.type()).put("id", p.id())
          .put("role", p.role());
      strings(n.putArray("lists"), p.lists());
      strings(n.putArray("docs"), p.docs());
    }
    ArrayNode goods = o.putArray("goods");
    for (Story.Goods g : s.goods()) {
      ObjectNode n = goods.addObject().put("key", g.key()).put("kind", g.kind());
      strings(n.putArray("names"), g.names());
      strings(n.putArray("hs"), g.hs());
      strings(n.putArray("chpl_tiers"), g.chplTiers());
      strings(n.putArray("docs"), g.docs());
    }
    strings(o.putArray("end_uses"), s.endUses());
    ArrayNode timeline = o.putArray("timeline");
    s.timeline().forEach(e -> timeline.addObject().put("date", e.date()).put("what", e.what()).put("doc", e.doc()));
    return o;
  }

  /** A claim repeated across stories, with the stories (events) that make it. */
  public static ObjectNode repeated(RepeatedClaim r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("kind", r.kind().name()).put("key", r.key()).put("summary", r.summary()).put("documents", r.documents());
    strings(o.putArray("stories"), r.stories());
    strings(o.putArray("dates"), r.dates());
    return o;
  }

  private static void entity(ObjectNode o, EntityMention e) {
    o.put("name", e.name()).put("type", e.type().name()).put("id", e.id()).put("country", e.country())
        .put("start", e.start()).put("end", e.end());
    o.put("role", e.type() == EntityType.ORGANIZATION ? e.role().label() : "");
    strings(o.putArray("lists"), e.lists());
  }

  private static void goods(ObjectNode o, GoodsMention g) {
    o.put("name", g.name()).put("kind", g.kind()).put("group", g.group());
    strings(o.putArray("hs"), g.hs());
    strings(o.putArray("chpl_tiers"), g.chplTiers());
    o.put("start", g.start()).put("end", g.end());
  }

  private static void figure(ObjectNode o, Figure f) {
    o.put("value", f.value()).put("unit", f.unit()).put("qualifier", f.qualifier()).put("about", f.about())
        .put("period", f.period().label()).put("period_text", f.period().text())
        .put("period_from", f.period().from()).put("period_to", f.period().to()).put("text", f.text())
        .put("display", Consolidator.format(f)).put("start", f.start()).put("end", f.end());
  }

  private static void claim(ObjectNode o, Claim c) {
    o.put("kind", c.kind().name()).put("actor", c.actor()).put("actor_id", c.actorId()).put("target", c.target())
        .put("target_id", c.targetId());
    strings(o.putArray("goods"), c.goods().stream().map(GoodsMention::name).toList());
    strings(o.putArray("hs"), c.goods().stream().flatMap(g -> g.hs().stream()).distinct().sorted().toList());
    strings(o.putArray("end_uses"), c.endUses());
    if (c.figure() == null) {
      o.putNull("figure");
    } else {
      figure(o.putObject("figure"), c.figure());
    }
    o.put("period", c.period().label()).put("period_text", c.period().text());
    ArrayNode parties = o.putArray("parties");
    c.parties().forEach(p -> parties.addObject().put("name", p.name()).put("type", p.type().name()).put("id", p.id()));
    o.put("evidence", c.evidence()).put("start", c.start()).put("end", c.end());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
