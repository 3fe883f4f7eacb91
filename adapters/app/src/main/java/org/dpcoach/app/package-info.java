/**
 * The runnable: reads the environment into typed settings, starts the engine and runs the command
 * line ({@code ask}, {@code chat}, {@code kb}, {@code eval}, {@code bench}, {@code redact}).
 */
package org.dpcoach.app;
