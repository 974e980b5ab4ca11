package org.chokepoint.lists.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chokepoint.core.country.Countries;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.EntityBuilder;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.model.SourceRef;
import org.chokepoint.core.text.PartialDates;

/**
 * EU sanctions by legal act: one CSV per CELEX number with FollowTheMoney-like columns. The list label follows the
 * act ("EU 269/2014", "EU Decision 2010/573") and names the annex where an act has several ("EU 833/2014 Annex IV").
 */
public record EuLoader() implements ListLoader {
  private static final String AUTHORITY = "Council of the European Union";
  private static final Pattern CELEX = Pattern.compile("3(\\d{4})([RD])(\\d{4})");
  private static final Pattern WITH_COUNTRY = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");
  private static final List<String[]> IDENTIFIER_COLUMNS = List.of(
      new String[] {"innCode", "INN"}, new String[] {"ogrnCode", "OGRN"}, new String[] {"imoNumber", "IMO"},
      new String[] {"registrationNumber", "REGISTRATION"}, new String[] {"taxNumber", "TAX"},
      new String[] {"passportNumber", "PASSPORT"}, new String[] {"idNumber", "NATIONAL_ID"},
      new String[] {"leiCode", "LEI"}, new String[] {"swiftBic", "SWIFT"}, new String[] {"kppCode", "KPP"},
      new String[] {"okpoCode", "OKPO"});

  @Override
  public String name() {
    return "EU sanctions";
  }

  @Override
  public List<String> sourceIds() {
    return List.of("eu-journal");
  }

  @Override
  public List<LoadReport> load(DataDirectory data, SourceRegistry sources, Consumer<Entity> sink) throws IOException {
    Path folder = data.resolve(sources.get("eu-journal"));
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    List<LoadReport> reports = new ArrayList<>();
    for (Path file : files) {
      reports.add(loadAct(file, sink));
    }
    return reports;
  }

  private LoadReport loadAct(Path file, Consumer<Entity> sink) throws IOException {
    String celex = file.getFileName().toString().replace(".csv", "");
    String act = actLabel(celex);
    Set<String> annexGroups = new LinkedHashSet<>();
    CsvRecords.read(file, new Tally(act, file.getFileName().toString(), e -> { }), List.of("annex"),
        r -> annexGroups.add(r.get("annex").split("\\.")[0]));
    boolean nameAnnex = annexGroups.size() > 1;
    Tally tally = new Tally(act, file.getFileName().toString(), sink);
    CsvRecords.read(file, tally, List.of("name", "schema", "recordId"), r -> {
      String where = "line " + r.line();
      Schema schema;
      try {
        schema = Schema.parse(r.get("schema"));
      } catch (IllegalArgumentException e) {
        tally.skip("schema " + r.get("schema") + " is not a party", where + " field schema");
        return;
      }
      String annex = r.get("annex");
      String list = nameAnnex && !annex.isEmpty() ? act + " Annex " + annex : act;
      // Record numbers restart in each annex section (I.PERSONS 614 and I.ENTITIES 614 are different parties).
      String section = annex.isEmpty() ? "" : annex.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
          + "-";
      EntityBuilder b = new EntityBuilder("eu-" + celex + "-" + section + r.get("recordId")).schema(schema);
      for (String n : r.values("name")) {
        b.name(n, NameKind.PRIMARY);
      }
      addNames(b, r.values("alias"), NameKind.ALIAS);
      addNames(b, r.values("weakAlias"), NameKind.WEAK);
      addNames(b, r.values("previousName"), NameKind.PREVIOUS);
      for (String column : List.of("country", "nationality", "jurisdiction", "flag")) {
        for (String c : r.values(column)) {
          Countries.allIn(c).forEach(b::country);
        }
      }
      for (String a : r.values("address")) {
        b.address(a);
        String[] parts = a.split(",");
        b.country(Countries.toIso2(parts[parts.length - 1]));
      }
      for (String d : r.values("birthDate")) {
        for (String alt : d.split(" or ")) {
          b.birthDate(PartialDates.parse(alt));
        }
      }
      for (String[] col : IDENTIFIER_COLUMNS) {
        for (String v : r.values(col[0])) {
          Matcher m = WITH_COUNTRY.matcher(v);
          if (m.matches()) {
            b.identifier(col[1], m.group(1), Countries.toIso2(m.group(2)));
          } else {
            b.identifier(col[1], v, "");
          }
        }
      }
      b.listing(new Listing(AUTHORITY, list, r.get("programKey"), PartialDates.parse(r.get("startDate")),
          r.get("reason"), new SourceRef(file.getFileName().toString(), r.line(), r.get("recordId"))));
      tally.emit(b, where);
    });
    return tally.report();
  }

  private static void addNames(EntityBuilder b, List<String> names, NameKind kind) {
    for (String n : names) {
      String lower = n.toLowerCase(Locale.ROOT);
      if (n.endsWith(":") || lower.equals("text of image") || lower.equals("image")) {
        continue;
      }
      b.name(n, kind);
    }
  }

  /** "32014R0269" → "EU 269/2014"; "32010D0573" → "EU Decision 2010/573". */
  static String actLabel(String celex) {
    Matcher m = CELEX.matcher(celex);
    if (!m.matches()) {
      return "EU " + celex;
    }
    int number = Integer.parseInt(m.group(3));
    return m.group(2).equals("R") ? "EU " + number + "/" + m.group(1) : "EU Decision " + m.group(1) + "/" + number;
  }
}
