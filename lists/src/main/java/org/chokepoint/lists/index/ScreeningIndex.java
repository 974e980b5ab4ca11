package org.chokepoint.lists.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.Updater;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Name;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Party;
import org.chokepoint.lists.link.PartyLinker;
import org.chokepoint.lists.load.LoadReport;
import org.chokepoint.lists.match.LegalForms;
import org.chokepoint.lists.match.NameParts;
import org.chokepoint.lists.match.Phonetic;
import org.chokepoint.lists.match.TokenWeights;

/**
 * The screening index on disk: linked parties, their prepared names and a Lucene index of words, character
 * trigrams and sound keys for candidate retrieval. Each build goes to a new folder beside the live one and is made
 * live by atomically rewriting the {@code CURRENT} pointer, so readers never see half a build and a failed build
 * never replaces a good one.
 */
public final class ScreeningIndex implements AutoCloseable {
  /** The first build's size estimate per entity: twice the ~250 bytes measured on the mirror (9.4 MB, 39,005). */
  static final long FIRST_BUILD_BYTES_PER_ENTITY = 512;

  /** Bumped whenever loading, linking or name preparation changes, so older builds are rebuilt. */
  public static final int FORMAT_VERSION = 9;
  public static final String FIELD_ORD = "ord";
  public static final String FIELD_TOKEN = "tok";
  public static final String FIELD_GRAM = "gram";
  public static final String FIELD_SOUND = "phon";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * What a build read and produced, kept in the build's {@code meta.json}: the list versions it was built from and
   * what changed since the build before.
   */
  public record Meta(String fingerprint, String builtAt, int entities, int parties, int names,
      List<LoadReport> reports, long buildMillis, List<ListVersion> lists, ListChanges changes) {
    public Meta {
      lists = lists == null ? List.of() : List.copyOf(lists);
    }
  }

  /** One stored name: its party, kind, original text and prepared words. */
  record StoredName(int party, NameKind kind, String value, String tokens, String forms) {}

  private final Path folder;
  private final Meta meta;
  private final List<Party> parties;
  private final int[] nameParty;
  private final NameKind[] nameKind;
  private final String[] nameValue;
  private final NameParts[] nameParts;
  private final TokenWeights weights;
  private final double[][] nameWeights;
  private final Map<String, Integer> partyById;
  private final DirectoryReader reader;
  private final CandidateRetriever retriever;

  private ScreeningIndex(Path folder, Meta meta, List<Party> parties, List<StoredName> names) throws IOException {
    this.folder = folder;
    this.meta = meta;
    this.parties = List.copyOf(parties);
    int n = names.size();
    nameParty = new int[n];
    nameKind = new NameKind[n];
    nameValue = new String[n];
    nameParts = new NameParts[n];
    for (int i = 0; i < n; i++) {
      StoredName s = names.get(i);
      nameParty[i] = s.party();
      nameKind[i] = s.kind();
      nameValue[i] = s.value();
      nameParts[i] = new NameParts(s.value(), split(s.tokens()), split(s.forms()));
    }
    weights = TokenWeights.of(List.of(nameParts));
    nameWeights = new double[n][];
    for (int i = 0; i < n; i++) {
      List<String> t = nameParts[i].tokens();
      nameWeights[i] = new double[t.size()];
      for (int j = 0; j < t.size(); j++) {
        nameWeights[i][j] = weights.weight(t.get(j));
      }
    }
    Map<String, Integer> ids = new java.util.HashMap<>();
    for (int i = 0; i < parties.size(); i++) {
      ids.put(parties.get(i).id(), i);
      for (Entity e : parties.get(i).entities()) {
        ids.putIfAbsent(e.id(), i);
      }
    }
    partyById = Map.copyOf(ids);
    reader = DirectoryReader.open(FSDirectory.open(folder.resolve("lucene")));
    if (n == 0 || reader.maxDoc() != n || reader.leaves().size() != 1 || reader.hasDeletions()) {
      reader.close();
      throw new IOException(folder + ": Lucene index does not line up with names.json.gz; run 'chokepoint lists --rebuild'");
    }
    retriever = new CandidateRetriever(reader.leaves().getFirst().reader());
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
  }

  /** The folder holding every build and the {@code CURRENT} pointer. */
  public static Path home(DataDirectory data) {
    return data.indexes().resolve("screening");
  }

