-- Writes already answered, by the key that makes them idempotent: "create:<id>" for a create,
-- "key:<Idempotency-Key>" for a request that carried one. Written in the command's transaction.
CREATE TABLE write_request (
    request_key  VARCHAR(300) NOT NULL PRIMARY KEY,
    fingerprint  CHAR(64)     NOT NULL,
    aggregate_id VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    receipt      VARCHAR(4000) NOT NULL
);
