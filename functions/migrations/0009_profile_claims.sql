-- Who on the team is working on a submitted profile (#19): a reviewer claims it, the queue shows
-- their name, and a decision lets it go. One claim per profile; a colleague may take it over.
ALTER TABLE profiles ADD COLUMN claimed_by TEXT REFERENCES api_tokens (id);
ALTER TABLE profiles ADD COLUMN claimed_at TEXT;
