package org.escalationtimeline.query.projection;

import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.query.EarlierRevisions;
import org.escalationtimeline.query.ReadModelJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the read model's tables for one generation. Every write is idempotent: an event
 * handled twice (a retried batch, a replay overlapping live processing) changes nothing.
 */
@Component
public class RecordTables {

    /** superseded_ms of a version nothing has superseded yet. */
    public static final long NEVER = Long.MAX_VALUE;

    private final JdbcTemplate jdbc;

    public RecordTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void actorRegistered(int generation, ActorRegistered event, long position, Instant recordedAt) {
        if (exists("SELECT COUNT(*) FROM actor_view WHERE generation = ? AND code = ?", generation,
                event.code().value())) {
            return;
        }
        jdbc.update("INSERT INTO actor_view (generation, code, name, kind, position, recorded_ms) VALUES (?, ?, ?, ?, ?, ?)",
                generation, event.code().value(), event.name(), event.kind().name(), position, recordedAt.toEpochMilli());
    }

    void developmentRecorded(int generation, RecordedDevelopment event, String aggregateType, long position,
                             long sequenceNumber, Instant recordedAt) {
        Development development = event.development();
        Version version = new Version(development.eventId(), development.eventId(), position, sequenceNumber,
                event.getClass().getSimpleName(), aggregateType.toLowerCase(Locale.ROOT), event.aggregateId(),
                development.date(), development.actor(), development.targets(), event.mutual(), development.summary(),
                ReadModelJson.write(development.sources()), development.cameo().value(), development.goldstein(),
                development.coding().quadClass().number(), ReadModelJson.write(event),
                EarlierRevisions.of(event.getClass()), false,
                recordedAt.toEpochMilli(), recordedAt.toEpochMilli());
        insert(generation, version);
    }

    /** A correction supersedes the version known until now with one carrying the corrected fields. */
    void recordCorrected(int generation, RecordCorrected correction, Instant recordedAt) {
        if (exists("SELECT COUNT(*) FROM record_version WHERE generation = ? AND version_id = ?", generation,
                correction.eventId())) {
            return;
        }
        List<Version> current = jdbc.query("SELECT * FROM record_version WHERE generation = ? AND event_id = ? "
                + "AND superseded_ms = ?", (rs, row) -> Version.read(rs), generation, correction.recordId(), NEVER);
        if (current.isEmpty()) {
            return; // the record was retracted before: nothing left to correct
        }
        long at = recordedAt.toEpochMilli();
        supersede(generation, correction.recordId(), at);
        insert(generation, current.get(0).correctedBy(correction, at));
    }

    void recordRetracted(int generation, UUID recordId, Instant recordedAt) {
        supersede(generation, recordId, recordedAt.toEpochMilli());
    }

    /** Deletes a generation's rows, before a rebuild fills it again. */
    public void clear(int generation) {
        for (String table : List.of("record_link", "record_version", "actor_view")) {
            jdbc.update("DELETE FROM " + table + " WHERE generation = ?", generation);
        }
    }

    private void supersede(int generation, UUID recordId, long at) {
        List<UUID> versions = jdbc.queryForList("SELECT version_id FROM record_version WHERE generation = ? "
                + "AND event_id = ? AND superseded_ms = ?", UUID.class, generation, recordId, NEVER);
        for (UUID versionId : versions) {
            jdbc.update("UPDATE record_version SET superseded_ms = ? WHERE generation = ? AND version_id = ?",
                    at, generation, versionId);
            jdbc.update("UPDATE record_link SET superseded_ms = ? WHERE generation = ? AND version_id = ?",
                    at, generation, versionId);
        }
    }

