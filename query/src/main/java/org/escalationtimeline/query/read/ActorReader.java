package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.ActorView;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The registered actors, as known at an instant. */
@Component
public class ActorReader {

    private final JdbcTemplate jdbc;
    private final LiveGeneration live;

    public ActorReader(JdbcTemplate jdbc, LiveGeneration live) {
        this.jdbc = jdbc;
        this.live = live;
    }

    public List<ActorView> all(Instant knownAt) {
        return jdbc.query("SELECT code, name, kind, recorded_ms FROM actor_view WHERE generation = ? AND recorded_ms <= ?"
                + " ORDER BY code", (rs, row) -> new ActorView(new ActorCode(rs.getString(1)), rs.getString(2),
                ActorKind.valueOf(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4))),
                live.number(), knownAt.toEpochMilli());
    }

    public Optional<ActorView> one(ActorCode code, Instant knownAt) {
        return all(knownAt).stream().filter(actor -> actor.code().equals(code)).findFirst();
    }
}
