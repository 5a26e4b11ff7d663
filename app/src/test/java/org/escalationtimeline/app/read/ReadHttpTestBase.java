package org.escalationtimeline.app.read;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/**
 * The base of the read endpoints' HTTP tests: every subclass shares one Spring context (same
 * annotations, same dynamic property method) and with it one H2 file store under
 * {@code target/test-data/read-http-<run>}, fresh for every JVM, with no bundled data set. Since
 * the store is shared, every test writes under ids and actor codes of its own and filters its
 * reads by them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + ReadHttpClient.TOKEN, "timeline.dataset.load=false"})
abstract class ReadHttpTestBase extends ReadHttpClient {

    private static final String DATA_DIR = "target/test-data/read-http-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", () -> DATA_DIR);
    }
}
