package org.escalationtimeline.query.rebuild;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * How far a processor has come, across every node, read from the token store without claiming
 * anything: a rebuild's progress, whether it has caught up, and how far the live read model is
 * complete (query/read/ProjectedPositions).
 */
@Component
public class TokenPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    TokenPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The position every segment has passed, or empty when the processor has no tokens yet. */
    OptionalLong lowest(String processor) {
        List<Long> positions = jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (rs, row) -> position(rs.getBytes(1), rs.getString(2)), processor);
        return positions.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(positions.stream().mapToLong(Long::longValue).min().orElse(-1));
    }

    /**
     * The position each segment's stored token has reached, by segment id (-1 for a token that has
     * seen nothing yet); empty when the processor has no tokens yet.
     */
    public Map<Integer, Long> bySegment(String processor) {
        Map<Integer, Long> positions = new TreeMap<>();
        jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?",
                rs -> {
                    positions.put(rs.getInt(1), position(rs.getBytes(2), rs.getString(3)));
                }, processor);
        return positions;
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }
}
