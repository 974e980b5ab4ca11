package org.chokepoint.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationRolesTest {
  @Test
  void theHeadWordBeforeOfDecides() {
    assertThat(OrganisationRoles.ofName("Ministry of Commerce")).contains(OrganisationRole.GOVERNMENT);
    assertThat(OrganisationRoles.ofName("Center for Strategic and Budgetary Assessments"))
        .contains(OrganisationRole.RESEARCH);
    assertThat(OrganisationRoles.ofName("Chinese Embassy")).contains(OrganisationRole.GOVERNMENT);
  }

  @Test
  void aLegalFormOrATradeWordMakesACompany() {
    assertThat(OrganisationRoles.ofName("Wuhan Global Sensor Technology Co.")).contains(OrganisationRole.COMPANY);
    assertThat(OrganisationRoles.ofName("Sinno Electronics")).contains(OrganisationRole.COMPANY);
    assertThat(OrganisationRoles.ofName("Asia Pacific Links Limited")).contains(OrganisationRole.COMPANY);
  }

  @Test
  void outletsAgenciesAndBodiesComeFromTheGazetteer() {
    assertThat(OrganisationRoles.ofName("Reuters")).contains(OrganisationRole.MEDIA);
    assertThat(OrganisationRoles.ofName("the Kyodo News")).contains(OrganisationRole.MEDIA);
    assertThat(OrganisationRoles.ofName("NATO")).contains(OrganisationRole.INTERNATIONAL);
    assertThat(OrganisationRoles.ofName("Free Russia Foundation")).contains(OrganisationRole.RESEARCH);
    assertThat(OrganisationRoles.ofName("Census Bureau")).contains(OrganisationRole.GOVERNMENT);
  }

  @Test
  void theContextTellsACompanyWithoutAnOrganisationWord() {
    String text = "The sanctions hit firms including Olax Finance, and Shenzhen-based Rikkon.";
    int at = text.indexOf("Rikkon");
    assertThat(OrganisationRoles.fromContext(text, at, at + 6)).contains(OrganisationRole.COMPANY);
    String told = "a State Department official told Reuters on Wednesday";
    int r = told.indexOf("Reuters");
    assertThat(OrganisationRoles.fromContext(told, r, r + 7)).contains(OrganisationRole.MEDIA);
  }

  @Test
  void nothingKnownIsUnknown() {
    assertThat(OrganisationRoles.of("Zorblat", false, "Zorblat was there.", 0, 7)).isEqualTo(OrganisationRole.UNKNOWN);
    assertThat(OrganisationRoles.of("Zorblat", true, "Zorblat was there.", 0, 7)).isEqualTo(OrganisationRole.COMPANY);
  }
}
