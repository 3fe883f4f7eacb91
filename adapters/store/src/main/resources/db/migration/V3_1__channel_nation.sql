-- Each channel's nation, set by a champion with `nation scotland`: its tips, debrief sources and
-- CPD records follow it (channels without a row follow DPCOACH_JURISDICTION). Ids only, no text.
-- Numbered 3.1 so that it sorts after any version 3 migration added on another branch.

CREATE TABLE channel_nation (
  platform VARCHAR(20) NOT NULL,
  channel VARCHAR(400) NOT NULL,
  nation VARCHAR(20) NOT NULL,
  set_by VARCHAR(100) NOT NULL,
  set_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (platform, channel)
);
