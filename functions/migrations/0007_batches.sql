-- Batches (issue 20): many vacancies uploaded at once, translated one by one through a Cloudflare
-- Queue (a message per item: which batch, which index; the text waits here, since a queue message
-- holds at most 128 KB). Each translated item becomes a job profile of the uploader's organisation.

CREATE TABLE batches (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  -- The uploader: the profiles are created (and submitted) in its name.
  created_by TEXT NOT NULL REFERENCES api_tokens (id),
  engine TEXT NOT NULL CHECK (engine IN ('offline', 'claude', 'auto')),
  region TEXT CHECK (region IN ('NL', 'BE')),
  submit INTEGER NOT NULL CHECK (submit IN (0, 1)),
  total INTEGER NOT NULL CHECK (total >= 0),
  created_at TEXT NOT NULL,
  -- Idempotency-Key of the upload and a fingerprint of the items it carried (per organisation).
  idempotency_key TEXT,
  request_hash TEXT,
  UNIQUE (organization_id, idempotency_key)
) STRICT;
CREATE INDEX batches_organization ON batches (organization_id, created_at);

CREATE TABLE batch_items (
  batch_id TEXT NOT NULL REFERENCES batches (id),
  idx INTEGER NOT NULL,
  ref TEXT,
  title TEXT NOT NULL,
  -- The item's text until it is translated (the profile's vacancy keeps it after that).
  text TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  -- Deliveries so far; the queue retries with backoff and then hands the message to the dead-letter queue.
  attempts INTEGER NOT NULL DEFAULT 0,
  profile_id TEXT REFERENCES profiles (id),
  -- Why the item failed (or, while it is retried, why the last attempt did).
  error TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (batch_id, idx)
) STRICT;
-- The batch's progress is a count per status.
CREATE INDEX batch_items_status ON batch_items (batch_id, status);
