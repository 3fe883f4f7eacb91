/**
 * The Microsoft Teams adapter: the Bot Framework SDK for Java behind the app's own Javalin server.
 * It translates Teams activities to engine turns and engine replies to Adaptive Cards, and nothing
 * more. {@link org.dpcoach.teams.TeamsAdapter} is the one entry point; its settings, the
 * conversation-reference port and the feedback types are the only other public types.
 */
package org.dpcoach.teams;
