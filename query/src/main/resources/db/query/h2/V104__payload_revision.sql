-- The revision of its event class each kept payload was written under, so that a read can take a row
-- projected before an event changed shape through the store's upcasters instead of failing on it.
ALTER TABLE record_version ADD COLUMN payload_revision VARCHAR(20) NOT NULL DEFAULT '1';
-- Every event class began at revision 1; MeetingScheduled moved to 2 (its arrangement nested) before this column
-- existed, so its rows already in that shape are marked by it.
UPDATE record_version SET payload_revision = '2'
    WHERE event_type = 'MeetingScheduled' AND payload LIKE '%"arrangement":%';
ALTER TABLE record_version ALTER COLUMN payload_revision DROP DEFAULT;
