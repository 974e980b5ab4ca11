package org.chokepoint.trade.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.trade.load.TradeCountries;

/**
 * A clearly synthetic trade table in Chokepoint's own CSV layout (reporter, partner, flow, product, period, value,
 * currency): 57 countries × the CHPL and ~3,000 subheadings of the chapters trade with Russia is about × 72 months
 * (2019–2024), Zipf-skewed partners and goods, log-normal integer values. For benchmarks and for comparing the
 * embedded and Spark paths, never for analysis.
 */
public final class SyntheticTrade {
  /** The EU-27 and thirty partners, Russia and its neighbours among them. */
  public static final List<String> COUNTRIES = java.util.stream.Stream.concat(TradeCountries.EU27_MEMBERS.stream(),
      java.util.stream.Stream.of("RU", "CN", "US", "KZ", "KG", "AM", "GE", "UZ", "TR", "AE", "IN", "HK", "BY", "JP",
          "KR", "GB", "CH", "NO", "BR", "MX", "CA", "VN", "TH", "MY", "SG", "ID", "IL", "SA", "EG", "ZA")).toList();

  private SyntheticTrade() {}

  /** The goods drawn from: the CHPL first (so it is common), then chapters 84, 85, 90, 72, 73, 39, 87, 30, … */
  public static List<String> codes(GoodsCatalog catalog) {
    List<String> codes = new ArrayList<>(catalog.groups().get("chpl").subheadings());
    for (String chapter : List.of("84", "85", "90", "72", "73", "39", "87", "30", "61", "62", "94", "27")) {
      codes.addAll(catalog.hs().subheadings(chapter));
    }
    return codes;
  }

  /** Writes {@code rows} rows to {@code csv} (through a temporary file). */
  public static void write(Path csv, long rows, List<String> codes, long seed) throws IOException {
    Random random = new Random(seed);
    Path tmp = csv.resolveSibling(csv.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp)) {
      w.write("reporter,partner,flow,product,period,value,currency\n");
      StringBuilder line = new StringBuilder(64);
      for (long i = 0; i < rows; i++) {
        int r = skewed(random, COUNTRIES.size());
        int p = skewed(random, COUNTRIES.size());
        if (p == r) {
          p = (p + 1) % COUNTRIES.size();
        }
        String code = codes.get(skewed(random, codes.size()));
        int month = random.nextInt(72);
        double value = Math.exp(8 + 2.5 * random.nextGaussian());
        line.setLength(0);
        line.append(COUNTRIES.get(r)).append(',').append(COUNTRIES.get(p)).append(',')
            .append(random.nextBoolean() ? 'X' : 'M').append(',').append(code).append(',')
            .append(2019 + month / 12).append('-').append(month % 12 < 9 ? "0" : "").append(month % 12 + 1)
            .append(',').append((long) value).append(",USD\n");
        w.append(line);
      }
    }
    Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Zipf-like skew: index i drawn with weight about 1/(i+1). */
  private static int skewed(Random random, int n) {
    return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1)) - 1));
  }
}
