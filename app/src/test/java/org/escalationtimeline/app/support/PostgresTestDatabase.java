package org.escalationtimeline.app.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A new, empty database on a real PostgreSQL, one per test class, so that classes never see each other's rows.
 * <p>
 * The server is the one that {@code TIMELINE_TEST_POSTGRES_URL} (with {@code TIMELINE_TEST_POSTGRES_USER} and
 * {@code TIMELINE_TEST_POSTGRES_PASSWORD}) points at, as CI does with Debian's PostgreSQL 15; without it, an embedded
 * PostgreSQL 15 started once for the whole test JVM and stopped when the JVM exits.
 *
 * @param url      JDBC URL of the new database
 * @param username its owner
 * @param password the owner's password, empty for the embedded server
 */
public record PostgresTestDatabase(String url, String username, String password) {

    public static PostgresTestDatabase create() {
        String name = "timeline_test_" + UUID.randomUUID().toString().replace("-", "");
        Server server = Server.INSTANCE;
        try (Connection admin = DriverManager.getConnection(server.url(), server.username(), server.password());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server.url(), e);
        }
        return new PostgresTestDatabase(server.urlOf(name), server.username(), server.password());
    }

    /** Points Spring Boot's data source at this database; use with the {@code postgres} profile. */
    public void registerAsSpringDataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", this::username);
        registry.add("spring.datasource.password", this::password);
    }

    /** A connection pool of its own, as a second node of the service would have; the caller closes it. */
    public HikariDataSource newDataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        return dataSource;
    }

    private record Server(String url, String username, String password) {

        static final Server INSTANCE = locate();

        private static Server locate() {
            String url = System.getenv("TIMELINE_TEST_POSTGRES_URL");
            if (url != null && !url.isBlank()) {
                return new Server(url,
                                  System.getenv().getOrDefault("TIMELINE_TEST_POSTGRES_USER", "postgres"),
                                  System.getenv().getOrDefault("TIMELINE_TEST_POSTGRES_PASSWORD", ""));
            }
            try {
                // Its shutdown hook stops it when the JVM exits; test classes close their Spring contexts before.
                EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start an embedded PostgreSQL", e);
            }
        }

        /** The same server and parameters, another database. */
        String urlOf(String database) {
            URI server = URI.create(url.substring("jdbc:".length()));
            String query = server.getRawQuery() == null ? "" : "?" + server.getRawQuery();
            return "jdbc:" + server.getScheme() + "://" + server.getRawAuthority() + "/" + database + query;
        }
    }
}
