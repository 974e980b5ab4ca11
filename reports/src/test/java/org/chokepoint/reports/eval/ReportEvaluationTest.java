package org.chokepoint.reports.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportEvaluationTest {
  @Test
  void identicalPartitionsHaveAnAdjustedRandIndexOfOneWhateverTheNames() {
    assertThat(ReportEvaluation.adjustedRand(List.of("a", "a", "b", "c"), List.of("x", "x", "y", "z"))).isEqualTo(1);
  }

  @Test
  void lumpingEverythingTogetherScoresZero() {
    assertThat(ReportEvaluation.adjustedRand(List.of("a", "a", "b", "b"), List.of("s", "s", "s", "s"))).isZero();
  }

  @Test
  void aRandomPartitionScoresNearZero() {
    long seed = 20261201L;
    Random random = new Random(seed);
    List<String> truth = new ArrayList<>();
    List<String> guess = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      truth.add("e" + random.nextInt(20));
      guess.add("s" + random.nextInt(20));
    }
    assertThat(ReportEvaluation.adjustedRand(truth, guess)).as("seed " + seed).isBetween(-0.02, 0.02);
  }

  @Test
  void organisationNamesMatchWithWordsAddedAroundThem() {
    assertThat(ReportEvaluation.same(ReportEvaluation.fold("Dalian Machine Tool Group Co., Ltd."),
        ReportEvaluation.fold("Dalian Machine Tool Group"))).isTrue();
    assertThat(ReportEvaluation.same(ReportEvaluation.fold("the Treasury's"), ReportEvaluation.fold("Treasury")))
        .isTrue();
    assertThat(ReportEvaluation.same(ReportEvaluation.fold("Sky News"), ReportEvaluation.fold("Sky Electronics")))
        .isFalse();
  }

  @Test
  void aBadLabelLineIsNamedByLineAndField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("labels.jsonl");
    Files.writeString(file, "{\"file\": \"a.txt\", \"event\": \"e\"}\n{\"event\": \"e\"}\n");
    assertThatThrownBy(() -> ReportEvaluation.labels(file)).hasMessageContaining("labels.jsonl:2")
        .hasMessageContaining("'file'");
  }

  @Test
  void theDevLabelsInTheRepositoryParse() throws Exception {
    List<ReportLabel> labels = ReportEvaluation.labels(Path.of("eval", "labels-dev.jsonl"));
    assertThat(labels).hasSizeGreaterThanOrEqualTo(28).allMatch(l -> !l.event().isEmpty());
  }
}
