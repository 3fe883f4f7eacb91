-- Recurring group-supervision sessions, and the Teams conversations the bot may post to later.

-- A recurring slot starts one session: the slot's key is unique (NULL for sessions started by hand).
ALTER TABLE supervision_session ADD COLUMN slot_key VARCHAR(300);
CREATE UNIQUE INDEX supervision_session_slot ON supervision_session (slot_key);

CREATE TABLE supervision_schedule (
  platform VARCHAR(20) NOT NULL,
  channel VARCHAR(400) NOT NULL,
  day_of_week SMALLINT NOT NULL,
  time_of_day VARCHAR(5) NOT NULL,
  scenario_id VARCHAR(100),
  timed BOOLEAN NOT NULL,
  paused BOOLEAN NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, channel)
);

-- How many sessions each scenario has had in each channel: a channel goes through every scenario
-- before any repeats.
CREATE TABLE channel_scenario_count (
  platform VARCHAR(20) NOT NULL,
  channel VARCHAR(400) NOT NULL,
  scenario_id VARCHAR(100) NOT NULL,
  sessions INT NOT NULL,
  PRIMARY KEY (platform, channel, scenario_id)
);

-- Where the Teams bot may post unasked (ids and the service URL only; no message text). Kept while
-- the bot is installed; removed when it is removed from the conversation.
CREATE TABLE teams_conversation (
  conversation_id VARCHAR(1000) PRIMARY KEY,
  service_url VARCHAR(500) NOT NULL,
  tenant_id VARCHAR(100),
  conversation_type VARCHAR(20),
  bot_id VARCHAR(300) NOT NULL,
  user_id VARCHAR(300),
  team_id VARCHAR(100),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Teams channel ids are longer than Slack's.
ALTER TABLE tip_schedule ALTER COLUMN channel SET DATA TYPE VARCHAR(400);
ALTER TABLE tip_outbox ALTER COLUMN channel SET DATA TYPE VARCHAR(400);
ALTER TABLE tip_outbox ALTER COLUMN post_key SET DATA TYPE VARCHAR(600);
ALTER TABLE channel_tip_count ALTER COLUMN channel SET DATA TYPE VARCHAR(400);
ALTER TABLE supervision_session ALTER COLUMN channel SET DATA TYPE VARCHAR(400);
