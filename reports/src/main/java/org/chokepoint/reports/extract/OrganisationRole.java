package org.chokepoint.reports.extract;

import java.util.Locale;

/**
 * What part an organisation plays in a report. Only {@link #COMPANY} organisations are parties in the supply or
 * sanctions system (the kind a screening list holds): the brief's named companies, the graph's party nodes and the
 * link to the lists take those; the others are actors or sources and are shown as such.
 */
public enum OrganisationRole {
  /** Companies, firms, institutes, banks, exchanges, shell companies. */
  COMPANY,
  /** Ministries, departments, agencies, embassies, armed forces, governments. */
  GOVERNMENT,
  /** Alliances and international bodies (NATO, G7, EU institutions, UN). */
  INTERNATIONAL,
  /** News agencies, outlets and publishers. */
  MEDIA,
  /** Think tanks, research and advocacy organisations, universities, NGOs. */
  RESEARCH,
  /** Nothing in the name, the lists or the context tells; or not an organisation (countries, people). */
  UNKNOWN;

  /** The lower-case name used in JSON and labels ("company"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role for a label ("company", "media" …); UNKNOWN for anything else. */
  public static OrganisationRole of(String label) {
    if (label == null) {
      return UNKNOWN;
    }
    for (OrganisationRole r : values()) {
      if (r.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    return UNKNOWN;
  }
}
