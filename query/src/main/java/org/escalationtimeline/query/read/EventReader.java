package org.escalationtimeline.query.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.EventPage;
import org.escalationtimeline.api.query.ListEvents;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.Source;
import org.escalationtimeline.query.ReadModelJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The event list at any cutoff, straight from the indexed version table: one visible version per
 * record (recorded at or before knownAt, not superseded by then), dated on or before asOf, and
 * only up to the projected prefix, so that a reader paging by position never skips an event that
 * a slower segment of the projection had not written yet.
 */
@Component
public class EventReader {

    private final JdbcTemplate jdbc;
    private final LiveGeneration live;
    private final ProjectedPrefix projected;

    public EventReader(JdbcTemplate jdbc, LiveGeneration live, ProjectedPrefix projected) {
        this.jdbc = jdbc;
        this.live = live;
        this.projected = projected;
    }

    public EventPage list(ListEvents query) {
        long through = projected.through(query.knownAt());
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM record_version v WHERE ");
        sql.append(Visibility.clause("v", live.number(), new Cutoff(query.asOf(), query.knownAt()), args));
        sql.append(" AND v.position <= ?");
        args.add(through);
        if (query.after() != null) {
            sql.append(" AND v.position > ?");
            args.add(query.after());
        }
        if (query.from() != null) {
            sql.append(" AND v.world_date >= ?");
            args.add(Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND v.world_date <= ?");
            args.add(Date.valueOf(query.to()));
        }
        if (query.type() != null) {
            sql.append(" AND v.event_type = ?");
            args.add(query.type());
        }
        if (query.actor() != null) {
            sql.append(" AND (v.actor = ? OR EXISTS (SELECT 1 FROM record_link l WHERE l.generation = v.generation"
                    + " AND l.version_id = v.version_id AND (l.source = ? OR l.target = ?)))");
            args.addAll(List.of(query.actor().value(), query.actor().value(), query.actor().value()));
        }
        if (query.pair() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM record_link l WHERE l.generation = v.generation"
                    + " AND l.version_id = v.version_id AND ((l.source = ? AND l.target = ?) OR (l.source = ? AND l.target = ?)))");
            String a = query.pair().first().value();
            String b = query.pair().second().value();
            args.addAll(List.of(a, b, b, a));
        }
        sql.append(" ORDER BY v.position LIMIT ?");
        args.add(query.limit() + 1);
        List<EventEntry> rows = jdbc.query(sql.toString(), (rs, row) -> entry(rs), args.toArray());
        boolean more = rows.size() > query.limit();
        List<EventEntry> items = more ? rows.subList(0, query.limit()) : rows;
        // A page that is not full holds everything up to the prefix: the next read starts there.
        long next = more ? items.get(items.size() - 1).position()
                : Math.max(Math.max(through, 0), query.after() == null ? 0 : query.after());
        return new EventPage(List.copyOf(items), next);
    }

    static EventEntry entry(ResultSet rs) throws SQLException {
        CameoCode cameo = new CameoCode(rs.getString("cameo"));
        String targets = rs.getString("targets");
        boolean corrected = rs.getBoolean("corrected");
        return new EventEntry(rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                rs.getDate("world_date").toLocalDate(), DatePrecision.valueOf(rs.getString("date_precision")),
                Instant.ofEpochMilli(rs.getLong("first_recorded_ms")), rs.getLong("position"),
                new ActorCode(rs.getString("actor")),
                targets.isEmpty() ? List.of() : Arrays.stream(targets.split(",")).map(ActorCode::new).toList(),
                rs.getString("summary"), sources(rs.getString("sources")),
                new EventEntry.Cameo(cameo.value(), cameo.entry().label(), rs.getInt("quad_class")),
                rs.getDouble("goldstein"),
                new EventEntry.AggregateRef(rs.getString("aggregate_type"), rs.getString("aggregate_id")),
                corrected, corrected ? Instant.ofEpochMilli(rs.getLong("recorded_ms")) : null);
    }

    private static List<Source> sources(String json) {
        List<Source> sources = new ArrayList<>();
        for (JsonNode source : ReadModelJson.read(json)) {
            sources.add(new Source(source.path("publication").asText(),
                    source.hasNonNull("url") ? source.get("url").asText() : null,
                    source.hasNonNull("publishedOn") ? LocalDate.parse(source.get("publishedOn").asText())
                            : null));
        }
        return List.copyOf(sources);
    }
}
