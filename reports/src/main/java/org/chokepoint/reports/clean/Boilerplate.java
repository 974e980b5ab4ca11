package org.chokepoint.reports.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.chokepoint.core.io.ResourceTables;

/** The line patterns of {@code boilerplate.tsv}: share prompts, tracking code, credits, licences, media players … */
final class Boilerplate {
  private record Rule(String reason, int maxWords, Pattern pattern) {}

  private static final List<Rule> RULES = load();

  private Boilerplate() {}

  /** Why {@code line} is boilerplate, or empty when no rule says so. */
  static Optional<String> reason(String line, int words) {
    for (Rule r : RULES) {
      if (words <= r.maxWords() && r.pattern().matcher(line).find()) {
        return Optional.of(r.reason());
      }
    }
    return Optional.empty();
  }

  private static List<Rule> load() {
    return ResourceTables.read(Boilerplate.class, "boilerplate.tsv", 3, "reason<TAB>max words<TAB>regex").stream()
        .map(row -> {
          try {
            return new Rule(row[0], Integer.parseInt(row[1]),
                Pattern.compile(row[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          } catch (PatternSyntaxException | NumberFormatException e) {
            throw new IllegalStateException("boilerplate.tsv: rule '" + row[0] + "': " + e.getMessage(), e);
          }
        }).toList();
  }
}
