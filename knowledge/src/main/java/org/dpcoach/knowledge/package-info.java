/**
 * The curated knowledge base: topics, routes, cited documents, the employer's policy overlay and
 * the words the engine uses, loaded from YAML and validated. {@link
 * org.dpcoach.knowledge.KnowledgeBase} is the entry point. No chat or NLP code lives here.
 */
package org.dpcoach.knowledge;
