package org.escalationtimeline.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The rows of the read model's tables as plain values, for comparing in tests. */
final class TableRows {

    private TableRows() {
    }

    record VersionRow(int generation, UUID versionId, UUID eventId, long position, String eventType,
                      String aggregateType, String aggregateId, LocalDate worldDate, String datePrecision, String actor,
                      String targets, boolean mutual, String summary, String sources, String cameo, double goldstein,
                      int quadClass, String payload, boolean corrected, long firstRecordedMs, long recordedMs,
                      long supersededMs) {
    }

    record LinkRow(int generation, UUID versionId, String source, String target, UUID eventId, long position,
                   LocalDate worldDate, double goldstein, int quadClass, long recordedMs, long supersededMs) {
    }

    record ActorRow(int generation, String code, String name, String kind, long position, long recordedMs) {
    }

    static List<VersionRow> versions(JdbcTemplate jdbc, int generation) {
        return jdbc.query("SELECT * FROM record_version WHERE generation = ? ORDER BY position, recorded_ms, version_id",
                (rs, row) -> new VersionRow(rs.getInt("generation"), rs.getObject("version_id", UUID.class),
                        rs.getObject("event_id", UUID.class), rs.getLong("position"), rs.getString("event_type"),
                        rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                        rs.getDate("world_date").toLocalDate(), rs.getString("date_precision"), rs.getString("actor"),
                        rs.getString("targets"), rs.getBoolean("mutual"), rs.getString("summary"),
                        rs.getString("sources"), rs.getString("cameo"), rs.getDouble("goldstein"),
                        rs.getInt("quad_class"), rs.getString("payload"), rs.getBoolean("corrected"),
                        rs.getLong("first_recorded_ms"), rs.getLong("recorded_ms"), rs.getLong("superseded_ms")),
                generation);
    }

    static List<VersionRow> versionsOf(JdbcTemplate jdbc, int generation, UUID recordId) {
        return versions(jdbc, generation).stream().filter(v -> v.eventId().equals(recordId)).toList();
    }

    static List<LinkRow> links(JdbcTemplate jdbc, int generation) {
        return jdbc.query("SELECT * FROM record_link WHERE generation = ?"
                        + " ORDER BY position, recorded_ms, version_id, source, target",
                (rs, row) -> new LinkRow(rs.getInt("generation"), rs.getObject("version_id", UUID.class),
                        rs.getString("source"), rs.getString("target"), rs.getObject("event_id", UUID.class),
                        rs.getLong("position"), rs.getDate("world_date").toLocalDate(), rs.getDouble("goldstein"),
                        rs.getInt("quad_class"), rs.getLong("recorded_ms"), rs.getLong("superseded_ms")),
                generation);
    }

    static List<LinkRow> linksOf(JdbcTemplate jdbc, int generation, UUID versionId) {
        return links(jdbc, generation).stream().filter(l -> l.versionId().equals(versionId)).toList();
    }

    static List<ActorRow> actors(JdbcTemplate jdbc, int generation) {
        return jdbc.query("SELECT * FROM actor_view WHERE generation = ? ORDER BY code",
                (rs, row) -> new ActorRow(rs.getInt("generation"), rs.getString("code"), rs.getString("name"),
                        rs.getString("kind"), rs.getLong("position"), rs.getLong("recorded_ms")), generation);
    }

    /** Everything a generation holds, for "nothing changed" comparisons. */
    record Snapshot(List<VersionRow> versions, List<LinkRow> links, List<ActorRow> actors) {
    }

    static Snapshot snapshot(JdbcTemplate jdbc, int generation) {
        return new Snapshot(versions(jdbc, generation), links(jdbc, generation), actors(jdbc, generation));
    }
}
