-- The write model's view of the whole set: written in the transaction that appends the events.
CREATE TABLE registered_actor (
    code VARCHAR(10)  NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(20)  NOT NULL
);

-- Ids are unique across aggregate types: the event store keys streams by id alone.
CREATE TABLE known_aggregate (
    aggregate_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    aggregate_type VARCHAR(32) NOT NULL
);

CREATE TABLE known_record (
    event_id        UUID        NOT NULL PRIMARY KEY,
    aggregate_type  VARCHAR(32) NOT NULL,
    aggregate_id    VARCHAR(64) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    event_type      VARCHAR(64) NOT NULL,
    development     BOOLEAN     NOT NULL,
    CONSTRAINT known_record_position UNIQUE (aggregate_id, sequence_number)
);
