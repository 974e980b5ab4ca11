package org.chokepoint.app.workspace;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chokepoint.core.country.Countries;
import org.chokepoint.core.model.Schema;
import org.chokepoint.lists.screen.MatchQuery;

/**
 * A screening question as an interface receives it, every field still text: the one place where the command line,
 * a batch file row and an HTTP request become a {@link MatchQuery}. Problems name the field they are in, prefixed by
 * {@code where} ("queries.q1", "row 7").
 *
 * @param where how to name this request in problems ("" for none)
 * @param name the name to screen
 * @param schema Person, Company … or blank for any legal entity
 * @param countries country names or codes (each must be known)
 * @param birthDate a year, year-month or full ISO date, or blank
 * @param identifiers registration, tax, IMO or other numbers
 */
public record ScreeningRequest(String where, String name, String schema, List<String> countries, String birthDate,
    List<String> identifiers) {
  public ScreeningRequest {
    where = where == null ? "" : where;
    countries = List.copyOf(countries == null ? List.of() : countries);
    identifiers = List.copyOf(identifiers == null ? List.of() : identifiers);
  }

  /** Just a name. */
  public static ScreeningRequest of(String name) {
    return new ScreeningRequest("", name, "", List.of(), "", List.of());
  }

  /** The query, or every problem found at once. */
  public MatchQuery toQuery(double threshold, int limit) {
    List<String> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add(field("name") + "a non-empty name is required");
    }
    Schema s = Schema.LEGAL_ENTITY;
    if (schema != null && !schema.isBlank()) {
      try {
        s = Schema.parse(schema);
      } catch (IllegalArgumentException e) {
        problems.add(field("schema") + e.getMessage());
      }
    }
    List<String> codes = new ArrayList<>();
    for (String c : countries) {
      String code = c == null ? "" : Countries.toIso2(c);
      if (code.isEmpty()) {
        problems.add(field("country") + "unknown country '" + c + "'");
      } else {
        codes.add(code);
      }
    }
    String date = birthDate == null ? "" : birthDate.strip();
    if (!date.isEmpty() && !isDate(date)) {
      problems.add(field("birthDate") + "'" + date + "' is not a date (1952, 1952-10 or 1952-10-07)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    try {
      return new MatchQuery(name, s, codes, date, identifiers, threshold, limit);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(prefix() + e.getMessage());
    }
  }

  /** Whether {@code text} is a real calendar year, month or day in ISO form. */
  public static boolean isDate(String text) {
    Objects.requireNonNull(text, "text");
    try {
      if (text.matches("\\d{4}")) {
        return true;
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        YearMonth.parse(text);
        return true;
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate.parse(text);
        return true;
      }
    } catch (DateTimeParseException e) {
      return false;
    }
    return false;
  }

  private String prefix() {
    return where.isEmpty() ? "" : where + ": ";
  }

  private String field(String name) {
    return where.isEmpty() ? name + ": " : where + "." + name + ": ";
  }
}
