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
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 (Lucene) over the knowledge: every training question and every topic's own text is a
 * document; each of the best hits votes for its topic with a softmax weight of its score.
 */
public final class Bm25TopicRanker implements TopicClassifier {
  private static final String TEXT = "text";
  private static final String ORD = "ord";
  private static final int HITS = 40;

  /** Terms in more than this share of documents add little to BM25 and most of its cost. */
  private static final double COMMON_SHARE = 0.05;

  private final IndexSearcher searcher;
  private final String[] topicOfDoc;
  private final IndexReader reader;
  private final int commonDocFreq;
  private final Set<String> labels;
  private final double temperature;

  private Bm25TopicRanker(
      IndexSearcher searcher, String[] topicOfDoc, Set<String> labels, double temperature) {
    this.searcher = searcher;
    this.topicOfDoc = topicOfDoc;
    this.reader = searcher.getIndexReader();
    this.commonDocFreq = Math.max(1, (int) (reader.maxDoc() * COMMON_SHARE));
    this.labels = labels;
    this.temperature = temperature;
  }

  /** Indexes the given tokenised documents (topic id and tokens). */
  public static Bm25TopicRanker index(
      List<OpenNlpIntentClassifier.Sample> docs, double temperature) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    Set<String> labels = new LinkedHashSet<>();
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    config.setSimilarity(new BM25Similarity());
    // One in-memory segment and no stored fields: start-up time matters for one-shot commands.
    config.setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < docs.size(); i++) {
        OpenNlpIntentClassifier.Sample sample = docs.get(i);
        Document doc = new Document();
        doc.add(new TextField(TEXT, String.join(" ", sample.tokens()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ORD, i));
        writer.addDocument(doc);
        labels.add(sample.topic());
      }
      writer.forceMerge(1);
      writer.commit();
      DirectoryReader reader = DirectoryReader.open(directory);
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setSimilarity(new BM25Similarity());
      searcher.setQueryCache(null);
      String[] topicOfDoc = new String[reader.maxDoc()];
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
        for (int doc = ords.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ords.nextDoc()) {
          topicOfDoc[leaf.docBase + doc] = docs.get((int) ords.longValue()).topic();
        }
      }
      return new Bm25TopicRanker(searcher, topicOfDoc, Set.copyOf(labels), temperature);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing the knowledge failed", e);
    }
  }

  @Override
  public Ranking rank(String[] tokens) {
    Map<String, Double> best = new HashMap<>();
    labels.forEach(l -> best.put(l, 0.0));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    try {
      int clauses = 0;
      for (String token : new LinkedHashSet<>(List.of(tokens))) {
        Term term = new Term(TEXT, token);
        if (reader.docFreq(term) <= commonDocFreq) {
          query.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      if (clauses == 0) {
        return Ranking.of(best);
      }
      TopDocs top =
          searcher.search(query.build(), new TopScoreDocCollectorManager(HITS, null, HITS));
      if (top.scoreDocs.length == 0) {
        return Ranking.of(best);
      }
      double max = top.scoreDocs[0].score;
      for (ScoreDoc hit : top.scoreDocs) {
        String topic = topicOfDoc[hit.doc];
        double weight = Math.exp((hit.score - max) / (temperature * Math.max(max, 1e-9)));
        best.merge(topic, weight, Double::sum);
      }
      return Ranking.of(best);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
