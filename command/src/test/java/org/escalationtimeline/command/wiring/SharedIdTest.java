package org.escalationtimeline.command.wiring;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.escalationtimeline.api.call.HoldCall;
import org.escalationtimeline.api.measure.AnnounceMeasure;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureTerms;
import org.escalationtimeline.api.statement.MakeStatement;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.command.InMemoryRegistry;
import org.escalationtimeline.command.call.Call;
import org.escalationtimeline.command.measure.Measure;
import org.escalationtimeline.command.registry.Registry;
import org.escalationtimeline.command.statement.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.escalationtimeline.command.TestData.CHN;
import static org.escalationtimeline.command.TestData.JPN;
import static org.escalationtimeline.command.TestData.participants;
import static org.escalationtimeline.command.TestData.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The event store keys streams by aggregate id alone, so an id belongs to one kind of aggregate.
 * Several aggregates wired together as in the application (the registry injected as a component).
 */
class SharedIdTest {

    private static final String ID = "shared-id";

    private Configuration configuration;

    @BeforeEach
    void setUp() {
        Registry registry = new InMemoryRegistry().register(CHN, JPN);
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Measure.class)
                .configureAggregate(Statement.class)
                .configureAggregate(Call.class)
                .registerComponent(Registry.class, c -> registry)
                .buildConfiguration();
        configuration.start();
        configuration.commandGateway().sendAndWait(AnnounceMeasure.create(ID,
                new MeasureTerms(CHN, List.of(JPN), MeasureKind.EXPORT_BAN, List.of(), null), report("2026-01-06")));
    }

    @AfterEach
    void tearDown() {
        configuration.shutdown();
    }

    @Test
    void theRegistryIsInjectedIntoTheHandlers() {
        assertEquals(List.of("Measure #0 MeasureAnnounced"), stream());
    }

    @Test
    void aStatementCannotTakeTheIdOfAMeasure() {
        assertThrows(Exception.class, () -> configuration.commandGateway().sendAndWait(
                new MakeStatement(ID, JPN, "Speaker", List.of(CHN), Tone.HOSTILE, null, report("2026-01-07"))));
        assertEquals(List.of("Measure #0 MeasureAnnounced"), stream());
    }

    @Test
    void aCallCannotTakeTheIdOfAMeasure() {
        assertThrows(Exception.class, () -> configuration.commandGateway().sendAndWait(
                new HoldCall(ID, participants(JPN, CHN), report("2026-01-07"))));
        assertEquals(List.of("Measure #0 MeasureAnnounced"), stream());
    }

    private List<String> stream() {
        return configuration.eventStore().readEvents(ID).asStream()
                .map(m -> ((DomainEventMessage<?>) m).getType() + " #" + m.getSequenceNumber() + " "
                        + m.getPayloadType().getSimpleName())
                .toList();
    }
}
