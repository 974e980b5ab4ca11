package org.chokepoint.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chokepoint.app.json.CheckJson;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.app.workspace.ShipmentRequest;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.core.io.CsvReader;
import org.chokepoint.core.io.TextFiles;
import org.chokepoint.goods.controls.ControlsEngine;
import org.chokepoint.goods.controls.Rule;
import org.chokepoint.goods.controls.Rules;
import org.chokepoint.goods.controls.Shipment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Checks shipments against the trade-control rules and screens their parties. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check shipments ({origin, exporter_country, destination, hs, description, production_date, "
        + "shipper, consignee, date}) against trade-control rules: CHPL items to Russia/Belarus and diversion hubs, "
        + "the US/UK ban on Russian aluminium, copper and nickel, listed parties. Each finding cites its legal "
        + "basis; each rule binds only within its jurisdiction (EU: exporter in the EU; US EAR: US exporter or "
        + "US-origin goods; import bans: the importing country), rules outside it are shown as notes.",
        "origin is the goods' country of origin; exporter_country defaults to origin."})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  ChokepointCommand main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A .json or .jsonl file (one shipment object, an array of them, or "
      + "one object per line) or a .csv file.")
  Path file;

  @Option(names = "--rules", paramLabel = "FILE", description = "Rules file replacing the built-in rules.")
  Path rulesFile;

  @Option(names = "--json", description = "Print JSON, one object per shipment in an array.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ShipmentRequest> shipments = read(file);
    Workspace workspace = main.workspace(err);
    List<Rule> rules = rulesFile == null ? Rules.standard() : Rules.read(rulesFile);
    try (Services screening = workspace.open(EnumSet.of(Capability.SCREENING))) {
      Services checking = Services.builder().screening(screening.screening())
          .goods(Workspace.goods(workspace.openCatalog(), rules, screening.screening())).build();
      ArrayNode all = MatchJson.MAPPER.createArrayNode();
      int errors = 0;
      for (Services.ShipmentCheck check : checking.checkShipments(shipments)) {
        if (json) {
          all.add(CheckJson.check(check));
        } else if (!check.ok()) {
          out.printf("shipment %d: error: %s%n", check.number(), check.error());
        } else {
          ControlsEngine.Check c = check.check();
          Shipment s = c.shipment();
          out.printf("shipment %d: %s  (%s → %s, HS %s%s)%n", check.number(),
              c.verdict().name().toLowerCase(Locale.ROOT), s.origin(), s.destination(), c.hs(),
              c.hsNote().isEmpty() ? "" : "; " + c.hsNote());
          for (ControlsEngine.Finding f : c.findings()) {
            out.printf("  %-16s %s: %s%n    why: %s%n    scope: %s%n    basis: %s%n",
                f.verdict().name().toLowerCase(Locale.ROOT), f.rule(), f.reason(), f.detail(), f.scope(),
                f.citation());
          }
          for (ControlsEngine.Finding f : c.notes()) {
            out.printf("  note             %s (%s): %s%n", f.rule(), f.title(), f.scope());
          }
          for (ControlsEngine.JurisdictionCall j : c.jurisdictions()) {
            out.printf("  %-16s %s%n", j.jurisdiction() + (j.applies() ? " applies" : " n/a"), j.why());
          }
        }
        errors += check.ok() ? 0 : 1;
      }
      if (json) {
        out.println(all.toString());
      }
      if (errors > 0) {
        err.printf("%s: %d of %d shipments could not be checked%n", file, errors, shipments.size());
      }
      return errors > 0 ? 1 : 0;
    }
  }

  /**
   * Reads shipments from JSON (an object, an array, or one object per line) or CSV with a header; countries may be
   * names or codes. A shipment that cannot be read is checked as an error so the others are still checked.
   */
  static List<ShipmentRequest> read(Path file) throws Exception {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<Map<String, String>> rows = new ArrayList<>();
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      List<JsonNode> nodes;
      try {
        nodes = CheckJson.shipments(TextFiles.read(file));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
      for (JsonNode n : nodes) {
        Map<String, String> m = new HashMap<>();
        n.properties().forEach(e -> m.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : ""));
        rows.add(m);
      }
    } else {
      try (CsvReader csv = new CsvReader(TextFiles.reader(file))) {
        CsvReader.Row header = csv.next();
        if (header == null) {
          throw new IllegalArgumentException(file + ": empty file");
        }
        for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
          Map<String, String> m = new HashMap<>();
          for (int i = 0; i < header.fields().size(); i++) {
            m.put(header.fields().get(i).strip(), r.get(i));
          }
          rows.add(m);
        }
      }
    }
    return rows.stream().map(ShipmentRequest::new).toList();
  }
}
