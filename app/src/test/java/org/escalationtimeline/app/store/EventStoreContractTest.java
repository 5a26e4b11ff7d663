package org.escalationtimeline.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.escalationtimeline.app.TimelineProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.ClassUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What the event store promises on every database it runs on; a subclass per database. The context holds only the
 * store, Flyway and Axon, with a pooled streaming processor ({@link DeliveredNotes}) reading the store as the read
 * side's processors do.
 */
@SpringBootTest(classes = EventStoreContractTest.StoreApplication.class,
                webEnvironment = SpringBootTest.WebEnvironment.NONE,
                properties = {
                        "axon.eventhandling.processors." + EventStoreContractTest.PROCESSOR + ".mode=pooled",
                        "axon.eventhandling.processors." + EventStoreContractTest.PROCESSOR
                        + ".initial-segment-count=1"})
@DirtiesContext
abstract class EventStoreContractTest {

    /** The processing group of {@link DeliveredNotes}: a pooled processor with one segment, so one ordered stream. */
    static final String PROCESSOR = "store-test";
    private static final Instant NOTED_AT = Instant.parse("2025-11-01T10:15:30Z");
    private static final int TRANSACTIONS_PER_NODE = 150;
    private static final int EVENTS_PER_TRANSACTION = 2;
    private static final Duration PROCESSOR_CATCH_UP = Duration.ofSeconds(30);

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    Serializer serializer;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    ObjectMapper httpObjectMapper;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeliveredNotes deliveredNotes;

    /** An SQL expression that reads a binary JSON column as text. */
    abstract String asText(String binaryColumn);

    /** A connection pool of its own on the same store, as a second node of the service has. */
    abstract HikariDataSource secondNodeDataSource();

    @Test
    void appendedEventsAreReadBackInSequenceWithTheirMetadata() {
        String aggregate = newAggregateId();
        eventStore.publish(note(aggregate, 0, "first"), note(aggregate, 1, "second"));
        eventStore.publish(note(aggregate, 2, "third"));

        List<? extends DomainEventMessage<?>> read = eventStore.readEvents(aggregate).asStream().toList();

        assertThat(read).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(read).extracting(event -> (TestNote) event.getPayload()).containsExactly(
                new TestNote("first", NOTED_AT), new TestNote("second", NOTED_AT), new TestNote("third", NOTED_AT));
        assertThat(read).allSatisfy(event -> assertThat(event.getMetaData()).containsEntry("recordedBy", "store-test"));
    }

    @Test
    void payloadAndMetadataAreJsonThatSqlCanReadAsText() throws Exception {
        DomainEventMessage<TestNote> event = note(newAggregateId(), 0, "readable in SQL");
        eventStore.publish(event);

        var row = jdbc.queryForMap("SELECT payload_type, " + asText("payload") + " AS payload, "
                                   + asText("meta_data") + " AS meta_data"
                                   + " FROM domain_event_entry WHERE event_identifier = ?", event.getIdentifier());

        assertThat(row.get("payload_type")).isEqualTo(TestNote.class.getName());
        JsonNode payload = httpObjectMapper.readTree((String) row.get("payload"));
        assertThat(payload.get("text").asText()).isEqualTo("readable in SQL");
        assertThat(payload.get("notedAt").asText()).isEqualTo("2025-11-01T10:15:30Z");
        assertThat(httpObjectMapper.readTree((String) row.get("meta_data")).get("recordedBy").asText())
                .isEqualTo("store-test");
    }

