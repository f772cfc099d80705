-- Batches (issue 20): why an item failed, as a code (shared/batch-errors.ts), so that the API can say
-- it in the interface language; `error` keeps the technical detail (the last exception) for logs.
-- Rows failed before this migration have no code and read as 'unknown'.
ALTER TABLE batch_items ADD COLUMN error_code TEXT;

-- GET /v1/batches: an organisation's batches newest first, a page at a time (created_at, id is the cursor).
CREATE INDEX batches_organization_newest ON batches (organization_id, created_at, id);
