package org.chokepoint.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The sources Chokepoint knows, read from a JSON config (the built-in {@code sources.json} or a user's file). */
public final class SourceRegistry {
  private final Map<String, Source> byId;

  private SourceRegistry(List<Source> sources) {
    Map<String, Source> map = new LinkedHashMap<>();
    for (Source s : sources) {
      if (map.put(s.id(), s) != null) {
        throw new IllegalArgumentException("duplicate source id: " + s.id());
      }
    }
    this.byId = java.util.Collections.unmodifiableMap(map);
  }

  /** The built-in registry with the publishers' real addresses. */
  public static SourceRegistry builtIn() {
    try (InputStream in = SourceRegistry.class.getResourceAsStream("sources.json")) {
      if (in == null) {
        throw new IllegalStateException("sources.json missing from the classpath");
      }
      return parse(in.readAllBytes(), "built-in sources.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a registry from a JSON file of the same layout as the built-in one. */
  public static SourceRegistry read(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString());
  }

  private static SourceRegistry parse(byte[] json, String origin) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode array = root == null ? null : root.get("sources");
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException(origin + ": expected an object with a 'sources' array");
    }
    List<Source> sources = new ArrayList<>();
    int i = 0;
    for (JsonNode n : array) {
      try {
        sources.add(new Source(text(n, "id"), text(n, "file"), text(n, "url"), text(n, "mirror"),
            n.path("directory").asBoolean(false), n.path("optional").asBoolean(false), text(n, "publisher"),
            text(n, "note")));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(origin + ": sources[" + i + "]: " + e.getMessage(), e);
      }
      i++;
    }
    return new SourceRegistry(sources);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public List<Source> all() {
    return List.copyOf(byId.values());
  }

  public Source get(String id) {
    Source s = byId.get(id);
    if (s == null) {
      throw new NoSuchElementException("no source with id '" + id + "'");
    }
    return s;
  }
}
