package org.chokepoint.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StancesTest {
  @Test
  void aDenialInIndirectSpeechByTheAccusedSideIsADenial() {
    assertThat(Stances.denial("Despite these allegations, the Chinese Embassy in the U.S. maintains that China has "
        + "not provided military weapons.", "en")).isPresent();
    assertThat(Stances.denial("Beijing says its trade with Moscow is normal trade.", "en")).isPresent();
  }

  @Test
  void aWesternOfficialSayingChinaSendsNoWeaponsIsNotAChineseDenial() {
    assertThat(Stances.denial("U.S. officials have said China has not provided lethal weapons to Russia.", "en"))
        .isEmpty();
  }

  @Test
  void denyingResourcesToSomeoneIsNotADenial() {
    assertThat(Stances.denial("To deny Russia the resources it needs, the Treasury designated 300 targets.", "en"))
        .isEmpty();
  }

  @Test
  void opposingSanctionsIsAnObjectionNotADenial() {
    String s = "The embassy said China firmly opposes illegal unilateral sanctions.";
    assertThat(Stances.objection(s, "en")).isPresent();
    assertThat(Stances.denial(s, "en")).isEmpty();
    assertThat(Stances.objection("The EU opposes Russia's war of aggression.", "en")).isEmpty();
  }

  @Test
  void chineseAndRussianStancesAreRead() {
    assertThat(Stances.objection("中方一贯坚决反对美方泛化国家安全概念", "zh")).isPresent();
    assertThat(Stances.denial("中国从未向冲突任何一方提供致命性武器", "zh")).isPresent();
    assertThat(Stances.objection("Китай выступает против односторонних санкций", "ru")).isPresent();
  }
}
