package org.chokepoint.lists.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Streams the objects of a top-level JSON array, so a broken file still yields every record before the break. */
final class JsonRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRecords() {}

  /** Hands each element and its line to {@code consumer}; a syntax error is reported to {@code tally} and ends the read. */
  static void read(Path file, Tally tally, BiConsumer<JsonNode, Long> consumer) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
      try {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new IOException(file + ": expected a JSON array at the top level");
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          long line = parser.currentLocation().getLineNr();
          JsonNode node = JSON.readTree(parser);
          tally.read();
          consumer.accept(node, line);
        }
      } catch (JsonProcessingException e) {
        tally.skip("JSON not well-formed", "line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
      }
    }
  }

  /** The text of a field, "" when missing or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText().strip();
  }

  /** The strings of an array field (or a single string), without blanks. */
  static List<String> texts(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> {
        if (x.isTextual() && !x.asText().isBlank()) {
          out.add(x.asText().strip());
        }
      });
    } else if (v.isTextual() && !v.asText().isBlank()) {
      out.add(v.asText().strip());
    }
    return out;
  }
}
