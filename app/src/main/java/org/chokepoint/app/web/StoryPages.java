package org.chokepoint.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.story.Citation;
import org.chokepoint.reports.story.ConsolidatedClaim;
import org.chokepoint.reports.story.Story;

/**
 * The stories: a list, and a page per story that leads with what it says (summary, parties and their list status,
 * conflicts between sources), then every claim with its citations folded, the documents and the timeline. Every
 * citation and document links to the document's page.
 */
final class StoryPages {
  private final ReportStore reports;

  StoryPages(ReportStore reports) {
    this.reports = reports;
  }

  /** A story's title, or its id when the reports gave it none. */
  static String title(Story s) {
    return s.title().isEmpty() ? s.id() : s.title();
  }

  void stories(Context ctx) throws IOException {
    Html h = new Html().page("Stories");
    if (reports == null) {
      WebUi.html(ctx, h.p("No reports are loaded: start serve with --reports DIR.").end());
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Story s : reports.run().stories()) {
      long conflicts = s.claims().stream().filter(c -> !c.conflicts().isEmpty()).count();
      rows.add(List.of(Html.link("/ui/story/" + Html.path(s.id()), title(s)), published(s),
          String.valueOf(s.documents().size()), String.valueOf(s.independentSources()),
          String.valueOf(s.claims().size()), conflicts == 0 ? "" : "<span class=\"conflict\">" + conflicts
              + "</span>"));
    }
    WebUi.html(ctx, h.table(List.of("story", "published", "documents", "independent sources", "claims",
        "conflicts"), rows, "stories", "No stories yet: upload reports with POST /reports.").end());
  }

  private static String published(Story s) {
    List<String> dates = s.documents().stream().map(Story.Member::published).filter(d -> !d.isEmpty()).sorted()
        .toList();
    if (dates.isEmpty()) {
      return "";
    }
    return Html.esc(dates.getFirst().equals(dates.getLast()) ? dates.getFirst() : dates.getFirst() + " – "
        + dates.getLast());
  }

  void story(Context ctx) throws IOException {
    Story s = reports == null ? null : reports.story(ctx.pathParam("id")).orElse(null);
    if (s == null) {
      WebUi.notFound(ctx, "No story " + ctx.pathParam("id") + ".");
      return;
    }
    Map<String, Story.Member> docs = new TreeMap<>();
    s.documents().forEach(m -> docs.put(m.doc(), m));
    Html h = new Html().page(title(s));
    long conflicted = s.claims().stream().filter(c -> !c.conflicts().isEmpty()).count();
    String dates = published(s);
    h.raw("<div class=\"summary\"><p>" + s.documents().size() + " documents from " + s.independentSources()
        + " independent sources" + (dates.isEmpty() ? "" : ", published " + dates) + "; " + s.claims().size()
        + " claims, " + (conflicted == 0 ? "no conflicts between sources" : "<span class=\"conflict\">" + conflicted
        + " with conflicting figures or details</span>") + ".</p>");
    if (!s.claims().isEmpty()) {
      h.raw("<ul>");
      s.claims().stream().limit(5).forEach(c -> h.raw("<li>" + Html.esc(c.summary()) + " <span class=\"muted\">("
          + c.independentSources() + " independent)</span></li>"));
      h.raw("</ul>");
    }
    List<String> parties = new ArrayList<>();
    for (Story.Party p : s.parties()) {
      String name = p.id().isEmpty() ? Html.esc(p.name()) : Html.node(p.id(), p.name());
      parties.add(name + (p.lists().isEmpty() ? "" : " <span class=\"badge listed\">listed</span>"));
    }
    if (!parties.isEmpty()) {
      h.raw("<p><strong>Named:</strong> " + String.join(", ", parties) + "</p>");
    }
    if (!s.endUses().isEmpty()) {
      h.raw("<p><strong>End uses:</strong> " + Html.esc(String.join(", ", s.endUses())) + "</p>");
    }
    h.raw("</div>\n");
    if (conflicted > 0) {
      h.h2("Where the sources disagree");
      h.raw("<ul class=\"conflicts\">");
      for (ConsolidatedClaim c : s.claims()) {
        if (!c.conflicts().isEmpty()) {
          h.raw("<li><strong>" + Html.esc(c.summary()) + "</strong>: " + Html.esc(String.join("; ", c.conflicts()))
              + "</li>");
        }
      }
      h.raw("</ul>\n");
    }
    h.h2("Claims");
    if (s.claims().isEmpty()) {
      h.note("No claims were extracted from these documents.");
    }
    h.raw("<ol class=\"claims\">");
    for (ConsolidatedClaim c : s.claims()) {
      List<String> quotes = new ArrayList<>();
      for (Citation ct : c.citations()) {
        Story.Member m = docs.get(ct.doc());
        String label = m == null || m.title().isEmpty() ? ct.doc() : m.title();
        quotes.add(Claims.quote(ct.evidence() + (ct.figure().isEmpty() ? "" : " [" + ct.figure() + "]"),
            "doc:" + ct.doc(), label, m == null ? "" : m.published()));
      }
      h.raw("<li><span class=\"badge\">" + Html.esc(c.kind().name().toLowerCase(Locale.ROOT)) + "</span> "
          + Html.node("claim:" + s.id() + ":" + c.key(), c.summary()) + " <span class=\"muted\">" + c.documents()
          + " documents, " + c.independentSources() + " independent</span>" + (c.conflicts().isEmpty() ? ""
          : "<br><span class=\"conflict\">" + Html.esc(String.join("; ", c.conflicts())) + "</span>")
          + Claims.fold(quotes) + "</li>\n");
    }
    h.raw("</ol>\n");
    h.h2("Named parties");
    List<List<String>> partyRows = new ArrayList<>();
    for (Story.Party p : s.parties()) {
      String name = p.id().isEmpty() ? Html.esc(p.name()) : Html.node(p.id(), p.name());
      partyRows.add(List.of(name, Html.esc(p.type().toLowerCase(Locale.ROOT)), p.lists().isEmpty()
          ? "not found on the lists" : "<strong>listed:</strong> " + Html.esc(String.join("; ", p.lists()))));
    }
    h.table(List.of("name", "type", "list status"), partyRows, "parties", "No organisation or person is named.");
    h.h2("Documents");
    List<List<String>> docRows = new ArrayList<>();
    s.documents().forEach(m -> docRows.add(List.of(Html.node("doc:" + m.doc(), m.title().isEmpty() ? m.doc()
        : m.title()), Html.esc(m.published().isEmpty() ? "unknown" : m.published()), m.url().isEmpty() ? ""
        : Html.external(m.url(), host(m.url())), String.valueOf(m.sourceGroup()))));
    h.table(List.of("document", "published", "source", "source group"), docRows, "documents");
    h.h2("Timeline");
    List<List<String>> events = new ArrayList<>();
    s.timeline().forEach(e -> events.add(List.of(Html.esc(e.date()), Html.esc(e.what()), e.doc().isEmpty() ? ""
        : Html.node("doc:" + e.doc(),
            docs.containsKey(e.doc()) && !docs.get(e.doc()).title().isEmpty() ? docs.get(e.doc()).title() : e.doc()))));
    h.table(List.of("date", "what", "document"), events, "timeline", "No dated events.");
    WebUi.html(ctx, h.end());
  }

  /** The host of an address, for a short link text; the address itself when it has none. */
  private static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? url : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
