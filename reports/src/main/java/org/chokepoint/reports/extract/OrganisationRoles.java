package org.chokepoint.reports.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chokepoint.core.io.ResourceTables;

/**
 * Tells an organisation's role from general knowledge, in this order: the gazetteer of government bodies,
 * international bodies, outlets and research organisations ({@code organisations.tsv}); a legal form (Ltd, LLC, JSC
 * …: a company); the head word of the name ({@code role-words.tsv}: the last role word, or the last one before "of" or
 * "for", as English names put the head first there: "Ministry of Commerce", "Center for Strategic Studies"); a
 * listing on a sanctions or export-control list (a company); and the phrase around the name ("a Shenzhen-based
 * firm", "X, which supplies", "told X"). Anything else is {@link OrganisationRole#UNKNOWN}.
 */
final class OrganisationRoles {
  private static final Map<String, OrganisationRole> NAMES = names();
  private static final Map<String, OrganisationRole> HEADS = heads();
  private static final Set<String> LEGAL_FORMS = Set.of("co", "co.", "ltd", "ltd.", "limited", "llc", "jsc", "pjsc",
      "ojsc", "cjsc", "llp", "plc", "gmbh", "ag", "sa", "s.a.", "ooo", "oao", "zao", "ao", "fze", "fzco", "fz-llc",
      "dmcc", "pte", "pvt", "sdn", "bhd", "inc", "inc.", "corp", "corp.", "corporation", "company");
  /** Heads that say "research" only with a complement ("Center for Strategic Studies"), not at the end of a name. */
  private static final Set<String> WEAK_HEADS = Set.of("Center", "Centre");
  private static final Pattern COMPANY_BEFORE = Pattern.compile("(?:\\b(?:compan(?:y|ies)|firms?|manufacturers?"
      + "|suppliers?|makers?|producers?|distributors?|exporters?|importers?|vendors?|subsidiar(?:y|ies)|entit(?:y|ies)"
      + "|shell|traders?|brands?|sanctioned|designated|blacklisted|listed|including|such\\s+as|like)"
      + "|-based|[Bb]ased\\s+in\\s+[\\p{L} ]{2,30})[\\s,:]+(?:(?:the\\s+)?[\\p{Lu}][\\p{L}\\p{N}&.'’-]*[\\s,]+"
      + "(?:and\\s+|or\\s+)?){0,6}$");
  private static final Pattern COMPANY_AFTER = Pattern.compile("^(?:\\s*\\([^)]{1,40}\\))?\\s*,\\s*(?:a|an|the)\\s+"
      + "(?:[\\p{L}-]+\\s+){0,4}?(?:compan(?:y|ies)|firm|manufacturer|maker|producer|supplier|distributor|exporter"
      + "|importer|vendor|subsidiary|shell|trader|retailer|conglomerate|group|giant|bank|lender|developer)\\b"
      + "|^\\s*,\\s*which\\s+(?:also\\s+)?(?:supplies|supplied|makes|made|produces|produced|manufactures|sells|sold"
      + "|ships|shipped|exports|exported|imports|imported|provides|provided|delivers|delivered|owns|operates)\\b"
      + "|^\\s+(?:supplied|shipped|exported|sold|delivered|manufactured|produced)\\b");
  private static final Pattern MEDIA_CONTEXT = Pattern.compile("(?:\\b(?:told|reported\\s+by|according\\s+to\\s+a"
      + "\\s+report\\s+(?:by|in)|in\\s+an\\s+interview\\s+with|wrote\\s+in|published\\s+by|cited\\s+by|quoted\\s+by)"
      + "\\s+(?:the\\s+)?$)");
  private static final Pattern MEDIA_AFTER = Pattern.compile("^\\s+(?:reported|reports|first\\s+reported"
      + "|newspaper|news\\s+agency|correspondent|reporters?)\\b");

  private OrganisationRoles() {}

  /** The role the name alone tells (gazetteer, legal form, head word), if any. */
  static Optional<OrganisationRole> ofName(String name) {
    String n = name.strip().replaceFirst("^(?i)the\\s+", "").replaceFirst("['’]s$", "");
    OrganisationRole known = NAMES.get(n);
    if (known != null) {
      return Optional.of(known);
    }
    List<String> words = List.of(n.split("\\s+"));
    for (String w : words) {
      if (LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT).replaceAll(",$", ""))) {
        return Optional.of(OrganisationRole.COMPANY);
      }
    }
    int stop = words.size();
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).equals("of") || words.get(i).equals("for") || words.get(i).equals("on")) {
        stop = i;
        break;
      }
    }
    for (int i = stop - 1; i >= 0; i--) {
      if (WEAK_HEADS.contains(words.get(i)) && i == words.size() - 1 && words.size() > 1) {
        continue;
      }
      if (i > 0) {
        OrganisationRole two = HEADS.get(words.get(i - 1) + " " + words.get(i));
        if (two != null) {
          return Optional.of(two);
        }
      }
      OrganisationRole one = HEADS.get(words.get(i));
      if (one != null) {
        return Optional.of(one);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code name} is in the gazetteer. */
  static boolean known(String name) {
    return NAMES.containsKey(name.strip().replaceFirst("^(?i)the\\s+", ""));
  }

  /** The gazetteer's names, for finding them in text. */
  static Set<String> gazetteer() {
    return NAMES.keySet();
  }

  /**
   * The role of an organisation found at {@code start..end} of {@code text}: from its name, else from a listing,
   * else from the phrase around it, else unknown.
   */
  static OrganisationRole of(String name, boolean listed, String text, int start, int end) {
    Optional<OrganisationRole> byName = ofName(name);
    if (byName.isPresent()) {
      return byName.get();
    }
    if (listed) {
      return OrganisationRole.COMPANY;
    }
    return fromContext(text, start, end).orElse(OrganisationRole.UNKNOWN);
  }

  /** The role the phrase around a name tells, if any. */
  static Optional<OrganisationRole> fromContext(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 160), start);
    String after = text.substring(end, Math.min(text.length(), end + 80));
    if (COMPANY_AFTER.matcher(after).find() || COMPANY_BEFORE.matcher(before).find()) {
      return Optional.of(OrganisationRole.COMPANY);
    }
    if (MEDIA_CONTEXT.matcher(before).find() || MEDIA_AFTER.matcher(after).find()) {
      return Optional.of(OrganisationRole.MEDIA);
    }
    return Optional.empty();
  }

  private static Map<String, OrganisationRole> names() {
    Map<String, OrganisationRole> out = new HashMap<>();
    for (String[] row : ResourceTables.read(OrganisationRoles.class, "organisations.tsv", 2, "role<TAB>name")) {
      out.put(row[1], role(row[0], "organisations.tsv", row[1]));
    }
    return Map.copyOf(out);
  }

  private static Map<String, OrganisationRole> heads() {
    Map<String, OrganisationRole> out = new HashMap<>();
    for (String[] row : ResourceTables.read(OrganisationRoles.class, "role-words.tsv", 2, "role<TAB>word")) {
      out.put(row[1], role(row[0], "role-words.tsv", row[1]));
    }
    return Map.copyOf(out);
  }

  private static OrganisationRole role(String label, String file, String name) {
    OrganisationRole r = OrganisationRole.of(label);
    if (r == OrganisationRole.UNKNOWN) {
      throw new IllegalStateException(file + ": '" + name + "': role must be government, international, media, "
          + "research or company, got '" + label + "'");
    }
    return r;
  }
}
