package org.chokepoint.reports.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.chokepoint.reports.extract.ClaimKind;
import org.chokepoint.reports.story.Citation;
import org.chokepoint.reports.story.ConsolidatedClaim;
import org.chokepoint.reports.story.Story;

/**
 * An intelligence brief on one story, as Markdown or HTML: a summary, the claims with corroboration and conflicts,
 * the named parties with their list status, the goods with HS headings and CHPL tiers, the denials, a timeline, and
 * a footnote for every statement pointing to its documents and evidence sentences.
 */
public final class Brief {
  /** A section other capabilities add to a brief (the trade data's check of the story's figures). */
  public record Section(String title, String intro, List<String> header, List<List<String>> rows) {
    public Section {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  private final Story story;
  private final List<Section> extra;
  private final Map<String, Integer> notes = new LinkedHashMap<>();
  private final List<Citation> noteCitations = new ArrayList<>();

  private Brief(Story story, List<Section> extra) {
    this.story = story;
    this.extra = List.copyOf(extra);
  }

  /** The brief as Markdown. */
  public static String markdown(Story story) {
    return markdown(story, List.of());
  }

  /** The brief as Markdown, with extra sections after the goods. */
  public static String markdown(Story story, List<Section> extra) {
    return new Brief(story, extra).render(new Markdown());
  }

  /** The brief as a standalone HTML page. */
  public static String html(Story story) {
    return html(story, List.of());
  }

  /** The brief as a standalone HTML page, with extra sections after the goods. */
  public static String html(Story story, List<Section> extra) {
    return new Brief(story, extra).render(new Html());
  }

  private String render(Format f) {
    StringBuilder out = new StringBuilder();
    String title = story.title().isEmpty() ? "Story " + story.id() : story.title();
    f.begin(out, "Brief: " + title);
    f.heading(out, 2, "Summary");
    f.paragraph(out, summary());
    f.heading(out, 2, "Claims");
    List<List<String>> rows = new ArrayList<>();
    for (ConsolidatedClaim c : story.claims()) {
      if (c.kind() == ClaimKind.DENIAL || c.kind() == ClaimKind.OBJECTION || c.kind() == ClaimKind.STATEMENT) {
        continue;
      }
      rows.add(List.of(c.kind().name(), c.summary(), c.documents() + " (" + c.independentSources() + " independent)",
          c.conflicts().isEmpty() ? "—" : String.join("; ", c.conflicts()), cite(c)));
    }
    f.table(out, List.of("kind", "claim", "documents", "conflicts", "sources"), rows);
    f.heading(out, 2, "Named companies and list status");
    rows = new ArrayList<>();
    List<List<String>> others = new ArrayList<>();
    for (Story.Party p : story.parties()) {
      if (p.isCompany()) {
        rows.add(List.of(p.name(), p.lists().isEmpty() ? "not found on the lists"
            : "listed: " + String.join("; ", p.lists()), String.join(", ", p.docs())));
      } else {
        others.add(List.of(p.name(), p.role().isEmpty() ? p.type().toLowerCase(Locale.ROOT) : p.role(),
            String.join(", ", p.docs())));
      }
    }
    f.table(out, List.of("name", "list status", "named in"), rows);
    f.heading(out, 2, "Authorities, sources and people named");
    f.table(out, List.of("name", "role", "named in"), others);
    f.heading(out, 2, "Goods");
    rows = new ArrayList<>();
    for (Story.Goods g : story.goods()) {
      rows.add(List.of(String.join(", ", g.names()), g.kind(), g.hs().isEmpty() ? "— (not goods)"
          : String.join(" ", g.hs()), g.chplTiers().isEmpty() ? "—" : String.join(", ", g.chplTiers()),
          String.join(", ", g.docs())));
    }
    f.table(out, List.of("named as", "kind", "HS 2022 headings", "CHPL tiers", "named in"), rows);
    if (!story.endUses().isEmpty()) {
      f.paragraph(out, "Military end uses named: " + String.join(", ", story.endUses()) + ".");
    }
    for (Section section : extra) {
      f.heading(out, 2, section.title());
      if (!section.intro().isEmpty()) {
        f.paragraph(out, section.intro());
      }
      f.table(out, section.header(), section.rows());
    }
    f.heading(out, 2, "Denials");
    List<ConsolidatedClaim> denials = story.claims().stream().filter(c -> c.kind() == ClaimKind.DENIAL).toList();
    if (denials.isEmpty()) {
      f.paragraph(out, "No denial is reported.");
    }
    for (ConsolidatedClaim c : denials) {
      f.paragraph(out, c.summary() + " " + cite(c));
    }
    List<ConsolidatedClaim> objections = story.claims().stream().filter(c -> c.kind() == ClaimKind.OBJECTION)
        .toList();
    if (!objections.isEmpty()) {
      f.heading(out, 2, "Objections");
      for (ConsolidatedClaim c : objections) {
        f.paragraph(out, c.summary() + " " + cite(c));
      }
    }
    f.heading(out, 2, "Timeline");
    rows = new ArrayList<>();
    for (Story.Event e : story.timeline()) {
      rows.add(List.of(e.date(), e.what(), e.doc()));
    }
    f.table(out, List.of("date", "what", "document"), rows);
    f.heading(out, 2, "Sources");
    rows = new ArrayList<>();
    for (Story.Member m : story.documents()) {
      rows.add(List.of(m.doc(), m.title(), m.published(), m.url(), String.valueOf(m.sourceGroup())));
    }
    f.table(out, List.of("document", "title", "published", "url", "source group"), rows);
    f.heading(out, 2, "Notes");
    for (int i = 0; i < noteCitations.size(); i++) {
      Citation c = noteCitations.get(i);
      f.note(out, i + 1, c.doc() + ": “" + c.evidence() + "”");
    }
    f.end(out);
    return out.toString();
  }

  private String summary() {
    List<ConsolidatedClaim> supply = story.claims().stream().filter(c -> c.kind() == ClaimKind.SUPPLY).toList();
    Map<String, List<String>> byPair = new LinkedHashMap<>();
    for (ConsolidatedClaim c : supply) {
      byPair.computeIfAbsent(c.actor() + " → " + c.target(), k -> new ArrayList<>()).addAll(c.goods());
    }
    StringBuilder s = new StringBuilder();
    s.append(story.documents().size()).append(" documents from ").append(story.independentSources())
        .append(" independent sources. ");
    if (!byPair.isEmpty()) {
      s.append("Reported supply: ").append(byPair.entrySet().stream().limit(6)
          .map(e -> e.getKey() + ": " + e.getValue().stream().distinct().collect(Collectors.joining(", ")))
          .collect(Collectors.joining("; "))).append(". ");
    }
    story.claims().stream().filter(c -> c.kind() == ClaimKind.SHARE || c.kind() == ClaimKind.TRADE_VALUE)
        .forEach(c -> s.append(c.summary()).append(c.conflicts().isEmpty() ? "" : " (sources disagree)")
            .append(". "));
    long actions = story.claims().stream().filter(c -> switch (c.kind()) {
      case SANCTION, ENTITY_LISTING, IMPORT_BAN, EXPORT_BAN -> true;
      default -> false;
    }).count();
    if (actions > 0) {
      s.append(actions).append(" government actions are reported. ");
    }
    long denials = story.claims().stream().filter(c -> c.kind() == ClaimKind.DENIAL).count();
    if (denials > 0) {
      s.append(denials).append(" denial(s).");
    }
    return s.toString().strip();
  }

  private String cite(ConsolidatedClaim c) {
    List<String> refs = new ArrayList<>();
    for (Citation ct : c.citations()) {
      String key = ct.doc() + "@" + ct.start();
      Integer n = notes.get(key);
      if (n == null) {
        noteCitations.add(ct);
        n = noteCitations.size();
        notes.put(key, n);
      }
      refs.add("[" + n + "]");
    }
    return String.join("", refs.stream().distinct().toList());
  }

  /** How a brief is written out. */
  private sealed interface Format permits Markdown, Html {
    void begin(StringBuilder out, String title);

    void heading(StringBuilder out, int level, String text);

    void paragraph(StringBuilder out, String text);

    void table(StringBuilder out, List<String> header, List<List<String>> rows);

    void note(StringBuilder out, int number, String text);

    void end(StringBuilder out);
  }

  private record Markdown() implements Format {
    public void begin(StringBuilder out, String title) {
      out.append("# ").append(title).append("\n\n");
    }

    public void heading(StringBuilder out, int level, String text) {
      out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    public void paragraph(StringBuilder out, String text) {
      out.append(text).append("\n\n");
    }

    public void table(StringBuilder out, List<String> header, List<List<String>> rows) {
      if (rows.isEmpty()) {
        out.append("None.\n\n");
        return;
      }
      out.append("| ").append(String.join(" | ", header)).append(" |\n|");
      header.forEach(h -> out.append("---|"));
      out.append('\n');
      for (List<String> r : rows) {
        out.append("| ").append(r.stream().map(c -> c.replace("|", "\\|").replace("\n", " "))
            .collect(Collectors.joining(" | "))).append(" |\n");
      }
      out.append('\n');
    }

    public void note(StringBuilder out, int number, String text) {
      out.append(number).append(". ").append(text.replace("\n", " ")).append('\n');
    }

    public void end(StringBuilder out) {
      out.append('\n');
    }
  }

  private record Html() implements Format {
    public void begin(StringBuilder out, String title) {
      out.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
          .append("</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;"
              + "padding:0 1rem}table{border-collapse:collapse;width:100%;margin-bottom:1rem}td,th{border:1px solid"
              + " #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f3f3f3}"
              + "ol li{margin-bottom:.3rem}</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    public void heading(StringBuilder out, int level, String text) {
      out.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
      if (text.equals("Notes")) {
        out.append("<ol>\n");
      }
    }

    public void paragraph(StringBuilder out, String text) {
      out.append("<p>").append(esc(text)).append("</p>\n");
    }

    public void table(StringBuilder out, List<String> header, List<List<String>> rows) {
      if (rows.isEmpty()) {
        out.append("<p>None.</p>\n");
        return;
      }
      out.append("<table><thead><tr>");
      header.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
      out.append("</tr></thead><tbody>\n");
      for (List<String> r : rows) {
        out.append("<tr>");
        r.forEach(c -> out.append("<td>").append(esc(c)).append("</td>"));
        out.append("</tr>\n");
      }
      out.append("</tbody></table>\n");
    }

    public void note(StringBuilder out, int number, String text) {
      out.append("<li id=\"n").append(number).append("\">").append(esc(text)).append("</li>\n");
    }

    public void end(StringBuilder out) {
      out.append("</ol>\n</body></html>\n");
    }

    private static String esc(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
