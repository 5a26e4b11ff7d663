package org.escalationtimeline.app.contract;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/** The embedded H2 store. */
class EarlierRevisionInTheStoreTest extends EarlierRevisionInTheStoreTestBase {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", () -> "target/test-data/earlier-revision-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
