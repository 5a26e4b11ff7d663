package org.escalationtimeline.query.read;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which generation of the read model answers reads: one row, switched atomically by a rebuild. */
@Component
public class LiveGeneration {

    private final JdbcTemplate jdbc;

    public LiveGeneration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int number() {
        Integer live = jdbc.queryForObject("SELECT live_generation FROM read_model WHERE id = 1", Integer.class);
        if (live == null) {
            throw new IllegalStateException("the read model has no live generation");
        }
        return live;
    }
}
