package org.dpcoach.core.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 (Lucene) over the knowledge: every training question and every topic's own text is a
 * document; each of the best hits votes for its topic with a softmax weight of its score.
 */
public final class Bm25TopicRanker implements TopicClassifier {
  private static final String TEXT = "text";
  private static final String TOPIC = "topic";
  private static final int HITS = 40;

  private final IndexSearcher searcher;
  private final Set<String> labels;
  private final double temperature;

  private Bm25TopicRanker(IndexSearcher searcher, Set<String> labels, double temperature) {
    this.searcher = searcher;
    this.labels = labels;
    this.temperature = temperature;
  }

  /** Indexes the given tokenised documents (topic id and tokens). */
  public static Bm25TopicRanker index(List<OpenNlpIntentClassifier.Sample> docs, double temperature) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    Set<String> labels = new LinkedHashSet<>();
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    config.setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (OpenNlpIntentClassifier.Sample sample : docs) {
        Document doc = new Document();
        doc.add(new TextField(TEXT, String.join(" ", sample.tokens()), Field.Store.NO));
        doc.add(new StoredField(TOPIC, sample.topic()));
        writer.addDocument(doc);
        labels.add(sample.topic());
      }
      writer.commit();
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
      searcher.setSimilarity(new BM25Similarity());
      return new Bm25TopicRanker(searcher, Set.copyOf(labels), temperature);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing the knowledge failed", e);
    }
  }

  @Override
  public Ranking rank(String[] tokens) {
    Map<String, Double> best = new HashMap<>();
    labels.forEach(l -> best.put(l, 0.0));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    new LinkedHashSet<>(List.of(tokens))
        .forEach(t -> query.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
    try {
      TopDocs top = searcher.search(query.build(), HITS);
      if (top.scoreDocs.length == 0) {
        return Ranking.of(best);
      }
      double max = top.scoreDocs[0].score;
      for (ScoreDoc hit : top.scoreDocs) {
        String topic = searcher.storedFields().document(hit.doc).get(TOPIC);
        double weight = Math.exp((hit.score - max) / (temperature * Math.max(max, 1e-9)));
        best.merge(topic, weight, Double::sum);
      }
      return Ranking.of(best);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
