package org.chokepoint.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.goods.groups.GoodsGroups;
import org.chokepoint.goods.hs.HsCode;
import org.chokepoint.goods.hs.Nomenclature;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.graph.query.GraphQueries;

/**
 * Goods pages: the goods groups and the HS nomenclature, a page per group, and a page per HS chapter, heading and
 * subheading (description, parents and children, CHPL tier, groups containing it, reported suppliers, the claims
 * about goods inside it, and trade with Russia where the trade store has it).
 */
final class GoodsPages {
  private final GoodsCatalog goods;
  private final GraphQueries graph;
  private final TradeCharts charts;

  GoodsPages(GoodsCatalog goods, GraphQueries graph, TradeCharts charts) {
    this.goods = goods;
    this.graph = graph;
    this.charts = charts;
  }

  void index(Context ctx) {
    Html h = new Html().page("Goods");
    if (goods == null) {
      WebUi.html(ctx, h.p("Goods data is not loaded: run chokepoint update.").end());
      return;
    }
    h.h2("Goods groups");
    List<List<String>> rows = new ArrayList<>();
    for (GoodsGroups.Group g : goods.groups().all()) {
      rows.add(List.of(Html.link("/ui/goods/" + Html.path(g.id()), g.name()), Html.esc(g.scope()),
          String.valueOf(g.subheadings().size())));
    }
    h.table(List.of("group", "HS scope", "subheadings"), rows, "goods");
    h.raw("<h2 id=\"hs\">HS 2022 chapters</h2>\n");
    List<List<String>> chapters = new ArrayList<>();
    for (Nomenclature.Entry e : goods.hs().chapters()) {
      chapters.add(List.of(Html.link("/ui/goods/" + e.code(), e.code()), Html.esc(e.description())));
    }
    h.table(List.of("chapter", "description"), chapters, "chapters");
    WebUi.html(ctx, h.end());
  }

  void page(Context ctx) {
    if (goods == null) {
      WebUi.html(ctx, new Html().page("Goods").p("Goods data is not loaded: run chokepoint update.").end());
      return;
    }
    String id = ctx.pathParam("id");
    if (id.matches("(?i)(hs\\s*)?[0-9][0-9.\\s]*")) {
      hsPage(ctx, id);
      return;
    }
    GoodsGroups.Group g;
    try {
      g = goods.groups().get(id);
    } catch (NoSuchElementException e) {
      WebUi.notFound(ctx, e.getMessage());
      return;
    }
    Html h = new Html().page(g.name());
    h.p(g.description());
    Set<String> tiers = new TreeSet<>();
    Set<String> headings = new TreeSet<>();
    g.subheadings().forEach(sub -> {
      tiers.addAll(goods.chpl().tiersOf(sub));
      headings.add(sub.substring(0, 4));
    });
    List<String> headingLinks = headings.stream().map(c -> Html.link("/ui/goods/" + c, c)).toList();
    h.raw("<dl class=\"facts\"><dt>HS scope</dt><dd>" + Html.esc(g.scope()) + "</dd><dt>HS headings</dt><dd>"
        + String.join(", ", headingLinks) + "</dd><dt>subheadings</dt><dd>" + g.subheadings().size()
        + "</dd><dt>CHPL tiers</dt><dd>" + Html.esc(tiers.isEmpty() ? "none" : String.join(", ", tiers))
        + "</dd></dl>\n");
    List<String> related = related(headings::contains, "goods:" + g.id());
    evidence(h, related, g.name());
    charts.exportsToRussia(h, g.id(), g.name(), goods);
    WebUi.html(ctx, h.end());
  }

