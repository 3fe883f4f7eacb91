/**
 * Text normalisation and topic classification: the OpenNLP categoriser, the BM25 ranker over the
 * knowledge and the ensemble that combines them. Used by the engine only.
 */
package org.dpcoach.core.nlp;
