package org.chokepoint.lists.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.Source;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.model.Entity;

/** Every list loader Chokepoint has, and loading all lists present in a data directory. */
public final class ListCatalog {
  /** The entities read and one report per list (or per file, for lists spread over files). */
  public record Loaded(List<Entity> entities, List<LoadReport> reports) {}

  private ListCatalog() {}

  public static List<ListLoader> loaders() {
    List<ListLoader> all = new ArrayList<>(List.of(OfacLoader.sdn(), OfacLoader.consolidated(), new UnLoader(),
        new EuLoader(), new UkLoader(), new RestrictedPartiesLoader(), EndUserListLoader.mofcom(),
        EndUserListLoader.meti()));
    all.addAll(OpenSanctionsCsvLoader.all());
    all.add(new CslLoader());
    return List.copyOf(all);
  }

  /** The day the named file of the loader's sources last changed in the data directory, "" when not found. */
  private static String fileDate(DataDirectory data, SourceRegistry sources, ListLoader loader, String fileName) {
    for (String id : loader.sourceIds()) {
      Path p = data.resolve(sources.get(id));
      Path file = Files.isDirectory(p) ? p.resolve(fileName) : p;
      if (file.getFileName().toString().equals(fileName) && Files.isRegularFile(file)) {
        try {
          return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC).toString();
        } catch (IOException e) {
          return "";
        }
      }
    }
    return "";
  }

  /**
   * Loads every list whose primary source is present. A list that cannot be read at all is reported with the
   * reason and the others still load.
   */
  public static Loaded loadAll(DataDirectory data, SourceRegistry sources) {
    List<Entity> entities = new ArrayList<>();
    List<LoadReport> reports = new ArrayList<>();
    for (ListLoader loader : loaders()) {
      Source primary = sources.get(loader.sourceIds().getFirst());
      if (!data.has(primary) && primary.optional()) {
        continue;
      }
      if (!data.has(primary)) {
        reports.add(new LoadReport(loader.name(), primary.file(), 0, Map.of("source missing", 1L), 0, 0,
            List.of(primary.file() + ": not in the data directory; run 'chokepoint update'")));
        continue;
      }
      List<Entity> fromLoader = new ArrayList<>();
      try {
        for (LoadReport r : loader.load(data, sources, fromLoader::add)) {
          reports.add(r.withFileDate(fileDate(data, sources, loader, r.file())));
        }
        entities.addAll(fromLoader);
      } catch (IOException | RuntimeException e) {
        reports.add(new LoadReport(loader.name(), primary.file(), 0, Map.of("unreadable", 1L), 0, 0,
            List.of(primary.file() + ": " + e.getMessage())));
      }
    }
    return new Loaded(List.copyOf(entities), List.copyOf(reports));
  }
}
