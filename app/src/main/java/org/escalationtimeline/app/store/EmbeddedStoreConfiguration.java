package org.escalationtimeline.app.store;

import com.zaxxer.hikari.HikariDataSource;
import org.escalationtimeline.app.TimelineProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded default store: an H2 file in {@code timeline.data-dir}, unless the {@code postgres} profile is on. */
@Configuration(proxyBeanMethods = false)
@Profile("!postgres")
public class EmbeddedStoreConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(TimelineProperties timeline) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(jdbcUrl(timeline.dataDir()))
                .username("sa")
                .password("")
                .build();
    }

    /**
     * The URL of the store in {@code dataDir}, which is created if missing.
     * <p>
     * {@code WRITE_DELAY=0}: by default H2 2.3 leaves a commit in memory for up to 500 ms, until a background thread
     * writes it; a {@code kill -9} in that window loses writes that were already acknowledged. With 0 the committing
     * thread writes the commit to the file before the commit returns, so it is in the operating system's cache and
     * survives the death of the JVM. (There is no fsync: a power cut may still lose the last seconds; PostgreSQL is
     * the store for that.) The price, measured here: about 2,000 commits a second at most, and about 20 KB of file
     * per commit held for H2's 45-second chunk retention before the space is reused.
     * <p>
     * {@code LOCK_TIMEOUT=10000}: appends queue for one lock ({@link CommitOrderedAppend}); a write waits up to 10 s
     * for it rather than failing after H2's default of 2 s.
     * <p>
     * {@code DB_CLOSE_ON_EXIT=FALSE}: Spring closes the pool at shutdown; H2's own shutdown hook would close the
     * database under it first.
     * <p>
     * {@code QUERY_CACHE_SIZE=64}: H2 keeps the parsed form of the last 8 statements of a session by default; one
     * write runs more distinct statements than that (request log, registry, event store, receipt), so each was
     * parsed anew every time, a tenth of the write path's time in a profile.
     */
    public static String jdbcUrl(Path dataDir) {
        try {
            Path directory = Files.createDirectories(dataDir.toAbsolutePath().normalize());
            return "jdbc:h2:file:" + directory.resolve("timeline")
                   + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
    }
}
