package org.escalationtimeline.api;

import org.escalationtimeline.api.scoring.CodingOverride;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a command says of the development it records: the id the new event will carry (given by
 * the caller so a command is deterministic), its date, a one-line summary, its sources, and the
 * client's coding override if any.
 */
public record Report(UUID eventId, EventDate date, String summary, List<Source> sources, CodingOverride coding) {

    public static final int MAX_SUMMARY = 500;
    public static final int MAX_SOURCES = 10;

    public Report {
        InvalidValue.require("eventId", eventId);
        InvalidValue.require("date", date);
        summary = checkSummary(summary);
        sources = checkSources(sources);
    }

    public static String checkSummary(String summary) {
        InvalidValue.require("summary", summary);
        String stripped = summary.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_SUMMARY) {
            throw new InvalidValue("summary", "must have 1 to " + MAX_SUMMARY + " characters");
        }
        return stripped;
    }

    public static List<Source> checkSources(List<Source> sources) {
        if (sources == null) {
            return List.of();
        }
        if (sources.size() > MAX_SOURCES) {
            throw new InvalidValue("sources", "at most " + MAX_SOURCES + " sources");
        }
        if (sources.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("sources", "must not contain null");
        }
        return List.copyOf(sources);
    }
}
