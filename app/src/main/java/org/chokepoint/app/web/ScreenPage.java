package org.chokepoint.app.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;

/**
 * The screening page: names pasted one per line or a CSV file with a {@code name} column, screened against the lists,
 * shown as a table or downloaded as CSV. The upload is read as a stream and refused past {@link #MAX_NAMES} names;
 * posts from other sites are refused (same-origin check), and downloaded cells that a spreadsheet would run as a
 * formula are defused.
 */
final class ScreenPage {
  /** Most names screened in one request. */
  static final int MAX_NAMES = 1000;

  /** The limit as the page states it. */
  static final String LIMIT = "At most " + String.format(Locale.ROOT, "%,d", MAX_NAMES) + " names per screening";

  private final Screener screener;

  ScreenPage(Screener screener) {
    this.screener = screener;
  }

  /** Thrown when the input holds more names than {@link #MAX_NAMES}. */
  private static final class TooManyNames extends Exception {
    TooManyNames() {
      super("more than " + MAX_NAMES + " names", null, false, false);
    }
  }

  void handle(Context ctx) throws IOException {
    boolean post = ctx.method().name().equals("POST");
    if (post && crossSite(ctx)) {
      ctx.status(403);
      WebUi.html(ctx, new Html().page("Screening").p("This form can only be sent from Chokepoint's own screening "
          + "page; the request came from another site and was refused.").end());
      return;
    }
    List<String> names = new ArrayList<>();
    try {
      String text = post ? ctx.formParam("names") : ctx.queryParam("names");
      if (text != null) {
        for (String line : text.lines().toList()) {
          add(names, line);
        }
      }
      UploadedFile file = post && ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
      if (file != null && file.size() > 0) {
        try (InputStream in = file.content()) {
          readCsv(in, names);
        }
      }
    } catch (TooManyNames e) {
      ctx.status(400);
      page(ctx, List.of(), List.of(), LIMIT + ": the input has more, and none "
          + "were screened. Split it, or use 'chokepoint screen --input FILE' for large files.");
      return;
    } catch (CsvReader.MalformedCsvException e) {
      ctx.status(400);
      page(ctx, List.of(), List.of(), "The CSV file cannot be read: " + e.getMessage());
      return;
    }
    boolean csvOut = (post ? ctx.formParam("csv") : ctx.queryParam("csv")) != null;
    List<List<String>> rows = new ArrayList<>();
    StringBuilder csv = new StringBuilder("name,score,match,id,lists\n");
    for (String name : names) {
      List<Match> matches;
      try {
        matches = screener.screen(new MatchQuery(name, null, List.of(), "", List.of(), MatchQuery.DEFAULT_THRESHOLD,
            3));
      } catch (IllegalArgumentException e) {
        rows.add(List.of(Html.esc(name), "", "", "", Html.esc(e.getMessage())));
        csv.append(cell(name)).append(",,,,").append(cell(e.getMessage())).append('\n');
        continue;
      }
      if (matches.isEmpty()) {
        rows.add(List.of(Html.esc(name), "", "no match", "", ""));
        csv.append(cell(name)).append(",,,,\n");
      }
      for (Match m : matches) {
        rows.add(List.of(Html.esc(name), String.format(Locale.ROOT, "%.3f", m.score()), Html.node(m.party().id(),
            m.party().caption()), Html.esc(String.join("; ", m.party().listLabels())),
            Html.esc(Screener.describe(m.comparison()))));
        csv.append(cell(name)).append(',').append(String.format(Locale.ROOT, "%.3f", m.score())).append(',')
            .append(cell(m.party().caption())).append(',').append(cell(m.party().id())).append(',')
            .append(cell(String.join("; ", m.party().listLabels()))).append('\n');
      }
    }
    if (csvOut) {
      ctx.header("Content-Disposition", "attachment; filename=\"screening.csv\"");
      ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
      return;
    }
    page(ctx, names, rows, "");
  }

  private static void add(List<String> names, String value) throws TooManyNames {
    String name = value.strip();
    if (name.isEmpty()) {
      return;
    }
    if (names.size() >= MAX_NAMES) {
      throw new TooManyNames();
    }
    names.add(name);
  }

  /** Reads the {@code name} column of a CSV upload as it arrives, stopping past the cap. */
  private static void readCsv(InputStream in, List<String> names) throws IOException, TooManyNames {
    try (CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      CsvReader.Row header = csv.next();
      if (header == null) {
        return;
      }
      int col = -1;
      for (int i = 0; i < header.fields().size(); i++) {
        if (header.get(i).strip().equalsIgnoreCase("name")) {
          col = i;
          break;
        }
      }
      if (col < 0) {
        throw new CsvReader.MalformedCsvException("line 1: no 'name' column in the header " + header.fields());
      }
      CsvReader.Row r;
      while ((r = csv.next()) != null) {
        add(names, r.get(col));
      }
    }
  }

  /**
   * Whether a form post comes from another site: the browser says so ({@code Sec-Fetch-Site}), or its
   * {@code Origin} is not this server's host. Requests without either header (scripts, curl) are not browsers
   * acting for another site.
   */
  static boolean crossSite(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return true;
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return false;
    }
    String host = ctx.header("Host");
    try {
      URI u = URI.create(origin.strip());
      if (u.getHost() == null || host == null) {
        return true;
      }
      String authority = u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
      return !authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /**
   * One CSV cell: quoted when it holds a comma, quote or line break, and prefixed with an apostrophe when it starts
   * with a character that makes a spreadsheet read it as a formula ({@code = + - @}, tab, carriage return).
   */
  static String cell(String s) {
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return v.matches("(?s).*[\",\\n\\r].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private static void page(Context ctx, List<String> names, List<List<String>> rows, String message) {
    Html h = new Html().page("Screening");
    if (!message.isEmpty()) {
      h.raw("<p class=\"conflict\" role=\"alert\">" + Html.esc(message) + "</p>\n");
    }
    h.raw("<form method=\"post\" enctype=\"multipart/form-data\"><label for=\"names\">Names, one per line</label>"
        + "<textarea id=\"names\" name=\"names\" rows=\"8\">" + Html.esc(String.join("\n", names)) + "</textarea>"
        + "<label>or a CSV file with a <code>name</code> column <input type=\"file\" name=\"file\" accept=\".csv\">"
        + "</label><label><input type=\"checkbox\" name=\"csv\"> download results as CSV</label>"
        + "<button>Screen</button></form>\n");
    h.note(LIMIT + " (pasted and uploaded together); larger inputs are "
        + "refused whole. For more, use 'chokepoint screen --input FILE'.");
    if (!names.isEmpty()) {
      h.table(List.of("name", "score", "match", "lists", "why"), rows, "screening");
    }
    WebUi.html(ctx, h.end());
  }
}
