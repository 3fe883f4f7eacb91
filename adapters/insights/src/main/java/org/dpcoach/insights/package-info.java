/**
 * Insights for principal social workers and digital champions, on the app's own server: what people
 * ask, what fails them and what to teach next, counted without ever showing a person or a message.
 * {@link org.dpcoach.insights.Insights} is the entry point: the page and its CSV behind a
 * short-lived signed link, the review of not-helpful comments and the content-gap export.
 */
package org.dpcoach.insights;
