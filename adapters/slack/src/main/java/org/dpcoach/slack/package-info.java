/**
 * The Slack adapter: Bolt for Java over Socket Mode or the app's own Javalin server. It translates
 * Slack events to engine turns and engine replies to Block Kit, and nothing more. {@link
 * org.dpcoach.slack.SlackAdapter} is the one entry point; everything else is package-private.
 */
package org.dpcoach.slack;
