-- Insights (issue 20): what the rewriting changed, and the learning needs employers share, as
-- aggregates over D1 rows with indexes rather than over translations parsed in the Worker.
-- Each profile version's facts are read once from its translation JSON, when the version is saved
-- (a trigger, so every writer of profile_versions is covered), into small tables.
-- Views say once how facts are read from a translation; the trigger and the backfill use them.

-- Diploma requirements and what became of them, moved traits, year counts, warnings, routes.
CREATE VIEW profile_version_facts AS
SELECT
  v.profile_id,
  v.version,
  (SELECT count(*) FROM json_each(v.translation, '$.requirements') r
    WHERE r.value ->> 'kind' IN ('diploma', 'education_level')) AS diplomas,
  (SELECT count(*) FROM json_each(v.translation, '$.requirements') r
    WHERE r.value ->> 'kind' IN ('diploma', 'education_level')
      AND EXISTS (SELECT 1 FROM json_each(v.translation, '$.changes') c
                   WHERE c.value ->> 'action' = 'translate' AND c.value ->> 'requirementId' = r.value ->> 'id')) AS diplomas_translated,
  (SELECT count(*) FROM json_each(v.translation, '$.requirements') r
    WHERE r.value ->> 'kind' IN ('diploma', 'education_level') AND r.value ->> 'legal' = 1
      AND NOT EXISTS (SELECT 1 FROM json_each(v.translation, '$.changes') c
                       WHERE c.value ->> 'action' = 'translate' AND c.value ->> 'requirementId' = r.value ->> 'id')) AS diplomas_kept_by_law,
  (SELECT count(*) FROM json_each(v.translation, '$.changes') c WHERE c.value ->> 'action' = 'move-to-profile') AS moved_to_profile,
  (SELECT count(*) FROM json_each(v.translation, '$.changes') c WHERE c.value ->> 'rule' = 'experience.years→competence') AS years_to_competence,
  (SELECT count(*) FROM json_each(v.translation, '$.warnings')) AS warnings,
  -- Resolved: the rewrite changed the line the warning is about.
  (SELECT count(*) FROM json_each(v.translation, '$.warnings') w
    WHERE EXISTS (SELECT 1 FROM json_each(v.translation, '$.changes') c
                   WHERE c.value ->> 'action' IN ('translate', 'rephrase', 'move-to-profile', 'drop-wording')
                     AND c.value ->> '$.span.start' = w.value ->> '$.span.start')) AS warnings_resolved,
  (SELECT count(*) FROM json_each(v.translation, '$.learningRoutes') l WHERE l.value ->> 'form' = 'formal') AS routes_formal,
  (SELECT count(*) FROM json_each(v.translation, '$.learningRoutes') l WHERE l.value ->> 'form' = 'non-formal') AS routes_non_formal,
  (SELECT count(*) FROM json_each(v.translation, '$.learningRoutes') l WHERE l.value ->> 'form' = 'informal') AS routes_informal
FROM profile_versions v;

CREATE TABLE profile_facts (
  profile_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  diplomas INTEGER NOT NULL,
  diplomas_translated INTEGER NOT NULL,
  diplomas_kept_by_law INTEGER NOT NULL,
  moved_to_profile INTEGER NOT NULL,
  years_to_competence INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  warnings_resolved INTEGER NOT NULL,
  routes_formal INTEGER NOT NULL,
  routes_non_formal INTEGER NOT NULL,
  routes_informal INTEGER NOT NULL,
  PRIMARY KEY (profile_id, version)
) STRICT, WITHOUT ROWID;

-- Skills a profile asks to be learned on the job (mustHave false, grounded in ESCO).
CREATE VIEW profile_version_needs AS
SELECT DISTINCT v.profile_id, v.version, s.value ->> 'uri' AS skill_uri, s.value ->> 'label' AS label
FROM profile_versions v, json_each(v.translation, '$.skills') s
WHERE s.value ->> 'mustHave' = 0 AND s.value ->> 'uri' IS NOT NULL;

CREATE TABLE profile_needs (
  profile_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  skill_uri TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (profile_id, version, skill_uri)
) STRICT, WITHOUT ROWID;
CREATE INDEX profile_needs_skill ON profile_needs (skill_uri, profile_id);

-- The learning routes a profile offers for those skills.
CREATE VIEW profile_version_need_routes AS
SELECT DISTINCT v.profile_id, v.version, c.value AS skill_uri, l.value ->> 'form' AS form, l.value ->> 'title' AS title,
  l.value ->> 'provider' AS provider, l.value ->> 'sourceId' AS source_id
FROM profile_versions v, json_each(v.translation, '$.learningRoutes') l, json_each(l.value, '$.covers') c
WHERE c.value IN (SELECT s.value ->> 'uri' FROM json_each(v.translation, '$.skills') s WHERE s.value ->> 'mustHave' = 0);

CREATE TABLE profile_need_routes (
  profile_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  skill_uri TEXT NOT NULL,
  form TEXT NOT NULL,
  title TEXT NOT NULL,
  provider TEXT,
  source_id TEXT,
  PRIMARY KEY (profile_id, version, skill_uri, form, title)
) STRICT, WITHOUT ROWID;
CREATE INDEX profile_need_routes_skill ON profile_need_routes (skill_uri);

CREATE TRIGGER profile_versions_insights AFTER INSERT ON profile_versions
BEGIN
  INSERT OR REPLACE INTO profile_facts SELECT * FROM profile_version_facts WHERE profile_id = NEW.profile_id AND version = NEW.version;
  INSERT OR IGNORE INTO profile_needs SELECT * FROM profile_version_needs WHERE profile_id = NEW.profile_id AND version = NEW.version;
  INSERT OR IGNORE INTO profile_need_routes SELECT * FROM profile_version_need_routes WHERE profile_id = NEW.profile_id AND version = NEW.version;
END;

-- The versions saved before this migration.
INSERT OR REPLACE INTO profile_facts SELECT * FROM profile_version_facts;
INSERT OR IGNORE INTO profile_needs SELECT * FROM profile_version_needs;
INSERT OR IGNORE INTO profile_need_routes SELECT * FROM profile_version_need_routes;

-- Impact reads an organisation's profiles created in a period.
CREATE INDEX profiles_organization_created ON profiles (organization_id, created_at);
