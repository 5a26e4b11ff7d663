package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.scoring.QuadClass;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.view.DirectedEvent;
import org.escalationtimeline.query.view.PairEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who did what to whom at a cutoff, from the link table's indexes: the input of the tension and stance views. */
@Component
public class LinkReader {

    private static final QuadClass[] QUAD_CLASSES = QuadClass.values();

    private final JdbcTemplate jdbc;
    private final LiveGeneration live;

    public LinkReader(JdbcTemplate jdbc, LiveGeneration live) {
        this.jdbc = jdbc;
        this.live = live;
    }

    /** Every event joining the pair in either direction, once each (a call joins it both ways). */
    public List<PairEvent> between(ActorPair pair, Cutoff cutoff) {
        List<Object> args = new ArrayList<>();
        String visible = Visibility.clause("l", live.number(), cutoff, args);
        String a = pair.first().value();
        String b = pair.second().value();
        args.addAll(List.of(a, b, b, a));
        Map<UUID, PairEvent> events = new LinkedHashMap<>();
        jdbc.query("SELECT event_id, world_date, position, goldstein, quad_class FROM record_link l WHERE " + visible
                        + " AND ((l.source = ? AND l.target = ?) OR (l.source = ? AND l.target = ?)) ORDER BY l.position",
                rs -> {
                    UUID eventId = rs.getObject(1, UUID.class);
                    events.putIfAbsent(eventId, new PairEvent(eventId, rs.getDate(2).toLocalDate(), rs.getLong(3),
                            rs.getDouble(4), quadClass(rs.getInt(5))));
                }, args.toArray());
        return List.copyOf(events.values());
    }

    /** The directed events dated in the window of {@code windowDays} days ending at the cutoff's asOf. */
    public List<DirectedEvent> inWindow(Cutoff cutoff, int windowDays) {
        List<Object> args = new ArrayList<>();
        String visible = Visibility.clause("l", live.number(), cutoff, args);
        args.add(Date.valueOf(cutoff.asOf().minusDays(windowDays)));
        return jdbc.query("SELECT event_id, source, target, world_date, position, goldstein, quad_class FROM record_link l"
                        + " WHERE " + visible + " AND l.world_date > ? ORDER BY l.world_date, l.position",
                (rs, row) -> directed(rs), args.toArray());
    }

    /** The ordered pairs of actors joined by at least one event dated on or before asOf. */
    public List<ActorCode[]> pairsEver(Cutoff cutoff) {
        List<Object> args = new ArrayList<>();
        String visible = Visibility.clause("l", live.number(), cutoff, args);
        return jdbc.query("SELECT DISTINCT source, target FROM record_link l WHERE " + visible + " ORDER BY source, target",
                (rs, row) -> new ActorCode[]{new ActorCode(rs.getString(1)), new ActorCode(rs.getString(2))},
                args.toArray());
    }

    private static DirectedEvent directed(ResultSet rs) throws SQLException {
        LocalDate date = rs.getDate(4).toLocalDate();
        return new DirectedEvent(rs.getObject(1, UUID.class), new ActorCode(rs.getString(2)),
                new ActorCode(rs.getString(3)), date, rs.getLong(5), rs.getDouble(6), quadClass(rs.getInt(7)));
    }

    private static QuadClass quadClass(int number) {
        return QUAD_CLASSES[number - 1];
    }
}
