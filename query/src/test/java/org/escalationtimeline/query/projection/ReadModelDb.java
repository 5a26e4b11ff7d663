package org.escalationtimeline.query.projection;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

/**
 * A real H2 read model for tests of the projection and the readers, without Spring: a fresh file
 * database under {@code target/read-model-db/}, with the query side's own migrations
 * ({@code db/query/h2/V*.sql}) applied in their order, so the tables, their indexes and the
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
        new ResourceDatabasePopulator(migrations()).execute(dataSource);
        return new ReadModelDb(dataSource);
    }

    private static Resource[] migrations() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:db/query/h2/V*__*.sql");
            Arrays.sort(found, Comparator.comparingInt(ReadModelDb::version));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(Resource migration) {
        String name = migration.getFilename();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
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
