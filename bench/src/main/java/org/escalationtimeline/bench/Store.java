package org.escalationtimeline.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a service run uses, fresh for the run, and the raw-JDBC connections of the probe beside it: the same
 * engine, the same settings, the same disk.
 */
sealed interface Store extends AutoCloseable {

    String name();

    /** Arguments and environment that point the service at this store. */
    List<String> serviceArguments();

    Map<String, String> serviceEnvironment();

    /** A connection to the service's own database, to read what its event store holds (H2: only while it is stopped). */
    Connection product() throws SQLException;

    /** A connection for the raw probe, with the durability the service runs with. */
    Connection probe() throws SQLException;

    /** What makes a commit durable here, as the database reports it. */
    String durability() throws SQLException;

    String version() throws SQLException;

    /** SQL type of the payload columns, as the event store's Flyway migration has it. */
    String binaryType();

    @Override
    void close() throws SQLException;

    private static String queryOne(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * The default deployment: an H2 file in a fresh data dir. The probe gets a file of its own beside the service's
     * (an embedded H2 file has one user at a time), opened with the service's URL settings.
     */
    record H2(Path dataDir) implements Store {

        /**
         * The settings of the service's URL (app's EmbeddedStoreConfiguration.jdbcUrl): this module talks to the
         * service over HTTP only and does not link its classes, so they are repeated here.
         */
        static final String SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

        @Override
        public String name() {
            return "h2";
        }

        @Override
        public List<String> serviceArguments() {
            return List.of("--timeline.data-dir=" + dataDir);
        }

        @Override
        public Map<String, String> serviceEnvironment() {
            return Map.of();
        }

        @Override
        public Connection product() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("timeline") + SETTINGS, "sa", "");
        }

        @Override
        public Connection probe() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("raw-probe") + SETTINGS, "sa", "");
        }

        @Override
        public String durability() {
            return "H2 file, WRITE_DELAY=0 (each commit written to the file before it returns, no fsync)";
        }

        @Override
        public String version() throws SQLException {
            try (Connection connection = probe()) {
                return "H2 " + Store.queryOne(connection, "SELECT H2VERSION()");
            }
        }

        @Override
        public String binaryType() {
            return "BINARY VARYING";
        }

        @Override
        public void close() {
            // The data dir goes with the run's work folder (bench/run.sh).
        }
    }

    /**
     * A fresh database on a PostgreSQL server whose durability is at its defaults (fsync and synchronous_commit on);
     * made when the run starts, dropped when it ends unless kept. The probe writes a table of its own in it.
     */
    final class Postgres implements Store {

        private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]*)(\\?.*)?");

        private final String adminUrl;
        private final String url;
        private final String user;
        private final String password;
        private final String database;
        private final boolean keep;

        Postgres(String adminUrl, String user, String password, String database, boolean keep) throws SQLException {
            Matcher parts = URL.matcher(adminUrl);
            if (!parts.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + adminUrl);
            }
            this.adminUrl = adminUrl;
            this.url = "jdbc:postgresql://" + parts.group(1) + "/" + database;
            this.user = user;
            this.password = password;
            this.database = database;
            this.keep = keep;
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database);
            }
            requireDurable();
        }

        @Override
        public String name() {
            return "postgres";
        }

        @Override
        public List<String> serviceArguments() {
            return List.of("--spring.profiles.active=postgres");
        }

        @Override
        public Map<String, String> serviceEnvironment() {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("SPRING_DATASOURCE_URL", url);
            environment.put("SPRING_DATASOURCE_USERNAME", user);
            environment.put("SPRING_DATASOURCE_PASSWORD", password);
            return environment;
        }

        @Override
        public Connection product() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** The service's URL, plus the driver's fastest batch mode: the probe measures the ceiling. */
        @Override
        public Connection probe() throws SQLException {
            return DriverManager.getConnection(url + "?reWriteBatchedInserts=true", user, password);
        }

        @Override
        public String durability() throws SQLException {
            return String.join(", ", setting("fsync"), setting("synchronous_commit"), setting("wal_sync_method"),
                    setting("full_page_writes"));
        }

        @Override
        public String version() throws SQLException {
            try (Connection connection = product()) {
                return "PostgreSQL " + Store.queryOne(connection, "SHOW server_version");
            }
        }

        @Override
        public String binaryType() {
            return "BYTEA";
        }

        @Override
        public void close() throws SQLException {
            if (keep) {
                return;
            }
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }

        /** A figure measured without durable commits would say nothing about the service as deployed. */
        private void requireDurable() throws SQLException {
            String fsync = setting("fsync");
            String synchronousCommit = setting("synchronous_commit");
            if (!fsync.endsWith("=on") || synchronousCommit.endsWith("=off") || synchronousCommit.endsWith("=local")) {
                throw new IllegalStateException("PostgreSQL at " + adminUrl + " is not durable: " + fsync + ", "
                                                + synchronousCommit + "; the benchmark needs fsync and "
                                                + "synchronous_commit on (bench/run.sh starts such a server)");
            }
        }

        private String setting(String name) throws SQLException {
            try (Connection connection = product()) {
                return name + "=" + Store.queryOne(connection, "SHOW " + name);
            }
        }
    }
}
