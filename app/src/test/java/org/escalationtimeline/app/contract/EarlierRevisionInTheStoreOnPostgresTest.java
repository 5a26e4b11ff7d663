package org.escalationtimeline.app.contract;

import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** PostgreSQL, where the payload is bytea. */
@ActiveProfiles("postgres")
class EarlierRevisionInTheStoreOnPostgresTest extends EarlierRevisionInTheStoreTestBase {

    private static final PostgresTestDatabase DB = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DB.registerAsSpringDataSource(registry);
        registry.add("timeline.data-dir", () -> "target/test-data/earlier-revision-postgres");
    }
}
