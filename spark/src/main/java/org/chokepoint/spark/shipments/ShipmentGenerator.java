package org.chokepoint.spark.shipments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chokepoint.core.model.Party;
import org.chokepoint.core.model.Schema;

/**
 * Synthetic shipment records, clearly marked as such (file name and ids start with "synthetic"): Russian importers
 * buying from Chinese, Hong Kong, Turkish, Central Asian and Emirati exporters; CHPL and other HS codes; and a share of
 * parties that are listed companies, written with the variants real records have (case, legal form, a typo).
 */
public final class ShipmentGenerator {
  private static final String[][] EXPORTERS = {{"CN", "Shenzhen", "Trading Co., Ltd"}, {"CN", "Guangzhou",
      "Electronics Co., Ltd"}, {"HK", "Hong Kong", "Industrial Ltd"}, {"TR", "Istanbul", "Dis Ticaret A.S."},
      {"KZ", "Almaty", "TOO"}, {"KG", "Bishkek", "OsOO"}, {"AE", "Dubai", "General Trading LLC"}, {"AM", "Yerevan",
      "LLC"}};
  private static final String[] WORDS = {"Global", "Star", "Sun", "Bright", "Union", "Eastern", "Silk", "Road", "Tech",
      "Precision", "Machinery", "Optics", "Sensor", "Micro", "Power", "Alpha", "Nova", "Prime", "Asia", "Orient"};
  private static final String[] RUSSIAN = {"Tekhnopark", "Promsnab", "Elektron", "Optika", "Stankoimport", "Vektor",
      "Impuls", "Granit", "Kristall", "Avangard", "Rubin", "Almaz", "Sever", "Ural", "Volga", "Baikal"};

  private record Listed(String name, String country) {}

  private final List<Listed> listed;
  private final List<String> chplCodes;
  private final List<String> otherCodes;
  private final Random random;

  public ShipmentGenerator(List<Party> parties, List<String> chplCodes, List<String> otherCodes, long seed) {
    this.listed = parties.stream().filter(p -> p.schema() == Schema.COMPANY || p.schema() == Schema.LEGAL_ENTITY)
        .filter(p -> p.caption().chars().allMatch(c -> c < 0x250))
        .map(p -> new Listed(p.caption(), p.countries().isEmpty() ? "" : p.countries().getFirst()
            .toUpperCase(Locale.ROOT))).limit(20_000).toList();
    this.chplCodes = List.copyOf(chplCodes);
    this.otherCodes = List.copyOf(otherCodes);
    this.random = new Random(seed);
  }

  /** Writes {@code n} shipments as CSV; about {@code listedShare} of parties are listed companies. */
  public void write(Path file, long n, double listedShare) throws IOException {
    List<String> exporters = new ArrayList<>();
    List<String> exporterCountries = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String[] e = EXPORTERS[i % EXPORTERS.length];
      exporters.add(e[1] + " " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
          + " " + e[2]);
      exporterCountries.add(e[0]);
    }
    List<String> importers = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      importers.add("OOO " + RUSSIAN[random.nextInt(RUSSIAN.length)] + "-" + RUSSIAN[random.nextInt(RUSSIAN.length)]);
    }
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write(ShipmentRecord.HEADER);
      w.write('\n');
      for (long i = 0; i < n; i++) {
        int e = skewed(exporters.size());
        String shipper = exporters.get(e);
        String shipperCountry = exporterCountries.get(e);
        if (random.nextDouble() < listedShare) {
          Listed l = listed.get(random.nextInt(listed.size()));
          shipper = variant(l.name());
          shipperCountry = l.country();
        }
        String consignee = importers.get(skewed(importers.size()));
        String destination = random.nextDouble() < 0.8 ? "RU" : random.nextBoolean() ? "BY" : "KZ";
        String consigneeCountry = destination;
        if (random.nextDouble() < listedShare) {
          Listed l = listed.get(random.nextInt(listed.size()));
          consignee = variant(l.name());
          consigneeCountry = l.country();
        }
        boolean chpl = random.nextDouble() < 0.35;
        String hs = chpl ? chplCodes.get(random.nextInt(chplCodes.size()))
            : otherCodes.get(skewed(otherCodes.size()));
        int day = random.nextInt(365);
        ShipmentRecord s = new ShipmentRecord("synthetic-" + i, String.format(Locale.ROOT, "2023-%02d-%02d",
            1 + day / 31 % 12, 1 + day % 28), shipper, shipperCountry, consignee, consigneeCountry,
            exporterCountries.get(e), destination, hs, "", Math.round(Math.exp(9 + 1.5 * random.nextGaussian())));
        w.write(s.csv());
        w.write('\n');
      }
    }
  }

  private String variant(String name) {
    return switch (random.nextInt(4)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> name.replace("Limited", "Ltd").replace("LIMITED", "LTD").replace("Company", "Co.");
      case 2 -> name.length() > 8 ? name.substring(0, 4) + name.substring(5) : name;
      default -> name;
    };
  }

  private int skewed(int n) {
    return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1)) - 1));
  }
}
