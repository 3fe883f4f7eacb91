-- The inbox: every inbound Slack event, interaction, slash command and Teams activity is recorded
-- here before it is acknowledged. The key is the request's identity, so a redelivery (to any
-- instance, before or after a restart) finds its row and is dropped. The payload holds only what
-- is needed to answer again, with message text redacted; it is erased when the answer is posted.
CREATE TABLE inbox (
  delivery_key VARCHAR(300) PRIMARY KEY,
  platform VARCHAR(20) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  user_id VARCHAR(300),
  payload VARCHAR(60000),
  found BOOLEAN NOT NULL,
  state VARCHAR(10) NOT NULL,
  owner VARCHAR(200),
  lease_until TIMESTAMP WITH TIME ZONE,
  attempts INT NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inbox_open ON inbox (platform, state, lease_until);
CREATE INDEX inbox_done ON inbox (state, done_at);
CREATE INDEX inbox_user ON inbox (user_id);

-- Each conversation's follow-up context (last topic and case, the nation the person named), so a
-- follow-up that lands on another instance still has it. No message text.
CREATE TABLE conversation_context (
  conversation_id VARCHAR(1000) PRIMARY KEY,
  topic VARCHAR(100),
  case_id VARCHAR(100),
  nation VARCHAR(30),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_context_updated ON conversation_context (updated_at);

-- When a schedule was last changed (created, replaced, paused or resumed): a schedule left paused
-- past the retention period is removed.
ALTER TABLE tip_schedule ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE supervision_schedule ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
