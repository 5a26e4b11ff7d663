package org.escalationtimeline.command.registry;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.TimelineEvent;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.correction.CorrectRecord;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureLifted;
import org.escalationtimeline.api.measure.MeasureThreatened;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.LodgeProtest;
import org.escalationtimeline.api.protest.ProtestLodged;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.command.correction.Correction;
import org.escalationtimeline.command.protest.Protest;
import org.escalationtimeline.command.registry.Registry.KnownRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.escalationtimeline.api.RuleBroken.Kind.UNPROCESSABLE;
import static org.escalationtimeline.command.BrokenRule.brokenRule;
import static org.escalationtimeline.command.TestData.CHN;
import static org.escalationtimeline.command.TestData.JPN;
import static org.escalationtimeline.command.TestData.USA;
import static org.escalationtimeline.command.TestData.development;
import static org.escalationtimeline.command.TestData.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real registry and its recorder against an H2 database in file mode (under target/), with the
 * module's own migration applied, fed with the domain event messages the event store would hand over.
 */
class JdbcRegistryTest {

    private static final String MEASURE = "cn-dual-use-ban-2026";

    private Path directory;
    private String url;
    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;
    private JdbcRegistry registry;
    private RegistryRecorder recorder;

    @BeforeEach
    void setUp() throws IOException {
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        directory = Files.createDirectories(target.resolve("jdbc-registry-test").resolve(UUID.randomUUID().toString()));
        url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("registry");
        // One connection for the whole test: H2 closes a file database with its last connection.
        dataSource = dataSource();
        jdbc = new JdbcTemplate(dataSource);
        new ResourceDatabasePopulator(new ClassPathResource("db/command/h2/V10__registry.sql"))
                .execute(dataSource);
        registry = new JdbcRegistry(jdbc);
        recorder = new RegistryRecorder(jdbc);
    }

