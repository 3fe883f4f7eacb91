/**
 * The local adapter: renders engine replies as plain text and runs a console chat, so the coach can
 * be tried with no Slack or Teams workspace.
 */
package org.dpcoach.local;
