package org.escalationtimeline.api;

import org.escalationtimeline.api.scoring.CodingOverride;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;
import org.escalationtimeline.api.value.WorldDates;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a command says of the development it records: the id the new event will carry (given by
 * the caller so a command is deterministic), its date, a one-line summary, its sources, and the
 * client's coding override if any. Part of a command only: these are the rules for what may be
 * recorded from now on (a date within {@link WorldDates}, a one-line summary, at most
 * {@value #MAX_SOURCES} sources), not for what was recorded ({@link Development}).
 */
public record Report(UUID eventId, EventDate date, String summary, List<Source> sources, CodingOverride coding) {

    public static final int MAX_SUMMARY = 500;
    public static final int MAX_SOURCES = 10;

    public Report {
        InvalidValue.require("eventId", eventId);
        WorldDates.within("date", InvalidValue.require("date", date));
        summary = checkSummary(summary);
        sources = checkSources(sources);
    }

    public static String checkSummary(String summary) {
        return Text.line("summary", summary, MAX_SUMMARY);
    }

    public static List<Source> checkSources(List<Source> sources) {
        if (sources == null) {
            return List.of();
        }
        if (sources.size() > MAX_SOURCES) {
            throw new InvalidValue("sources", "at most " + MAX_SOURCES + " sources");
        }
        List<Source> checked = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) == null) {
                throw new InvalidValue("sources", "must not contain null");
            }
            checked.add(sources.get(i).checkedAt("sources[" + i + "]"));
        }
        return List.copyOf(checked);
    }
}
