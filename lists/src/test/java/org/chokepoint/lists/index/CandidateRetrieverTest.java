package org.chokepoint.lists.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.lists.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The term-at-a-time retriever must rank exactly as Lucene's own scored disjunction with boolean similarity. */
class CandidateRetrieverTest {
  @TempDir
  Path dir;

  @Test
  void ranksLikeALuceneBooleanQueryOnRandomClauses() throws Exception {
    long seed = 4242L;
    Random random = new Random(seed);
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(Fixtures.smallData(dir), SourceRegistry.builtIn(), false,
        s -> { });
         DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.folder().resolve("lucene")))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BooleanSimilarity());
      List<CandidateRetriever.Clause> vocabulary = new ArrayList<>();
      for (String field : List.of(ScreeningIndex.FIELD_TOKEN, ScreeningIndex.FIELD_GRAM, ScreeningIndex.FIELD_SOUND)) {
        TermsEnum terms = reader.leaves().getFirst().reader().terms(field).iterator();
        for (BytesRef t = terms.next(); t != null; t = terms.next()) {
          vocabulary.add(new CandidateRetriever.Clause(field, t.utf8ToString(), 1));
        }
      }
      for (int round = 0; round < 300; round++) {
        List<CandidateRetriever.Clause> clauses = new ArrayList<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int c = 1 + random.nextInt(8); c > 0; c--) {
          CandidateRetriever.Clause v = vocabulary.get(random.nextInt(vocabulary.size()));
          float boost = 0.25f * (1 + random.nextInt(8));
          if (clauses.stream().anyMatch(x -> x.field().equals(v.field()) && x.term().equals(v.term()))) {
            continue;
          }
          clauses.add(new CandidateRetriever.Clause(v.field(), v.term(), boost));
          query.add(new BoostQuery(new TermQuery(new Term(v.field(), v.term())), boost), BooleanClause.Occur.SHOULD);
        }
        int k = 1 + random.nextInt(10);
        List<CandidateRetriever.Hit> ours = index.retriever().top(clauses, k);
        TopDocs theirs = searcher.search(query.build(), k);
        assertThat(ours).as("seed %d round %d", seed, round).hasSize(theirs.scoreDocs.length);
        for (int i = 0; i < ours.size(); i++) {
          ScoreDoc d = theirs.scoreDocs[i];
          assertThat(ours.get(i).score()).as("seed %d round %d rank %d", seed, round, i).isCloseTo(d.score,
              org.assertj.core.data.Offset.offset(1e-4f));
        }
      }
    }
  }

  @Test
  void unknownTermsAndFieldsRetrieveNothing() throws Exception {
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(Fixtures.smallData(dir), SourceRegistry.builtIn(), false,
        s -> { })) {
      assertThat(index.retriever().top(List.of(new CandidateRetriever.Clause(ScreeningIndex.FIELD_TOKEN, "zzzzqq", 1),
          new CandidateRetriever.Clause("nofield", "x", 1)), 5)).isEmpty();
      assertThat(index.retriever().top(List.of(), 5)).isEmpty();
    }
  }
}
