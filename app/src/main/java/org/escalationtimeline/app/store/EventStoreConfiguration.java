package org.escalationtimeline.app.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.escalationtimeline.app.ReadSideConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Axon's event store, token store and serializers on the tables that {@code db/eventstore/{vendor}} creates, for H2
 * and PostgreSQL alike: the JDBC engine (no JPA), payloads and tokens as JSON in binary columns.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("time_stamp")
            .setOwnerColumn("owner")
            .build();

    /**
     * Axon's general serializer; with {@code axon.serializer.messages} and {@code axon.serializer.events} set to
     * {@code jackson} as well, Axon uses this one instance for events, snapshots, metadata and tokens.
     */
    @Bean
    @Primary
    public Serializer storedMessageSerializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(StoredMessageJson.objectMapper())
                .revisionResolver(revisionResolver)
                .build();
    }

    /** Axon adds every EventUpcaster bean to the chain the engine reads through, for aggregates and processors alike. */
    @Bean
    public EventUpcaster storedEventUpcasters() {
        return StoredEventUpcasters.chain();
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** The append lock of this node's store, which group commits take once for all their appends. */
    @Bean
    public CommitOrderedAppend commitOrderedAppend(DataSource dataSource) {
        return CommitOrderedAppend.on(databaseProductName(dataSource), EVENT_SCHEMA);
    }

    /**
     * The engine takes its connections straight from Spring's transaction, not through the {@code connectionProvider}
     * bean: Axon's {@code UnitOfWorkAwareConnectionProviderWrapper} rolls the whole connection back when a command's
     * unit of work fails, and a group commit ({@code GroupCommit}) runs many commands in one transaction, each in a
     * savepoint; one refused command would undo the others, already answered, and release the append lock. Spring
     * rolls back to the command's savepoint instead.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(DataSource dataSource,
                                                 TransactionManager transactionManager,
                                                 Serializer serializer,
                                                 CommitOrderedAppend appendLock,
                                                 org.axonframework.config.Configuration axon) {
        return storageEngine(appendLock, new SpringDataSourceConnectionProvider(dataSource), transactionManager,
                serializer)
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .build();
    }

    /** The engine as every node builds it; tests build a second node's engine with it. */
    static JdbcEventStorageEngine.Builder storageEngine(DataSource dataSource,
                                                        ConnectionProvider connectionProvider,
                                                        TransactionManager transactionManager,
                                                        Serializer serializer) {
        return storageEngine(CommitOrderedAppend.on(databaseProductName(dataSource), EVENT_SCHEMA),
                connectionProvider, transactionManager, serializer);
    }

    private static JdbcEventStorageEngine.Builder storageEngine(CommitOrderedAppend appendLock,
                                                                ConnectionProvider connectionProvider,
                                                                TransactionManager transactionManager,
                                                                Serializer serializer) {
        return JdbcEventStorageEngine.builder()
                .schema(EVENT_SCHEMA)
                .dataType(byte[].class)
                .appendEvents(appendLock)
                .persistenceExceptionResolver(new UniqueViolationResolver())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager);
    }

    /** Claims lapse after {@code timeline.read-model.claim-timeout}, which the processors' pace follows. */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider,
                                 Serializer serializer,
                                 @Value(ReadSideConfiguration.CLAIM_TIMEOUT) Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .schema(TOKEN_SCHEMA)
                .contentType(byte[].class)
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .build();
    }

    /** Static: a post-processor of the data source must exist before the data source does. */
    @Bean
    static BeanPostProcessor hungTransactionTimeout(@Value(ReadSideConfiguration.CLAIM_TIMEOUT) Duration claimTimeout) {
        return new HungTransactionTimeout(claimTimeout);
    }

    private static String databaseProductName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the event store", e);
        }
    }
}
