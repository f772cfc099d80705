-- Who has a profile open on the review page (#19: no lost work). The page beats while the profile
-- is visible and lets go when it closes; a beat older than a minute counts as gone.
CREATE TABLE profile_presence (
  profile_id TEXT NOT NULL REFERENCES profiles (id),
  token_id TEXT NOT NULL REFERENCES api_tokens (id),
  seen_at TEXT NOT NULL,
  PRIMARY KEY (profile_id, token_id)
);
