-- The read model. Every row belongs to a generation: the live one answers reads while a
-- rebuild fills another, then the live generation switches in one update (blue/green).
-- Instants are epoch milliseconds (Axon records them to the millisecond): one portable type,
-- cheap to index and compare.

CREATE TABLE read_model (
    id                 SMALLINT NOT NULL PRIMARY KEY,
    live_generation    SMALLINT NOT NULL,
    rebuild_generation SMALLINT,
    rebuild_phase      VARCHAR(16) NOT NULL,
    rebuild_started_ms BIGINT,
    rebuild_finished_ms BIGINT,
    rebuild_total      BIGINT
);
INSERT INTO read_model (id, live_generation, rebuild_phase) VALUES (1, 1, 'IDLE');

CREATE TABLE actor_view (
    generation  SMALLINT     NOT NULL,
    code        VARCHAR(10)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    position    BIGINT       NOT NULL,
    recorded_ms BIGINT       NOT NULL,
    PRIMARY KEY (generation, code)
);

-- One row per version of a recorded development: the development itself, then one per
-- correction. A version is known from recorded_ms until superseded_ms (a later correction or
-- a retraction of the record); a read known at K takes recorded_ms <= K < superseded_ms.
CREATE TABLE record_version (
    generation     SMALLINT      NOT NULL,
    version_id     UUID          NOT NULL,
    event_id       UUID          NOT NULL,
    position       BIGINT        NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type     VARCHAR(40)   NOT NULL,
    aggregate_type VARCHAR(16)   NOT NULL,
    aggregate_id   VARCHAR(64)   NOT NULL,
    world_date     DATE          NOT NULL,
    date_precision VARCHAR(5)    NOT NULL,
    actor          VARCHAR(10)   NOT NULL,
    targets        VARCHAR(800)  NOT NULL,
    mutual         BOOLEAN       NOT NULL,
    summary        VARCHAR(500)  NOT NULL,
    sources        TEXT NOT NULL,
    cameo          VARCHAR(4)    NOT NULL,
    goldstein      DOUBLE PRECISION NOT NULL,
    quad_class     SMALLINT      NOT NULL,
    payload        TEXT NOT NULL,
    corrected      BOOLEAN       NOT NULL,
    first_recorded_ms BIGINT     NOT NULL,
    recorded_ms    BIGINT        NOT NULL,
    superseded_ms  BIGINT        NOT NULL,
    PRIMARY KEY (generation, version_id)
);
CREATE INDEX record_version_by_position ON record_version (generation, position, recorded_ms, superseded_ms);
CREATE INDEX record_version_by_date ON record_version (generation, world_date, recorded_ms, superseded_ms);
CREATE INDEX record_version_by_aggregate ON record_version (generation, aggregate_id, world_date);
CREATE INDEX record_version_by_aggregate_type ON record_version (generation, aggregate_type, aggregate_id);
CREATE INDEX record_version_by_event ON record_version (generation, event_id, superseded_ms);

-- Who did what to whom, one row per direction of a version (both directions for a call or a
-- meeting): what the stances and the tension of a pair read, through one index.
CREATE TABLE record_link (
    generation    SMALLINT    NOT NULL,
    version_id    UUID        NOT NULL,
    source        VARCHAR(10) NOT NULL,
    target        VARCHAR(10) NOT NULL,
    event_id      UUID        NOT NULL,
    position      BIGINT      NOT NULL,
    world_date    DATE        NOT NULL,
    goldstein     DOUBLE PRECISION NOT NULL,
    quad_class    SMALLINT    NOT NULL,
    recorded_ms   BIGINT      NOT NULL,
    superseded_ms BIGINT      NOT NULL,
    PRIMARY KEY (generation, version_id, source, target)
);
CREATE INDEX record_link_by_pair ON record_link (generation, source, target, world_date, recorded_ms, superseded_ms);
CREATE INDEX record_link_by_date ON record_link (generation, world_date, recorded_ms, superseded_ms);
