-- A rebuild is driven by the node that started it, under a lease it renews while it lives: a node
-- that finds the lease run out (or, started again, finds its own) abandons the rebuild (Switchboard).
ALTER TABLE read_model ADD COLUMN rebuild_owner VARCHAR(255);
ALTER TABLE read_model ADD COLUMN rebuild_lease_until_ms BIGINT;
