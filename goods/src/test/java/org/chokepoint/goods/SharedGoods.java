package org.chokepoint.goods;

import java.io.IOException;
import java.nio.file.Path;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;

/** The real goods files from ../shared/data, copied into a test's data directory through the mirror update. */
final class SharedGoods {
  private SharedGoods() {}

  static GoodsCatalog load(Path dir) throws IOException {
    String shared = System.getProperty("chokepoint.shared", "../../shared");
    DataDirectory data = new DataDirectory(dir);
    new Updater(data, SourceRegistry.builtIn(), Updater.defaultClient()).fromMirror(Path.of(shared, "data"));
    return GoodsCatalog.load(data, SourceRegistry.builtIn());
  }
}