    @Test
    void creatingAnAggregateStreamTwiceIsAStreamCreationConflict() {
        String aggregate = newAggregateId();
        eventStore.publish(note(aggregate, 0, "created"));

        assertThatThrownBy(() -> eventStore.publish(note(aggregate, 0, "created again")))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void appendingASequenceNumberTwiceIsAConcurrencyConflict() {
        String aggregate = newAggregateId();
        eventStore.publish(note(aggregate, 0, "created"), note(aggregate, 1, "changed"));

        assertThatThrownBy(() -> eventStore.publish(note(aggregate, 1, "changed concurrently")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventStore.readEvents(aggregate).asStream()).hasSize(2);
    }

    @Test
    void eventStoredWithAFieldItsClassNoLongerHasIsStillRead() {
        String aggregate = newAggregateId();
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                    + " time_stamp, payload_type, payload, meta_data) VALUES (?, ?, 0, 'TestAggregate', ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), aggregate, "2025-11-01T10:15:30.000Z", TestNote.class.getName(),
                    "{\"text\":\"old\",\"notedAt\":\"2025-11-01T10:15:30Z\",\"droppedSince\":42}".getBytes(UTF_8),
                    "{}".getBytes(UTF_8));

        assertThat(eventStore.readEvents(aggregate).asStream())
                .singleElement()
                .extracting(DomainEventMessage::getPayload)
                .isEqualTo(new TestNote("old", NOTED_AT));
    }

    @Test
    void everyStoredMessageUsesOneLenientJsonSerializerWhileHttpStaysStrict() {
        assertThat(axon.eventSerializer()).isSameAs(serializer);
        assertThat(axon.messageSerializer()).isSameAs(serializer);
        assertThat(axon.serializer()).isSameAs(serializer);
        ObjectMapper storedMessageMapper = ((JacksonSerializer) serializer).getObjectMapper();
        assertThat(storedMessageMapper).isNotSameAs(httpObjectMapper);
        assertThat(storedMessageMapper.isEnabled(FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(httpObjectMapper.isEnabled(FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(ClassUtils.isPresent("com.thoughtworks.xstream.XStream", null)).isFalse();
    }

    @Test
    void snapshotIsStoredAsJsonAndReadingAnAggregateStartsFromIt() {
        String aggregate = newAggregateId();
        eventStore.publish(note(aggregate, 0, "first"), note(aggregate, 1, "second"), note(aggregate, 2, "third"));
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("TestAggregate", aggregate, 1,
                                                                 new TestNote("state after second", NOTED_AT)));

        assertThat(eventStore.readEvents(aggregate).asStream())
                .extracting(event -> ((TestNote) event.getPayload()).text())
                .containsExactly("state after second", "third");
        assertThat(jdbc.queryForObject("SELECT " + asText("payload") + " FROM snapshot_event_entry"
                                       + " WHERE aggregate_identifier = ?", String.class, aggregate))
                .contains("\"text\":\"state after second\"");
    }

    @Test
    void processorTokenIsStoredAsJson() throws Exception {
        eventStore.publish(note(newAggregateId(), 0, "to be processed"));

        await().atMost(PROCESSOR_CATCH_UP).until(() -> GapAwareTrackingToken.class.getName().equals(
                jdbc.queryForObject("SELECT token_type FROM token_entry WHERE processor_name = ? AND segment = 0",
                                    String.class, PROCESSOR)));

        String token = jdbc.queryForObject("SELECT " + asText("token") + " FROM token_entry"
                                           + " WHERE processor_name = ? AND segment = 0",
                                           String.class, PROCESSOR);
        assertThat(httpObjectMapper.readTree(token).get("index").asLong()).isPositive();
    }

    /**
     * Two nodes, each with its own connection pool, append at the same time. A reader polling the table must only
     * ever see a prefix of the final position order (no position visible before a lower one), and the processor
     * must receive every event once, in position order.
     */
    @Test
    void eventsAppendedByTwoNodesAtOnceBecomeVisibleInPositionOrderAndReachAProcessorOnce() throws Exception {
        long positionBefore = jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry",
                                                  Long.class);
        Set<String> appended = new HashSet<>();
        List<VisiblePositions> readerSnapshots;
        try (HikariDataSource secondNodePool = secondNodeDataSource()) {
            var connections = new SpringDataSourceConnectionProvider(secondNodePool);
            EventStorageEngine secondNode = EventStoreConfiguration.storageEngine(
                    secondNodePool,
                    new UnitOfWorkAwareConnectionProviderWrapper(connections),
                    new SpringTransactionManager(new DataSourceTransactionManager(secondNodePool)),
                    serializer).build();
            ExecutorService threads = Executors.newFixedThreadPool(3);
            try {
                AtomicBoolean appending = new AtomicBoolean(true);
                Future<List<VisiblePositions>> reader =
                        threads.submit(() -> watchVisiblePositions(positionBefore, appending));
                Future<List<String>> firstNode = threads.submit(() -> appendInTransactions(storageEngine));
                Future<List<String>> otherNode = threads.submit(() -> appendInTransactions(secondNode));
                appended.addAll(firstNode.get());
                appended.addAll(otherNode.get());
                appending.set(false);
                readerSnapshots = reader.get();
            } finally {
                threads.shutdownNow();
            }
        }

        List<Long> positions = jdbc.queryForList("SELECT global_index FROM domain_event_entry"
                                                 + " WHERE global_index > ? ORDER BY global_index",
                                                 Long.class, positionBefore);
        assertThat(positions).hasSize(2 * TRANSACTIONS_PER_NODE * EVENTS_PER_TRANSACTION);
        assertThat(readerSnapshots).isNotEmpty().allSatisfy(
                visible -> assertThat(positions.get((int) visible.count() - 1)).isEqualTo(visible.highest()));

        await().atMost(PROCESSOR_CATCH_UP).until(() -> deliveredNotes.identifiers().containsAll(appended));
        List<Delivery> ours = deliveredNotes.deliveries().stream()
                .filter(delivery -> appended.contains(delivery.eventIdentifier()))
                .toList();
        assertThat(ours).hasSameSizeAs(appended);
        assertThat(ours).extracting(Delivery::tokenPosition).doesNotHaveDuplicates().isSorted();
    }

    private List<String> appendInTransactions(EventStorageEngine node) {
        String aggregate = newAggregateId();
        List<String> identifiers = new ArrayList<>();
        for (int transaction = 0; transaction < TRANSACTIONS_PER_NODE; transaction++) {
            List<DomainEventMessage<TestNote>> events = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_TRANSACTION; i++) {
                events.add(note(aggregate, (long) transaction * EVENTS_PER_TRANSACTION + i, "concurrent"));
            }
            node.appendEvents(events);
            events.forEach(event -> identifiers.add(event.getIdentifier()));
        }
        return identifiers;
    }

    private List<VisiblePositions> watchVisiblePositions(long positionBefore, AtomicBoolean appending) {
        List<VisiblePositions> snapshots = new ArrayList<>();
        while (appending.get()) {
            VisiblePositions visible = jdbc.queryForObject(
                    "SELECT COUNT(*), MAX(global_index) FROM domain_event_entry WHERE global_index > ?",
                    (row, number) -> new VisiblePositions(row.getLong(1), row.getLong(2)), positionBefore);
            if (visible.count() > 0) {
                snapshots.add(visible);
            }
        }
        return snapshots;
    }

    @Test
    void eventsAreRecordedWhenTheirAppendHoldsTheLockByOneClockThatRisesWithPositions() {
        // Messages made on nodes whose clocks are an hour fast and an hour late, appended in that order.
        Instant fast = Instant.now().plus(Duration.ofHours(1));
        Instant late = Instant.now().minus(Duration.ofHours(1));
        Instant before = Instant.now();
        String aggregate = newAggregateId();
        eventStore.publish(note(aggregate, 0, "made on a fast clock", fast), note(aggregate, 1, "same append", fast));
        eventStore.publish(note(aggregate, 2, "made on a late clock", late));
        Instant after = Instant.now();

        List<Instant> recorded = jdbc.queryForList("SELECT time_stamp FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY global_index", String.class, aggregate)
                .stream().map(Instant::parse).toList();
        assertThat(recorded).as("recorded by the store's clock, not the messages'")
                .allSatisfy(instant -> assertThat(instant).isBetween(before.minusMillis(1), after.plusMillis(5)));
        assertThat(recorded.get(1)).as("one append, one instant").isEqualTo(recorded.get(0));
        assertThat(recorded.get(2)).as("a later append, a later millisecond").isAfter(recorded.get(1));
        assertThat(eventStore.readEvents(aggregate).asStream().map(DomainEventMessage::getTimestamp).toList())
                .as("read back as recorded").isEqualTo(recorded);
    }

    private static String newAggregateId() {
        return "note-" + UUID.randomUUID();
    }

    private static DomainEventMessage<TestNote> note(String aggregate, long sequence, String text) {
        return new GenericDomainEventMessage<>("TestAggregate", aggregate, sequence, new TestNote(text, NOTED_AT),
                                               MetaData.with("recordedBy", "store-test"));
    }

    /** A note whose message was made at {@code createdAt} by the writing node's clock. */
    private static DomainEventMessage<TestNote> note(String aggregate, long sequence, String text, Instant createdAt) {
        return new GenericDomainEventMessage<>("TestAggregate", aggregate, sequence, new TestNote(text, NOTED_AT),
                                               MetaData.with("recordedBy", "store-test"),
                                               UUID.randomUUID().toString(), createdAt);
    }

    /** What a reader sees of the new positions at one moment. */
    record VisiblePositions(long count, long highest) {
    }

    /** @param tokenPosition the processor's position after the event: the event's own, unless it filled a gap */
    record Delivery(String eventIdentifier, long tokenPosition) {
    }

    /** The processor under test: records what it receives, in the order it receives it. */
    @ProcessingGroup(PROCESSOR)
    static class DeliveredNotes {

        private final Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();

        @EventHandler
        void on(TestNote note, @MessageIdentifier String identifier, TrackingToken token) {
            deliveries.add(new Delivery(identifier, token.position().orElseThrow()));
        }

        List<Delivery> deliveries() {
            return List.copyOf(deliveries);
        }

        Set<String> identifiers() {
            Set<String> identifiers = new HashSet<>();
            deliveries.forEach(delivery -> identifiers.add(delivery.eventIdentifier()));
            return identifiers;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableConfigurationProperties(TimelineProperties.class)
    @Import({EventStoreConfiguration.class, EmbeddedStoreConfiguration.class, DeliveredNotes.class})
    static class StoreApplication {
    }
}
