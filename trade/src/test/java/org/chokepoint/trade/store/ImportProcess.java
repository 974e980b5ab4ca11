package org.chokepoint.trade.store;

import java.nio.file.Path;
import java.util.Arrays;
import org.chokepoint.trade.load.TradeParser;

/** A separate process that imports files into a snapshot folder, for the kill -9 test. */
public final class ImportProcess {
  private ImportProcess() {}

  public static void main(String[] args) throws Exception {
    new TradeSnapshots(Path.of(args[0])).importFiles(Arrays.stream(args).skip(1).map(Path::of).toList(), null,
        () -> new TradeParser(null));
  }
}
