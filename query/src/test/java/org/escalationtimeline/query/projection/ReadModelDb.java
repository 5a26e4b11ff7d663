package org.escalationtimeline.query.projection;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A real H2 read model for tests of the projection and the readers, without Spring: a fresh file
 * database under {@code target/read-model-db/}, with the query side's own migration
 * ({@code db/query/h2/V100__read_model.sql}) applied, so the tables, their indexes and the
 * {@code read_model} row (live generation 1) are exactly those the service runs on.
 */
public final class ReadModelDb implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RecordTables tables;

    private ReadModelDb(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tables = new RecordTables(jdbc);
    }

    public static ReadModelDb create() {
        Path file = Path.of("target", "read-model-db", UUID.randomUUID().toString(), "read").toAbsolutePath();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", true);
        new ResourceDatabasePopulator(new ClassPathResource("db/query/h2/V100__read_model.sql")).execute(dataSource);
        return new ReadModelDb(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public RecordTables tables() {
        return tables;
    }

    /** The handlers of the projection writing into {@code generation}, called directly. */
    public DrivenProjection projection(int generation) {
        return new DrivenProjection(tables, generation);
    }

    /** Switches reads to {@code generation}, as the end of a rebuild does. */
    public void makeLive(int generation) {
        jdbc.update("UPDATE read_model SET live_generation = ? WHERE id = 1", generation);
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
