package org.escalationtimeline.app.store;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store on the embedded default, an H2 file in the data directory. */
class H2FileEventStoreTest extends EventStoreContractTest {

    private static final Path DATA_DIR = newDataDir();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", DATA_DIR::toString);
    }

    @Override
    String asText(String binaryColumn) {
        return "UTF8TOSTRING(" + binaryColumn + ")";
    }

    @Override
    HikariDataSource secondNodeDataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedStoreConfiguration.jdbcUrl(DATA_DIR));
        dataSource.setUsername("sa");
        return dataSource;
    }

    @Test
    void storeIsOneFileInTheDataDirectory() {
        assertThat(DATA_DIR.resolve("timeline.mv.db")).isRegularFile();
    }

    /** Under {@code java.io.tmpdir}, which the build points into {@code target/}; it does not exist yet. */
    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("h2-event-store").resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
