-- The recording instant of the last append, in epoch milliseconds (CommitOrderedAppend): each append, holding the
-- append lock, records its events at the later of the database's clock and one millisecond after this, and stores
-- it here, so recording instants rise with positions and a read at a past knownAt never changes. It starts after
-- the events already stored.
CREATE TABLE event_recording_clock (
    id               INTEGER PRIMARY KEY,
    last_recorded_ms BIGINT NOT NULL
);
INSERT INTO event_recording_clock (id, last_recorded_ms)
SELECT 1, COALESCE(FLOOR(EXTRACT(EPOCH FROM CAST(MAX(time_stamp) AS TIMESTAMPTZ)) * 1000), 0)::BIGINT
  FROM domain_event_entry;
