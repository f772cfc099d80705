-- The templates (offers with skill groups, #5) are read once per isolate in id order. The index
-- offers_templates (on source) cannot give that order, so SQLite scanned the whole offers table for
-- its six rows instead: about 15 ms of workerd CPU in a cold isolate's first translation (#15).
-- This one holds just those rows, in id order.
DROP INDEX offers_templates;
CREATE INDEX offers_templates_id ON offers (id) WHERE skill_groups IS NOT NULL;
