package org.escalationtimeline.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.Set;

/**
 * The service's own settings (DESIGN §8); each has an environment variable by Spring's relaxed
 * binding: {@code TIMELINE_DATA_DIR}, {@code TIMELINE_API_TOKEN}, {@code TIMELINE_DATASET_LOAD},
 * {@code TIMELINE_ROLES}, {@code TIMELINE_IMPORT_MAX_BODY}, {@code TIMELINE_WRITE_MAX_GROUP}.
 *
 * @param dataDir  where the embedded H2 store and the generated API token live
 * @param apiToken the bearer token for writes; made on first start when absent
 * @param dataset  the bundled data set
 * @param roles    which sides this node runs: {@code command}, {@code query} or both
 * @param imports  {@code timeline.import.*}: the bounds of {@code POST /api/import}
 * @param write    {@code timeline.write.*}: how writes are committed
 */
@ConfigurationProperties(prefix = "timeline")
public record TimelineProperties(@DefaultValue("./data") Path dataDir,
                                 String apiToken,
                                 @DefaultValue Dataset dataset,
                                 @DefaultValue({"command", "query"}) Set<String> roles,
                                 @Name("import") @DefaultValue Import imports,
                                 @DefaultValue Write write) {

    /** The two sides there are; a node that runs neither, or a side misspelt, would serve nothing and say nothing. */
    public TimelineProperties {
        if (roles.isEmpty() || !Set.of("command", "query").containsAll(roles)) {
            throw new IllegalArgumentException("timeline.roles must name command, query or both, not " + roles);
        }
    }

    /** @param load load the bundled data set when the event store is empty */
    public record Dataset(@DefaultValue("true") boolean load) {
    }

    /**
     * @param maxBody the most bytes one import body may hold (each of its lines holds at most 64 KiB):
     *                a declared length over it is refused up front, a chunked body stops at it
     */
    public record Import(@DefaultValue("64MB") DataSize maxBody) {
    }

    /**
     * @param maxGroup the most writes committed together in one transaction (a group commit); 1 commits every write
     *                 alone, in the thread that asked for it
     */
    public record Write(@DefaultValue("50") int maxGroup) {

        public Write {
            if (maxGroup < 1) {
                throw new IllegalArgumentException("timeline.write.max-group must be at least 1");
            }
        }
    }

    public boolean runsCommands() {
        return roles.contains("command");
    }

    public boolean runsQueries() {
        return roles.contains("query");
    }
}
