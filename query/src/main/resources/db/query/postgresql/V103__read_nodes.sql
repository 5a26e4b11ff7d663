-- The query nodes that are alive, each seen at its last heartbeat: the processors' segments are shared
-- out evenly among them (SegmentShare). A node is taken for gone once its row is older than the claim timeout.
CREATE TABLE read_model_node (
    node_id VARCHAR(255) PRIMARY KEY,
    seen_ms BIGINT       NOT NULL
);
