package org.escalationtimeline.app.dataset;

import org.escalationtimeline.app.TimelineProperties;
import org.escalationtimeline.app.write.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the bundled China–Japan–US data set on first start, when the event store is empty,
 * through the same command path as the HTTP writes. Two nodes starting at once may both load it:
 * the import is idempotent, so the second appends nothing.
 */
@Component
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('command')")
public class DatasetLoader {

    static final String DATASET = "dataset/china-japan-us-2010-2026.ndjson";
    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    private final TimelineProperties properties;
    private final Importer importer;
    private final JdbcTemplate jdbc;

    DatasetLoader(TimelineProperties properties, Importer importer, JdbcTemplate jdbc) {
        this.properties = properties;
        this.importer = importer;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIntoAnEmptyStore() {
        if (!properties.dataset().load() || !storeIsEmpty()) {
            return;
        }
        LOG.info("The event store is empty: loading the bundled data set {}", DATASET);
        try (InputStream lines = new ClassPathResource(DATASET).getInputStream()) {
            Importer.Summary summary = importer.importLines(lines, result -> {
                if (result.problem() != null) {
                    LOG.warn("Data set line {} ({}) was refused: {}", result.line(), result.command(),
                            result.problem().getDetail());
                }
            });
            LOG.info("Loaded the data set: {} lines, {} appended, {} already there, {} refused",
                    summary.lines(), summary.appended(), summary.repeated(), summary.failed());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled data set", e);
        }
    }

    private boolean storeIsEmpty() {
        Integer events = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM domain_event_entry LIMIT 1) e",
                Integer.class);
        return events == null || events == 0;
    }
}
