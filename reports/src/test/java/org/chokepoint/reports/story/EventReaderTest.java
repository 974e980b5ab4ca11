package org.chokepoint.reports.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventReaderTest {
  @Test
  void aWeekdayIsResolvedAgainstThePublicationDate() {
    assertThat(EventReader.date("The US imposed sanctions on Wednesday on hundreds of targets.", "2024-10-31"))
        .isEqualTo("2024-10-30");
  }

  @Test
  void aMonthAndDayTakeTheYearOfPublicationAndNeverLieAfterIt() {
    assertThat(EventReader.date("The Treasury said in a statement, 12 June, it was issuing measures.", "2024-06-13"))
        .isEqualTo("2024-06-12");
    assertThat(EventReader.date("On December 30 the ministry said.", "2025-01-02")).isEqualTo("2024-12-30");
  }

  @Test
  void chineseDatesAreRead() {
    assertThat(EventReader.date("美国财政部于当地时间星期四(11月2日)宣布", "2023-11")).isEqualTo("2023-11-02");
  }

  @Test
  void withoutADateInTheLeadThePublicationDateStandsAtItsOwnPrecision() {
    assertThat(EventReader.date("China supplies machine tools.", "2023")).isEqualTo("2023");
    assertThat(EventReader.date("China supplies machine tools.", "")).isEmpty();
  }

  @Test
  void aResponseIsADifferentActionFromTheSanctionsItAnswers() {
    assertThat(EventReader.action("China slams UK sanctions on Chinese firms")).isEqualTo("response");
    assertThat(EventReader.action("UK sanctions Chinese firms supplying Russia")).isEqualTo("sanction");
  }
}
