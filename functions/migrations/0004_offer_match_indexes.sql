-- Matching reads, per gap skill, the offers that teach it most surely (issue #5): this index lets
-- D1 stop after the first rows of a skill instead of reading every offer that mentions it.
CREATE INDEX offer_skills_skill_confidence ON offer_skills (skill_id, confidence DESC, offer_id);

-- Formal offers a posting names by CROHO code or crebo, and the few that satisfy a legal requirement.
CREATE INDEX offers_source_id ON offers (source_id);
CREATE INDEX offers_legal ON offers (id) WHERE legal_ids IS NOT NULL;