    private void insert(int generation, Version v) {
        if (exists("SELECT COUNT(*) FROM record_version WHERE generation = ? AND version_id = ?", generation,
                v.versionId())) {
            return;
        }
        jdbc.update("""
                        INSERT INTO record_version (generation, version_id, event_id, position, sequence_number,
                            event_type,
                            aggregate_type, aggregate_id, world_date, date_precision, actor, targets, mutual, summary,
                            sources, cameo, goldstein, quad_class, payload, payload_revision, corrected, first_recorded_ms,
                            recorded_ms, superseded_ms)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                generation, v.versionId(), v.eventId(), v.position(), v.sequenceNumber(), v.eventType(), v.aggregateType(),
                v.aggregateId(), Date.valueOf(v.date().firstDay()), v.date().precision().name(), v.actor().value(),
                String.join(",", v.targets().stream().map(ActorCode::value).toList()), v.mutual(), v.summary(),
                v.sources(), v.cameo(), v.goldstein(), v.quadClass(), v.payload(), v.payloadRevision(), v.corrected(),
                v.firstRecordedMs(), v.recordedMs(), NEVER);
        for (Map.Entry<ActorCode, ActorCode> link : links(v)) {
            jdbc.update("""
                            INSERT INTO record_link (generation, version_id, source, target, event_id, position,
                                world_date, goldstein, quad_class, recorded_ms, superseded_ms)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    generation, v.versionId(), link.getKey().value(), link.getValue().value(), v.eventId(),
                    v.position(), Date.valueOf(v.date().firstDay()), v.goldstein(), v.quadClass(), v.recordedMs(), NEVER);
        }
    }

    /**
     * The directions a development joins actors in: from its actor to each target, or, for a call
     * or meeting, from every participant to every other.
     */
    static List<Map.Entry<ActorCode, ActorCode>> links(Version v) {
        List<ActorCode> parties = new ArrayList<>();
        parties.add(v.actor());
        parties.addAll(v.targets());
        List<Map.Entry<ActorCode, ActorCode>> links = new ArrayList<>();
        for (ActorCode source : v.mutual() ? parties : List.of(v.actor())) {
            for (ActorCode target : parties) {
                if (!source.equals(target) && !links.contains(Map.entry(source, target))
                        && (v.mutual() || v.targets().contains(target))) {
                    links.add(Map.entry(source, target));
                }
            }
        }
        return links;
    }

    private boolean exists(String countQuery, Object... args) {
        Integer count = jdbc.queryForObject(countQuery, Integer.class, args);
        return count != null && count > 0;
    }

    /** One version of a development as the tables hold it. */
    record Version(UUID versionId, UUID eventId, long position, long sequenceNumber, String eventType,
                   String aggregateType, String aggregateId, EventDate date, ActorCode actor, List<ActorCode> targets,
                   boolean mutual, String summary, String sources, String cameo, double goldstein, int quadClass, String payload,
                   String payloadRevision, boolean corrected, long firstRecordedMs, long recordedMs) {

        static Version read(ResultSet rs) throws SQLException {
            String targets = rs.getString("targets");
            return new Version(rs.getObject("version_id", UUID.class), rs.getObject("event_id", UUID.class),
                    rs.getLong("position"), rs.getLong("sequence_number"), rs.getString("event_type"), rs.getString("aggregate_type"),
                    rs.getString("aggregate_id"),
                    new EventDate(rs.getDate("world_date").toLocalDate(),
                            DatePrecision.valueOf(rs.getString("date_precision"))),
                    new ActorCode(rs.getString("actor")),
                    targets.isEmpty() ? List.of() : Arrays.stream(targets.split(",")).map(ActorCode::new).toList(),
                    rs.getBoolean("mutual"), rs.getString("summary"), rs.getString("sources"), rs.getString("cameo"),
                    rs.getDouble("goldstein"), rs.getInt("quad_class"), rs.getString("payload"),
                    rs.getString("payload_revision"), rs.getBoolean("corrected"), rs.getLong("first_recorded_ms"), rs.getLong("recorded_ms"));
        }

        Version correctedBy(RecordCorrected correction, long at) {
            return new Version(correction.eventId(), eventId, position, sequenceNumber, eventType, aggregateType,
                    aggregateId, correction.date() != null ? correction.date() : date, actor, targets, mutual,
                    correction.summary() != null ? correction.summary() : summary,
                    correction.sources() != null ? ReadModelJson.write(correction.sources()) : sources,
                    cameo, goldstein, quadClass, payload, payloadRevision, true, firstRecordedMs, at);
        }
    }
}
