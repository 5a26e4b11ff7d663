package org.escalationtimeline.app.admin;

import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL, where a failed statement spoils the rest of its transaction: the event's writes are in a savepoint of
 * the batch's transaction, which stays usable for setting it aside and for the rest of the batch.
 */
@ActiveProfiles("postgres")
class SetAsideEventOnPostgresTest extends SetAsideEventTestBase {

    private static final PostgresTestDatabase DB = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DB.registerAsSpringDataSource(registry);
        registry.add("timeline.data-dir", () -> "target/test-data/set-aside-postgres");
    }
}
