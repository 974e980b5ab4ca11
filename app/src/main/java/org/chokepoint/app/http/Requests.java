package org.chokepoint.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.chokepoint.app.json.MatchJson;

/** Reading parameters and bodies strictly: a value of the wrong type is a 400 naming the parameter, never a default. */
final class Requests {
  private Requests() {}

  /** A required, non-blank query parameter of at most {@code maxLength} characters. */
  static String required(Context ctx, String name, int maxLength, String hint) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank() || v.length() > maxLength) {
      throw new ApiProblem.BadRequest("query parameter '" + name + "' is required (at most " + maxLength
          + " characters)" + hint);
    }
    return v;
  }

  /** A number in [min, max], or {@code fallback} when the parameter is absent. */
  static double number(Context ctx, String name, double fallback, double min, double max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    double v;
    try {
      v = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new ApiProblem.BadRequest("query parameter '" + name + "' must be a number, got '" + raw + "'");
    }
    if (Double.isNaN(v) || v < min || v > max) {
      throw new ApiProblem.BadRequest("query parameter '" + name + "' must be in [" + min + "," + max + "], got "
          + raw);
    }
    return v;
  }

  /** A whole number in [min, max], or {@code fallback} when absent; "1.5" is refused, not rounded. */
  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    int v;
    try {
      v = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      number(ctx, name, fallback, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      throw new ApiProblem.BadRequest("query parameter '" + name + "' must be a whole number, got '" + raw + "'");
    }
    if (v < min || v > max) {
      throw new ApiProblem.BadRequest("query parameter '" + name + "' must be in [" + min + "," + max + "], got "
          + raw);
    }
    return v;
  }

  /** The body as one JSON value; trailing content after it is refused. */
  static JsonNode json(Context ctx) {
    try {
      return MatchJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new ApiProblem.BadRequest("body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  static void json(Context ctx, JsonNode n) {
    ctx.contentType("application/json").result(n.toString());
  }
}
