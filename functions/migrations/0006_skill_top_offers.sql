-- Matching reads, per gap skill, the offers that teach it most surely (issue #5). Reading them
-- from offer_skills takes one index scan (and one offer lookup) per skill and per request; this
-- table keeps each skill's 40 surest offers as one row, so a whole gap is one indexed read.
-- Derived from offer_skills: the catalogue load rebuilds it (functions/learning/catalogue-sql.ts).
CREATE TABLE skill_top_offers (
  skill_id TEXT NOT NULL,
  -- "any", or "formal" for the formal offers only (a formal route the law or a diploma needs)
  form TEXT NOT NULL CHECK (form IN ('any', 'formal')),
  -- JSON array of [offer id, confidence], at most 40, surest first
  offers TEXT NOT NULL,
  PRIMARY KEY (skill_id, form)
) STRICT, WITHOUT ROWID;

INSERT INTO skill_top_offers (skill_id, form, offers)
SELECT skill_id, 'any', json_group_array(json_array(offer_id, confidence)) FROM (
  SELECT skill_id, offer_id, confidence,
    row_number() OVER (PARTITION BY skill_id ORDER BY confidence DESC, offer_id) AS n
  FROM offer_skills
) WHERE n <= 40 GROUP BY skill_id;

INSERT INTO skill_top_offers (skill_id, form, offers)
SELECT skill_id, 'formal', json_group_array(json_array(offer_id, confidence)) FROM (
  SELECT l.skill_id, l.offer_id, l.confidence,
    row_number() OVER (PARTITION BY l.skill_id ORDER BY l.confidence DESC, l.offer_id) AS n
  FROM offer_skills l JOIN offers o ON o.id = l.offer_id AND o.form = 'formal'
) WHERE n <= 40 GROUP BY skill_id;
