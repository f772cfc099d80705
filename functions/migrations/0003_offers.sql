-- The learning-offer catalogue (issue #5): formal, non-formal and informal routes, and the ESCO
-- skills each teaches. Loaded by `npm run data:offers` (DUO, MBO, OOAPI, CSV, project templates).
CREATE TABLE offers (
  id INTEGER PRIMARY KEY,
  -- "duo", "mbo", "ooapi", "csv:<name>", "template"
  source TEXT NOT NULL,
  -- CROHO code, crebo or the catalogue's own id; NULL for a project template
  source_id TEXT,
  -- Unique across the catalogue: source, source id and variant (form, location, offering)
  key TEXT NOT NULL UNIQUE,
  title_nl TEXT NOT NULL,
  title_en TEXT,
  provider TEXT,
  form TEXT NOT NULL CHECK (form IN ('formal', 'non-formal', 'informal')),
  -- "associate-degree", "bachelor", "master", "mbo-bbl", "mbo-bol", "course", "buddy", "evc", …
  type TEXT NOT NULL,
  nlqf INTEGER,
  eqf INTEGER,
  study_load REAL,
  -- "ects", "sbu" or "hours"
  study_load_unit TEXT,
  duration_months REAL,
  cost_eur REAL,
  -- "online", "on-site", "hybrid" or "work-based"
  mode TEXT,
  -- 1 for routes that fit next to a job: part-time, dual, BBL, work-based templates
  work_based INTEGER NOT NULL DEFAULT 0,
  -- Place or province; NULL means anywhere (national or online)
  region TEXT,
  -- "nl" or "en"; NULL when unknown
  language TEXT,
  url TEXT,
  description TEXT,
  -- JSON array of legal-table ids the qualification satisfies (MBO beroepsvereisten)
  legal_ids TEXT,
  -- JSON array of skill-group selectors; set for templates, which cover groups, not single skills
  skill_groups TEXT
) STRICT;

CREATE INDEX offers_source ON offers (source, source_id);
CREATE INDEX offers_templates ON offers (source) WHERE skill_groups IS NOT NULL;

-- Offer → ESCO skill. skill_id is the ESCO skill UUID (the URI without
-- "http://data.europa.eu/esco/skill/"), kept short because this table holds most of the rows.
CREATE TABLE offer_skills (
  skill_id TEXT NOT NULL,
  offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  -- How the link was made: "occupation-essential", "declared", "label", "csv", …
  method TEXT NOT NULL,
  confidence REAL NOT NULL CHECK (confidence > 0 AND confidence <= 1),
  PRIMARY KEY (skill_id, offer_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX offer_skills_offer ON offer_skills (offer_id);

-- What is loaded: one row per catalogue, so start-up can tell a missing or stale catalogue.
CREATE TABLE offer_catalogue (
  name TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  offers INTEGER NOT NULL,
  loaded_at TEXT NOT NULL
) STRICT;
