package org.chokepoint.goods;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.Source;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.goods.groups.GoodsGroups;
import org.chokepoint.goods.hs.Correlation;
import org.chokepoint.goods.hs.Nomenclature;

/**
 * What Chokepoint knows about goods, read from the data directory: the HS 2022 nomenclature, the HS 2022 ↔ 2017
 * correlation, the Common High Priority List and the named goods groups.
 */
public record GoodsCatalog(Nomenclature hs, Correlation correlation, Chpl chpl, GoodsGroups groups,
    List<String> problems) {

  /** Loads every goods source; a missing one is an error that says to run {@code chokepoint update}. */
  public static GoodsCatalog load(DataDirectory data, SourceRegistry sources) throws IOException {
    List<String> problems = new ArrayList<>();
    Nomenclature hs = Nomenclature.read(require(data, sources.get("hs2022-nomenclature")),
        data.resolve(sources.get("hs-sections")), problems);
    Correlation correlation = Correlation.read(require(data, sources.get("hs-correlation-2022-2017")), problems);
    Chpl chpl = Chpl.read(require(data, sources.get("chpl")), problems);
    return new GoodsCatalog(hs, correlation, chpl, GoodsGroups.standard(hs, chpl), List.copyOf(problems));
  }

  /** A classifier over this catalog (builds an in-memory index; about a second). */
  public org.chokepoint.goods.classify.GoodsClassifier newClassifier() {
    return new org.chokepoint.goods.classify.GoodsClassifier(hs, chpl, groups);
  }

  private static java.nio.file.Path require(DataDirectory data, Source source) throws IOException {
    if (!data.has(source)) {
      throw new IOException(source.file() + " is not in the data directory " + data.root()
          + "; run 'chokepoint update'");
    }
    return data.resolve(source);
  }
}
