/**
 * The dialogue engine. {@link org.dpcoach.core.CoachEngine} is the entry point: every turn goes
 * personal-data guard, safeguarding router, intent classifier, answer composer. No Slack, Teams or
 * HTTP code lives here.
 */
package org.dpcoach.core;