    @AfterEach
    void tearDown() throws IOException {
        dataSource.destroy();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private SingleConnectionDataSource dataSource() {
        return new SingleConnectionDataSource(url, "sa", "", true);
    }

    // --- actors ---------------------------------------------------------------------------------

    @Test
    void aRegisteredActorBecomesRegistered() {
        assertFalse(registry.isRegistered(JPN));

        UUID eventId = UUID.randomUUID();
        record("Actor", "JPN", 0, new ActorRegistered(eventId, JPN, "Japan", ActorKind.STATE));

        assertTrue(registry.isRegistered(JPN));
        assertFalse(registry.isRegistered(CHN));
        assertEquals(Map.of("CODE", "JPN", "NAME", "Japan", "KIND", "STATE"),
                jdbc.queryForMap("SELECT code, name, kind FROM registered_actor"));
    }

    @Test
    void aRegistrationIsAKnownRecordButNotADevelopment() {
        UUID eventId = UUID.randomUUID();
        record("Actor", "WORLD", 0, new ActorRegistered(eventId, ActorCode.of("WORLD"), "Every country",
                ActorKind.GLOBAL));

        assertEquals(Optional.of(new KnownRecord(eventId, "actor", "WORLD", 0, "ActorRegistered", false)),
                registry.record(eventId));
        assertEquals(Optional.of("actor"), registry.aggregateType("WORLD"));
    }

    // --- aggregates and records -----------------------------------------------------------------

    @Test
    void theFirstEventOfAnAggregateRecordsItsType() {
        assertEquals(Optional.empty(), registry.aggregateType(MEASURE));

        record("Measure", MEASURE, 0, threatened());
        record("Measure", MEASURE, 1, announced());

        assertEquals(Optional.of("measure"), registry.aggregateType(MEASURE));
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM known_aggregate", Integer.class));
        assertEquals(Optional.empty(), registry.aggregateType("cn-no-such-measure"));
    }

    @Test
    void everyEventIsRecordedWithItsSequenceAndWhetherItIsADevelopment() {
        MeasureThreatened threatened = threatened();
        MeasureAnnounced announced = announced();
        MeasureLifted lifted = new MeasureLifted(MEASURE, development(report("2026-11-10"), CHN, List.of(JPN),
                "085", 7.0));
        UUID correctionId = UUID.randomUUID();
        RecordCorrected corrected = new RecordCorrected(announced.eventId(), MEASURE, correctionId, EventDate.parse("2026-01-07"),
                null, null, "wrong day");

        record("Measure", MEASURE, 0, threatened);
        record("Measure", MEASURE, 1, announced);
        record("Measure", MEASURE, 2, lifted);
        record("Correction", announced.eventId().toString(), 0, corrected);

        assertEquals(Optional.of(new KnownRecord(threatened.eventId(), "measure", MEASURE, 0, "MeasureThreatened", true)),
                registry.record(threatened.eventId()));
        assertEquals(Optional.of(new KnownRecord(announced.eventId(), "measure", MEASURE, 1, "MeasureAnnounced", true)),
                registry.record(announced.eventId()));
        assertEquals(Optional.of(new KnownRecord(lifted.eventId(), "measure", MEASURE, 2, "MeasureLifted", true)),
                registry.record(lifted.eventId()));
        assertEquals(Optional.of(new KnownRecord(correctionId, "correction", announced.eventId().toString(), 0,
                        "RecordCorrected", false)),
                registry.record(correctionId));
        assertEquals(Optional.of("correction"), registry.aggregateType(announced.eventId().toString()));
        assertEquals(Optional.empty(), registry.record(UUID.randomUUID()));
    }

    @Test
    void twoEventsCannotTakeTheSameSequenceOfAnAggregate() {
        record("Measure", MEASURE, 0, threatened());
        record("Measure", MEASURE, 1, announced());

        MeasureLifted lifted = new MeasureLifted(MEASURE, development(report("2026-11-10"), CHN, List.of(JPN),
                "085", 7.0));
        assertThrows(DuplicateKeyException.class, () -> record("Measure", MEASURE, 1, lifted));
        assertEquals(Optional.empty(), registry.record(lifted.eventId()));
    }

    @Test
    void theRegistryIsKeptInItsFile() {
        record("Actor", "JPN", 0, new ActorRegistered(UUID.randomUUID(), JPN, "Japan", ActorKind.STATE));
        record("Measure", MEASURE, 0, threatened());
        dataSource.destroy();
        assertTrue(Files.exists(directory.resolve("registry.mv.db")), "H2 keeps the registry in a file");

        dataSource = dataSource();
        JdbcRegistry reopened = new JdbcRegistry(new JdbcTemplate(dataSource));
        assertTrue(reopened.isRegistered(JPN));
        assertEquals(Optional.of("measure"), reopened.aggregateType(MEASURE));
    }

    // --- the aggregates read what the recorder wrote --------------------------------------------

    @Test
    void aProtestNamesAMeasureTheRecorderKnows() {
        record("Actor", "JPN", 0, new ActorRegistered(UUID.randomUUID(), JPN, "Japan", ActorKind.STATE));
        record("Actor", "CHN", 0, new ActorRegistered(UUID.randomUUID(), CHN, "China", ActorKind.STATE));
        record("Measure", MEASURE, 0, announced());

        FixtureConfiguration<Protest> fixture = new AggregateTestFixture<>(Protest.class);
        fixture.registerInjectableResource(registry);
        Report report = report("2026-01-07");
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest("jp-protest-dual-use-ban", JPN, CHN, Forum.DIPLOMATIC,
                        ProtestSubject.measure(MEASURE), report))
                .expectEvents(new ProtestLodged("jp-protest-dual-use-ban", Forum.DIPLOMATIC,
                        ProtestSubject.measure(MEASURE), development(report, JPN, List.of(CHN), "114", -2.0)));

        fixture = new AggregateTestFixture<>(Protest.class);
        fixture.registerInjectableResource(registry);
        fixture.givenNoPriorActivity()
                .when(new LodgeProtest("us-protest-dual-use-ban", USA, CHN, Forum.DIPLOMATIC,
                        ProtestSubject.measure(MEASURE), report("2026-01-07")))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("actors-must-be-registered", UNPROCESSABLE))
                .expectNoEvents();
    }

    @Test
    void aRegistrationTheRecorderKnowsIsNotCorrected() {
        UUID registration = UUID.randomUUID();
        record("Actor", "JPN", 0, new ActorRegistered(registration, JPN, "Japan", ActorKind.STATE));

        FixtureConfiguration<Correction> fixture = new AggregateTestFixture<>(Correction.class);
        fixture.registerInjectableResource(registry);
        fixture.givenNoPriorActivity()
                .when(new CorrectRecord(registration, UUID.randomUUID(), null, "Nippon", null, "name", null))
                .expectException(RuleBroken.class)
                .expectException(brokenRule("only-developments-are-corrected", UNPROCESSABLE))
                .expectNoEvents();
    }

    // --- events ---------------------------------------------------------------------------------

    private void record(String aggregateType, String aggregateId, long sequence, TimelineEvent event) {
        recorder.on(event, new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event));
    }

    private static MeasureThreatened threatened() {
        return new MeasureThreatened(MEASURE, MeasureKind.EXPORT_BAN, List.of(), null,
                development(report("2025-11-20"), CHN, List.of(JPN), "1312", -5.8));
    }

    private static MeasureAnnounced announced() {
        return new MeasureAnnounced(MEASURE, MeasureKind.EXPORT_BAN, List.of(), null,
                development(report("2026-01-06"), CHN, List.of(JPN), "163", -8.0));
    }
}
