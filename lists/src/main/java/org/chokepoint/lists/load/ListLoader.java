package org.chokepoint.lists.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.model.Entity;

/** Reads one list format from the data directory into entities; one implementation per format. */
public sealed interface ListLoader
    permits OfacLoader, UnLoader, EuLoader, UkLoader, RestrictedPartiesLoader, EndUserListLoader,
        OpenSanctionsCsvLoader, CslLoader {

  /** The list's name in reports, e.g. "OFAC SDN". */
  String name();

  /** The ids of the sources this loader reads (from {@link SourceRegistry}). */
  List<String> sourceIds();

  /**
   * Loads the list, handing each entity to {@code sink}. Bad records are skipped and counted; an unreadable file
   * raises an exception naming it.
   */
  List<LoadReport> load(DataDirectory data, SourceRegistry sources, Consumer<Entity> sink) throws IOException;
}