  private void hsPage(Context ctx, String text) {
    HsCode code;
    Nomenclature.Entry entry;
    try {
      code = HsCode.parse(text.replaceFirst("(?i)^hs\\s*", ""));
      entry = goods.hs().get(code);
    } catch (IllegalArgumentException | NoSuchElementException e) {
      WebUi.notFound(ctx, e.getMessage());
      return;
    }
    if (!code.digits().equals(text)) {
      ctx.redirect("/ui/goods/" + code.digits());
      return;
    }
    String level = switch (code.level()) {
      case 2 -> "chapter";
      case 4 -> "heading";
      default -> "subheading";
    };
    String title = "HS " + code.display() + " — " + shorten(entry.description(), 90);
    Html h = new Html().page(title);
    StringBuilder crumbs = new StringBuilder("<p class=\"breadcrumb\"><span class=\"badge\">HS " + level
        + "</span> Section " + Html.esc(entry.section()));
    String section = goods.hs().sectionName(entry.section());
    if (!section.isEmpty()) {
      crumbs.append(" (").append(Html.esc(shorten(section, 120))).append(")");
    }
    for (Nomenclature.Entry parent : goods.hs().ancestors(code.digits())) {
      crumbs.append(" › ").append(Html.link("/ui/goods/" + parent.code(), HsCode.parse(parent.code()).display()
          + " " + shorten(parent.description(), 50)));
    }
    h.raw(crumbs.append("</p>\n").toString());
    h.p(entry.description());
    List<Chpl.Item> chpl = goods.chpl().within(code);
    List<GoodsGroups.Group> groups = goods.groups().containing(code);
    h.raw("<dl class=\"facts\"><dt>CHPL</dt><dd>" + Html.esc(chplSummary(code, chpl)) + "</dd><dt>goods groups</dt><dd>"
        + (groups.isEmpty() ? "none" : String.join(", ", groups.stream().map(g -> Html.link("/ui/goods/"
        + Html.path(g.id()), g.name())).toList())) + "</dd></dl>\n");
    List<Nomenclature.Entry> children = goods.hs().children(code.digits());
    if (!children.isEmpty()) {
      h.h2(code.level() == 2 ? "Headings" : "Subheadings");
      List<List<String>> rows = new ArrayList<>();
      for (Nomenclature.Entry c : children) {
        Set<String> tiers = new TreeSet<>();
        goods.chpl().within(HsCode.parse(c.code())).forEach(i -> tiers.add(i.tier()));
        rows.add(List.of(Html.link("/ui/goods/" + c.code(), HsCode.parse(c.code()).display()),
            Html.esc(c.description()), Html.esc(String.join(", ", tiers))));
      }
      h.table(List.of("code", "description", "CHPL tiers"), rows, "children");
    }
    if (!chpl.isEmpty() && code.level() == 2) {
      h.h2("On the Common High Priority List");
      List<List<String>> rows = new ArrayList<>();
      chpl.forEach(i -> rows.add(List.of(Html.esc(i.tier()), Html.link("/ui/goods/" + i.hs6(),
          HsCode.parse(i.hs6()).display()), Html.esc(i.description()))));
      h.table(List.of("tier", "code", "description"), rows, "chpl");
    }
    String digits = code.digits();
    evidence(h, related(heading -> heading.startsWith(digits) || digits.startsWith(heading), null),
        "HS " + code.display());
    charts.exportsToRussia(h, digits, "HS " + code.display(), goods);
    WebUi.html(ctx, h.end());
  }

  private static String chplSummary(HsCode code, List<Chpl.Item> items) {
    if (items.isEmpty()) {
      return "not on the list";
    }
    Set<String> tiers = new TreeSet<>();
    items.forEach(i -> tiers.add(i.tier()));
    String named = (tiers.size() == 1 ? "tier " : "tiers ") + String.join(", ", tiers);
    if (code.level() == 6) {
      return named;
    }
    return items.size() + (items.size() == 1 ? " subheading" : " subheadings") + " inside, " + named;
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
  }

  /** The goods nodes of the graph whose HS headings satisfy {@code heading}, and {@code self} when it exists. */
  private List<String> related(java.util.function.Predicate<String> heading, String self) {
    Set<String> ids = new LinkedHashSet<>();
    if (graph == null) {
      return List.of();
    }
    if (self != null && graph.node(self) != null) {
      ids.add(self);
    }
    for (Node n : graph.nodes(NodeKind.GOODS)) {
      for (String hs : n.props().getOrDefault("hs", "").split(" ")) {
        if (!hs.isBlank() && heading.test(hs)) {
          ids.add(n.id());
          break;
        }
      }
    }
    return List.copyOf(ids);
  }

  /** Reported suppliers of the related goods, and the claims about them. */
  private void evidence(Html h, List<String> goodsNodes, String name) {
    if (graph == null) {
      h.note("The evidence graph is not built: run chokepoint graph build to see reported suppliers.");
      return;
    }
    h.h2("Reported suppliers");
    List<List<String>> rows = new ArrayList<>();
    for (String id : goodsNodes) {
      for (var s : graph.suppliers(id)) {
        rows.add(List.of(Html.node(s.supplier().id(), s.supplier().label()), Html.node(id, graph.node(id).label()),
            Html.esc(String.join(", ", s.recipients())), String.valueOf(s.independentSources()),
            Html.esc(String.join(", ", s.endUses())), s.lists().isEmpty() ? "" : "<strong>listed:</strong> "
            + Html.esc(String.join("; ", s.lists()))));
      }
    }
    h.table(List.of("supplier", "goods", "to", "independent sources", "end uses", "list status"), rows, "suppliers",
        "No report names a supplier of " + name + " or of goods inside it.");
    Claims.section(h, graph, goodsNodes, "Claims about goods inside it", "No report makes a claim about " + name
        + " or goods inside it.");
  }
}