  /** Opens the live build, or returns null when none exists. */
  public static ScreeningIndex openCurrent(DataDirectory data) throws IOException {
    Path pointer = home(data).resolve("CURRENT");
    if (!Files.isRegularFile(pointer)) {
      return null;
    }
    Path folder = home(data).resolve(Files.readString(pointer).strip());
    if (!Files.isDirectory(folder)) {
      throw new IOException("index pointer " + pointer + " names a missing build: " + folder.getFileName());
    }
    return open(folder);
  }

  static ScreeningIndex open(Path folder) throws IOException {
    Meta meta = JSON.readValue(folder.resolve("meta.json").toFile(), Meta.class);
    java.util.concurrent.CompletableFuture<List<Party>> parties = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> {
          try {
            return readGzip(folder.resolve("parties.json.gz"), new TypeReference<List<Party>>() {});
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    List<StoredName> names = readGzip(folder.resolve("names.json.gz"), new TypeReference<List<StoredName>>() {});
    try {
      return new ScreeningIndex(folder, meta, parties.join(), names);
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
    }
  }

  /**
   * Links the entities into parties, writes a new build beside the live one and makes it live. Older builds are
   * removed once the new one is live.
   */
  public static Meta build(DataDirectory data, List<Entity> entities, List<LoadReport> reports, String fingerprint)
      throws IOException {
    return build(data, entities, reports, fingerprint, DiskSpace.system());
  }

  /**
   * As {@link #build(DataDirectory, List, List, String)}, first checking that {@code disk} has room for a build
   * the size of the live one (or, for the first build, {@value #FIRST_BUILD_BYTES_PER_ENTITY} bytes per entity)
   * plus half again; when it has not, nothing is written and the live build stays.
   */
  public static Meta build(DataDirectory data, List<Entity> entities, List<LoadReport> reports, String fingerprint,
      DiskSpace disk) throws IOException {
    return build(data, entities, reports, fingerprint, disk, List.of());
  }

  /** As above, recording the list versions the entities were read from. */
  public static Meta build(DataDirectory data, List<Entity> entities, List<LoadReport> reports, String fingerprint,
      DiskSpace disk, List<ListVersion> versions) throws IOException {
    long start = System.nanoTime();
    Path home = home(data);
    Files.createDirectories(home);
    disk.require(home, DiskSpace.estimate(liveBuildBytes(home), entities.size() * FIRST_BUILD_BYTES_PER_ENTITY),
        "screening index build");
    String buildId = "build-" + System.currentTimeMillis();
    Path folder = home.resolve(buildId);
    Path staging = home.resolve(".staging-" + buildId);
    Updater.deleteTree(staging);
    Files.createDirectories(staging);
    try {
      List<Party> parties = PartyLinker.link(entities);
      LegalForms forms = LegalForms.standard();
      List<StoredName> names = new ArrayList<>();
      IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(new LogByteSizeMergePolicy())
          .setRAMBufferSizeMB(128).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (FSDirectory dir = FSDirectory.open(staging.resolve("lucene")); IndexWriter writer = new IndexWriter(dir, config)) {
        for (int p = 0; p < parties.size(); p++) {
          Party party = parties.get(p);
          Map<String, Name> distinct = new LinkedHashMap<>();
          for (Name name : party.names()) {
            distinct.putIfAbsent(name.value(), name);
          }
          for (Name name : distinct.values()) {
            NameParts parts = NameParts.of(name.value(), party.schema(), forms);
            if (parts.isEmpty()) {
              continue;
            }
            int ord = names.size();
            names.add(new StoredName(p, name.kind(), name.value(), String.join(" ", parts.tokens()),
                String.join(" ", parts.legalForms())));
            writer.addDocument(document(ord, parts.tokens()));
          }
        }
        writer.forceMerge(1);
        writer.commit();
      }
      writeGzip(staging.resolve("parties.json.gz"), parties);
      writeGzip(staging.resolve("names.json.gz"), names);
      List<ChangeLog.EntryDigest> digests = ChangeLog.digests(entities);
      ChangeLog.writeDigests(staging, digests);
      String builtAt = Instant.now().toString();
      ListChanges changes = ChangeLog.compare(previousDigests(home), digests, builtAt);
      long millis = (System.nanoTime() - start) / 1_000_000;
      Meta meta = new Meta(fingerprint, builtAt, entities.size(), parties.size(), names.size(), reports, millis,
          versions, changes);
      JSON.writerWithDefaultPrettyPrinter().writeValue(staging.resolve("meta.json").toFile(), meta);
      Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
      Path tmp = Files.createTempFile(home, ".current-", ".tmp");
      Files.writeString(tmp, buildId);
      Files.move(tmp, home.resolve("CURRENT"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      ChangeLog.append(home, changes);
      removeOldBuilds(home, buildId);
      return meta;
    } catch (IOException | RuntimeException e) {
      Updater.deleteTree(staging);
      throw e;
    }
  }

  /** The entry digests of the live build, or null when there is none (or it predates the change log). */
  private static List<ChangeLog.EntryDigest> previousDigests(Path home) throws IOException {
    Path pointer = home.resolve("CURRENT");
    if (!Files.isRegularFile(pointer)) {
      return null;
    }
    return ChangeLog.readDigests(home.resolve(Files.readString(pointer).strip()));
  }

  private static long liveBuildBytes(Path home) throws IOException {
    Path pointer = home.resolve("CURRENT");
    if (!Files.isRegularFile(pointer)) {
      return 0;
    }
    String id = Files.readString(pointer).strip();
    return id.isEmpty() ? 0 : DiskSpace.sizeOf(home.resolve(id));
  }

  private static void removeOldBuilds(Path home, String keep) throws IOException {
    try (var s = Files.list(home)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p) && name.startsWith("build-") && !name.equals(keep)) {
          try {
            Updater.deleteTree(p);
          } catch (IOException e) {
            // a reader may still hold it open; the next build retries
          }
        }
      }
    }
  }

  private static Document document(int ord, List<String> tokens) {
    Document doc = new Document();
    doc.add(new NumericDocValuesField(FIELD_ORD, ord));
    Set<String> seen = new HashSet<>();
    for (String t : tokens) {
      if (seen.add("t" + t)) {
        doc.add(new StringField(FIELD_TOKEN, t, Field.Store.NO));
      }
      String sound = Phonetic.key(t);
      if (seen.add("p" + sound)) {
        doc.add(new StringField(FIELD_SOUND, sound, Field.Store.NO));
      }
      for (String g : grams(t)) {
        if (seen.add("g" + g)) {
          doc.add(new StringField(FIELD_GRAM, g, Field.Store.NO));
        }
      }
    }
    return doc;
  }

  /** Character trigrams of a word with boundary marks: "abc" → "$ab", "abc", "bc$". */
  public static List<String> grams(String token) {
    String padded = "$" + token + "$";
    List<String> out = new ArrayList<>(padded.length());
    for (int i = 0; i + 3 <= padded.length(); i++) {
      out.add(padded.substring(i, i + 3));
    }
    return out;
  }

  private static <T> T readGzip(Path file, TypeReference<T> type) throws IOException {
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
      return JSON.readValue(in, type);
    }
  }

