-- When each earlier version was captured (the replaced record's fetched_utc,
-- or the capture's own date for an older capture kept as a version: rule
-- older-capture-version), so the versions list in capture order whatever
-- order the captures were ingested in. NULL when unknown (undated sources,
-- versions stored before this column existed): those fall back on
-- replaced_utc.
ALTER TABLE versions ADD COLUMN fetched_utc TEXT;
