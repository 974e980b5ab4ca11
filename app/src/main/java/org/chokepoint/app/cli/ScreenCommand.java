package org.chokepoint.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

import java.util.HashSet;

import java.time.Instant;

import java.io.IOException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chokepoint.app.batch.BatchScreening;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.ScreeningRequest;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.lists.screen.Feature;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Screens one name, or a file of names, against every loaded list. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Screen a party name against the sanctions and export-control lists.",
        "Scores are in [0,1]; the default threshold is " + MatchQuery.DEFAULT_THRESHOLD + "."},
    footer = {"", "Examples:", "  chokepoint screen \"Wuhan Global Sensor Tech Co., Ltd\" --country cn",
        "  chokepoint screen \"PUTIN, Vladimir\" --schema Person --birth-date 1952-10-07 --json",
        "  chokepoint screen --input names.csv --name-column full_name --output hits.jsonl"})
final class ScreenCommand implements Callable<Integer> {
  @ParentCommand
  ChokepointCommand main;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen.")
  String name;

  @Option(names = "--schema", description = "Person, Company, Organization, Vessel or LegalEntity.")
  String schema;

  @Option(names = "--country", description = "Country name or ISO code the party is connected with (repeatable).")
  List<String> countries = new ArrayList<>();

  @Option(names = "--birth-date", paramLabel = "DATE", description = "Birth date or year (persons).")
  String birthDate;

  @Option(names = "--id", paramLabel = "ID", description = "Identifier: IMO, INN, OGRN, registration or tax number.")
  List<String> identifiers = new ArrayList<>();

  @Option(names = "--threshold", description = "Lowest score to report (default ${DEFAULT-VALUE}).")
  double threshold = MatchQuery.DEFAULT_THRESHOLD;

  @Option(names = "--limit", description = "Most matches to report (default ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--explain", description = "Print each match's word alignment and feature contributions.")
  boolean explain;

  @Option(names = "--input", paramLabel = "FILE", description = "Batch: a .csv (with header) or .jsonl file of names.")
  Path input;

  @Option(names = "--output", paramLabel = "FILE", description = "Batch: where to write results (.csv or .jsonl).")
  Path output;

  @Option(names = "--name-column", description = "Batch: column (or JSON field) with the name (default ${DEFAULT-VALUE}).")
  String nameColumn = "name";

  @Option(names = "--country-column", description = "Batch: column with a country hint.")
  String countryColumn;

  @Option(names = "--schema-column", description = "Batch: column with the schema.")
  String schemaColumn;

  @Option(names = "--birth-date-column", description = "Batch: column with a birth date.")
  String birthDateColumn;

  @Option(names = "--exclude", paramLabel = "ID",
      description = "Party or list-entry id a reviewer has cleared: never reported (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--changed-since", paramLabel = "DATE",
      description = "Delta screening: screen only against list entries added or changed since DATE (YYYY-MM-DD), "
          + "as recorded by 'update'.")
  String changedSince;

  @Option(names = "--threads", description = "Batch: worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    if ((name == null) == (input == null)) {
      throw new ParameterException(spec.commandLine(), "give either a NAME or --input FILE");
    }
    if (input != null && output == null) {
      throw new ParameterException(spec.commandLine(), "--input needs --output FILE (.csv or .jsonl)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Services services = main.workspace(err).open(EnumSet.of(Capability.SCREENING))) {
      if (input != null) {
        return batch(services.screening(), err);
      }
      Screener screener = services.screening();
      MatchQuery query = query().excluding(exclude);
      List<Match> matches = screener.screen(query, changedEntries(screener));
      if (json) {
        ObjectNode result = MatchJson.result(query, matches);
        result.set("audit", MatchJson.audit(screener.provenance()));
        out.println(MatchJson.MAPPER.writeValueAsString(result));
      } else {
        printTable(out, matches);
      }
      return 0;
    }
  }

  private MatchQuery query() {
    try {
      return new ScreeningRequest("", name, schema, countries, birthDate, identifiers).toQuery(threshold, limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void printTable(PrintWriter out, List<Match> matches) {
    if (matches.isEmpty()) {
      out.println("no match at or above " + threshold);
      return;
    }
    out.printf("%-6s %-22s %-12s %-48s %s%n", "score", "id", "schema", "name", "lists");
    for (Match m : matches) {
      out.printf("%-6.3f %-22s %-12s %-48s %s%n", m.score(), m.party().id(), m.party().schema().label(),
          cut(m.party().caption(), 48), String.join(" · ", m.party().listLabels()));
      if (!m.matchedName().equals(m.party().caption())) {
        out.printf("       matched: %s (%s)%n", m.matchedName(), m.matchedKind().name().toLowerCase(Locale.ROOT));
      }
      if (explain) {
        out.printf("       name score %.3f: %s%n", m.nameScore(), Screener.describe(m.comparison()));
        for (Feature f : m.features()) {
          out.printf("       %+.3f %s: %s%n", f.contribution(), f.name(), f.detail());
        }
      }
    }
  }

  private int batch(Screener screener, PrintWriter err) throws Exception {
    Instant started = Instant.now();
    BatchScreening batch = new BatchScreening(screener, threshold, limit, threads, Set.copyOf(exclude),
        changedEntries(screener));
    PrintWriter progress = System.console() != null ? err : null;
    BatchScreening.Summary s = batch.run(input, output,
        new BatchScreening.Columns(nameColumn, countryColumn, schemaColumn, birthDateColumn), progress);
    Path record = batch.writeAuditRecord(input, output, started, s);
    err.printf("screened %,d rows in %.1f s (%,.0f names/s): %,d with matches, %,d errors -> %s (record: %s)%n",
        s.rows(), s.millis() / 1000.0, s.namesPerSecond(), s.matched(), s.errors(), output, record.getFileName());
    return 0;
  }

  /** The entry ids added or changed since {@code --changed-since}, or null when not given (screen against all). */
  private Set<String> changedEntries(Screener screener) throws IOException {
    if (changedSince == null) {
      return null;
    }
    try {
      Set<String> ids = new HashSet<>();
      screener.index().changesSince(changedSince).forEach(c -> ids.addAll(c.addedOrChangedIds()));
      return ids;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--changed-since: " + e.getMessage());
    }
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
