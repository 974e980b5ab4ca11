package org.chokepoint.lists.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Name;
import org.chokepoint.core.model.NameKind;
import org.chokepoint.core.model.Party;
import org.chokepoint.core.model.Schema;
import org.junit.jupiter.api.Test;

class CrossScriptSetTest {
  @Test
  void aboutOneEntityInFiveGoesToTheHoldOutAndAlwaysTheSame() {
    long holdout = IntStream.range(0, 5000).filter(i -> CrossScriptSet.partOf("ent-" + i)
        == CrossScriptSet.Part.HOLDOUT).count();
    assertThat(holdout).isBetween(850L, 1150L);
    assertThat(CrossScriptSet.partOf("ent-7")).isEqualTo(CrossScriptSet.partOf("ent-7"));
  }

  @Test
  void pairsANativeNameWithItsLatinNameAndAnotherEntitysAsNegative() {
    List<Party> parties = IntStream.range(0, 40).mapToObj(i -> new Party("p" + i, Schema.PERSON, List.of(
        new Entity("un-" + i, Schema.PERSON, List.of(new Name("Ivan Petrov" + (char) ('a' + i % 26), NameKind.PRIMARY),
            new Name("Иван Петров", NameKind.ALIAS)), List.of(), List.of(), List.of(), List.of(), List.of()))))
        .toList();
    List<PairEvaluation.LabelledPair> dev = CrossScriptSet.pairs(parties, CrossScriptSet.Part.DEV);
    List<PairEvaluation.LabelledPair> holdout = CrossScriptSet.pairs(parties, CrossScriptSet.Part.HOLDOUT);
    assertThat(dev).isNotEmpty().allMatch(p -> p.category().equals("cross_script_person_cyrillic"));
    assertThat(dev).anyMatch(PairEvaluation.LabelledPair::actual).anyMatch(p -> !p.actual());
    assertThat(dev.stream().filter(PairEvaluation.LabelledPair::actual).count()
        + holdout.stream().filter(PairEvaluation.LabelledPair::actual).count()).isEqualTo(40);
  }

  @Test
  void namesTheMainScript() {
    assertThat(CrossScriptSet.mainScript("김정은")).isEqualTo("hangul");
    assertThat(CrossScriptSet.mainScript("安倍 しんぞう")).isEqualTo("japanese");
    assertThat(CrossScriptSet.mainScript("Putin")).isEqualTo("latin");
    assertThat(CrossScriptSet.mainScript("123")).isNull();
  }
}