  private static void writeGzip(Path file, Object value) throws IOException {
    try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
      JSON.writeValue(out, value);
    }
  }

  public Meta meta() {
    return meta;
  }

  public Path folder() {
    return folder;
  }

  public List<Party> parties() {
    return parties;
  }

  /**
   * The list changes recorded by the builds on or after {@code since} (ISO date or instant), oldest first.
   *
   * @throws IllegalArgumentException when {@code since} is not a date
   */
  public List<ListChanges> changesSince(String since) throws IOException {
    return ChangeLog.since(folder.getParent(), since);
  }

  /** Candidate retrieval over this index's postings. */
  public CandidateRetriever retriever() {
    return retriever;
  }


  public TokenWeights weights() {
    return weights;
  }

  public int partyOfName(int ord) {
    return nameParty[ord];
  }

  public NameKind kindOfName(int ord) {
    return nameKind[ord];
  }

  public String valueOfName(int ord) {
    return nameValue[ord];
  }

  public NameParts partsOfName(int ord) {
    return nameParts[ord];
  }

  /** The weights of a stored name's words (shared array: do not modify). */
  public double[] weightsOfName(int ord) {
    return nameWeights[ord];
  }

  /** Finds a party by its id or the id of any of its entities, or null. */
  public Party party(String id) {
    Integer i = partyById.get(id);
    return i == null ? null : parties.get(i);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
