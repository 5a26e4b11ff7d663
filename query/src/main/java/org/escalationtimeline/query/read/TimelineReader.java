package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.query.view.Granularity;
import org.escalationtimeline.query.view.TensionSeries;
import org.springframework.stereotype.Component;

import java.time.YearMonth;

/** The escalation timeline of a pair at a cutoff: its tension series and episodes (DESIGN §6). */
@Component
public class TimelineReader {

    private final LinkReader links;

    public TimelineReader(LinkReader links) {
        this.links = links;
    }

    /** Months after asOf are not known as of it: the series stops at asOf's month. */
    public TensionSeries timeline(ActorPair pair, Cutoff cutoff, YearMonth from, YearMonth to, Granularity granularity) {
        YearMonth last = YearMonth.from(cutoff.asOf());
        YearMonth end = to.isAfter(last) ? last : to;
        if (end.isBefore(from)) {
            end = from;
        }
        return TensionSeries.compute(links.between(pair, cutoff), from, end, granularity);
    }
}
