-- Batches (#16): a batch may set the region 'abroad' (a job outside the Netherlands and Belgium) as it
-- sets 'NL' or 'BE'. SQLite cannot change a CHECK constraint, so the table is rebuilt with the same
-- columns and indexes; batch_items keeps referring to it by name. Foreign keys are checked at the end.
PRAGMA defer_foreign_keys = true;

CREATE TABLE batches_new (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  -- The uploader: the profiles are created (and submitted) in its name.
  created_by TEXT NOT NULL REFERENCES api_tokens (id),
  engine TEXT NOT NULL CHECK (engine IN ('offline', 'claude', 'auto')),
  region TEXT CHECK (region IN ('NL', 'BE', 'abroad')),
  submit INTEGER NOT NULL CHECK (submit IN (0, 1)),
  total INTEGER NOT NULL CHECK (total >= 0),
  created_at TEXT NOT NULL,
  -- Idempotency-Key of the upload and a fingerprint of the items it carried (per organisation).
  idempotency_key TEXT,
  request_hash TEXT,
  UNIQUE (organization_id, idempotency_key)
) STRICT;
INSERT INTO batches_new (id, organization_id, created_by, engine, region, submit, total, created_at, idempotency_key, request_hash)
  SELECT id, organization_id, created_by, engine, region, submit, total, created_at, idempotency_key, request_hash FROM batches;
DROP TABLE batches;
ALTER TABLE batches_new RENAME TO batches;
CREATE INDEX batches_organization ON batches (organization_id, created_at);
CREATE INDEX batches_organization_newest ON batches (organization_id, created_at, id);

PRAGMA defer_foreign_keys = false;
