-- Matching reads each candidate offer's links to the gap by offer id (issue #5): a covering index
-- answers that without a second lookup into the (skill_id, offer_id) primary key per link.
DROP INDEX offer_skills_offer;
CREATE INDEX offer_skills_offer_cover ON offer_skills (offer_id, skill_id, confidence);
