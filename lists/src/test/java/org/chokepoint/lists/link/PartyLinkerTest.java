package org.chokepoint.lists.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.EntityBuilder;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Party;
import org.chokepoint.core.model.Schema;
import org.chokepoint.core.model.SourceRef;
import org.junit.jupiter.api.Test;

class PartyLinkerTest {
  private static EntityBuilder entity(String id, Schema schema, String name, String list) {
    return new EntityBuilder(id).schema(schema).name(name, NameKind.PRIMARY)
        .listing(new Listing("a", list, "", "", "", new SourceRef("f", 1, id)));
  }

  @Test
  void sameNameInAnotherOrderWithCompatibleCountryLinks() {
    List<Party> parties = PartyLinker.link(List.of(
        entity("a", Schema.COMPANY, "Wuhan Global Sensor Technology Co., Ltd.", "OFAC").country("cn").build(),
        entity("b", Schema.LEGAL_ENTITY, "WUHAN GLOBAL SENSOR TECHNOLOGY LTD", "EU").build()));
    assertThat(parties).singleElement().satisfies(p -> assertThat(p.lists()).containsExactly("OFAC", "EU"));
  }

  @Test
  void sameNameInDifferentCountriesStaysApart() {
    assertThat(PartyLinker.link(List.of(
        entity("a", Schema.COMPANY, "Sea Star Shipping", "x").country("pa").build(),
        entity("b", Schema.COMPANY, "Sea Star Shipping", "y").country("gr").build()))).hasSize(2);
  }

  @Test
  void personsWithConflictingBirthDatesStayApart() {
    assertThat(PartyLinker.link(List.of(
        entity("a", Schema.PERSON, "HAN JANG SU", "UN").birthDate("1954-10-20").country("kp").build(),
        entity("b", Schema.PERSON, "HAN, Jang Su", "EU").birthDate("1969-11-08").country("kp").build()))).hasSize(2);
  }

  @Test
  void aSharedIdentifierLinksDifferentlyWrittenNames() {
    Entity a = entity("a", Schema.VESSEL, "SEA STAR", "OFAC").identifier("IMO", "IMO 9187629", "").build();
    Entity b = entity("b", Schema.VESSEL, "SEASTAR I", "EU").identifier("IMO", "9187629", "").build();
    assertThat(PartyLinker.link(List.of(a, b))).singleElement()
        .satisfies(p -> assertThat(p.schema()).isEqualTo(Schema.VESSEL));
  }

  @Test
  void aPersonAndACompanyNeverLink() {
    assertThat(PartyLinker.link(List.of(
        entity("a", Schema.PERSON, "Ivan Petrov Ivanov", "x").build(),
        entity("b", Schema.COMPANY, "Ivan Petrov Ivanov", "y").build()))).hasSize(2);
  }
}
