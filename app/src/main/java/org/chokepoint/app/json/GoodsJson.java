package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.groups.GoodsGroups;
import org.chokepoint.goods.hs.HsCode;
import org.chokepoint.goods.hs.Nomenclature;

/** The JSON of goods answers, shared by {@code goods … --json} and the HTTP API. */
public final class GoodsJson {
  private GoodsJson() {}

  /** A code at any level with its parents, children, CHPL items and goods groups. */
  public static ObjectNode show(GoodsCatalog c, HsCode code) {
    Nomenclature.Entry e = c.hs().get(code);
    List<Nomenclature.Entry> parents = c.hs().ancestors(code.digits());
    List<Nomenclature.Entry> children = c.hs().children(code.digits());
    List<Chpl.Item> chpl = c.chpl().within(code);
    List<GoodsGroups.Group> groups = c.groups().containing(code);
    ObjectNode n = MatchJson.MAPPER.createObjectNode();
    n.put("code", code.display());
    n.put("level", code.level());
    n.put("description", e.description());
    n.put("section", e.section());
    n.put("section_name", c.hs().sectionName(e.section()));
    if (!code.note().isEmpty()) {
      n.put("note", code.note());
    }
    ArrayNode p = n.putArray("parents");
    parents.forEach(x -> p.addObject().put("code", x.code()).put("description", x.description()));
    ArrayNode ch = n.putArray("children");
    children.forEach(x -> ch.addObject().put("code", x.code()).put("description", x.description()));
    ArrayNode items = n.putArray("chpl");
    chpl.forEach(x -> items.addObject().put("tier", x.tier()).put("hs6", x.hs6()).put("description", x.description()));
    ArrayNode g = n.putArray("groups");
    groups.forEach(x -> g.add(x.id()));
    return n;
  }

  /** A classification of free text. */
  public static ObjectNode classify(String text, GoodsClassifier.Result r) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode();
    n.put("text", text);
    n.put("goods", r.notGoods().isEmpty() || !r.candidates().isEmpty());
    if (!r.notGoods().isEmpty()) {
      n.put("reason", r.notGoods());
    }
    ArrayNode arr = n.putArray("candidates");
    for (var cand : r.candidates()) {
      ObjectNode o = arr.addObject();
      o.put("heading", cand.heading());
      o.put("heading_description", cand.headingDescription());
      o.put("subheading", cand.subheading());
      o.put("subheading_description", cand.subheadingDescription());
      o.put("score", cand.score());
      ArrayNode tiers = o.putArray("chpl_tiers");
      cand.chplTiers().stream().sorted().forEach(tiers::add);
      ArrayNode groups = o.putArray("groups");
      cand.groups().forEach(groups::add);
    }
    return n;
  }
}
