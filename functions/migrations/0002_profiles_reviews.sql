-- Expertise-team review (issue 7): organisations, which team serves which employer, hashed API
-- tokens, versioned profiles, comments, decisions and an append-only audit log.
-- Timestamps are ISO 8601 UTC strings; JSON columns hold documents parsed with shared/ schemas.

CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('employer', 'expertise_team')),
  created_at TEXT NOT NULL
) STRICT;

-- The team serves the employer: its reviewers see the employer's submitted profiles.
CREATE TABLE team_clients (
  team_id TEXT NOT NULL REFERENCES organizations (id),
  employer_id TEXT NOT NULL REFERENCES organizations (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (team_id, employer_id)
) STRICT;
CREATE INDEX team_clients_employer ON team_clients (employer_id);

-- Only the SHA-256 of a token is stored; the token itself is shown once, at creation.
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  role TEXT NOT NULL CHECK (role IN ('member', 'reviewer', 'admin')),
  label TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;

-- The current state of a profile; its content lives in profile_versions.
CREATE TABLE profiles (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'changes_requested', 'approved')),
  version INTEGER NOT NULL CHECK (version >= 1),
  created_by TEXT NOT NULL REFERENCES api_tokens (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  submitted_at TEXT,
  -- Idempotency-Key of the create request and a fingerprint of its body (per organisation).
  idempotency_key TEXT,
  request_hash TEXT,
  UNIQUE (organization_id, idempotency_key)
) STRICT;
CREATE INDEX profiles_organization_status ON profiles (organization_id, status, updated_at);

-- Every save is a new row; nothing is overwritten. (profile_id, version) being unique is what
-- turns two concurrent saves from the same version into one success and one 412.
CREATE TABLE profile_versions (
  profile_id TEXT NOT NULL REFERENCES profiles (id),
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  translation TEXT NOT NULL,
  vacancy TEXT,
  created_by TEXT NOT NULL REFERENCES api_tokens (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (profile_id, version)
) STRICT;

CREATE TABLE comments (
  id TEXT PRIMARY KEY,
  profile_id TEXT NOT NULL REFERENCES profiles (id),
  version INTEGER NOT NULL,
  body TEXT NOT NULL,
  token_id TEXT NOT NULL REFERENCES api_tokens (id),
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  role TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX comments_profile ON comments (profile_id, created_at);

CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  profile_id TEXT NOT NULL REFERENCES profiles (id),
  version INTEGER NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
  comment_id TEXT REFERENCES comments (id),
  token_id TEXT NOT NULL REFERENCES api_tokens (id),
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_profile ON decisions (profile_id, created_at);

-- Who did what when. Rows are only ever inserted. actor_token_id is NULL for the bootstrap
-- ADMIN_TOKEN (actor_role 'bootstrap').
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_token_id TEXT,
  actor_organization_id TEXT,
  actor_role TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  profile_id TEXT,
  version INTEGER,
  detail TEXT
) STRICT;
CREATE INDEX audit_log_profile ON audit_log (profile_id, id);
