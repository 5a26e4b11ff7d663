package org.escalationtimeline.app.write;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.scoring.CodingOverride;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fields every development body shares (Appendix A): {@code date}, {@code datePrecision}
 * (DAY by default), {@code summary}, {@code sources}, and the optional coding override
 * {@code cameo} / {@code goldstein}.
 */
public interface DevelopmentBody {

    LocalDate date();

    DatePrecision datePrecision();

    String summary();

    List<Source> sources();

    CameoCode cameo();

    Double goldstein();

    default Report report(UUID eventId) {
        EventDate when = new EventDate(InvalidValue.require("date", date()),
                datePrecision() == null ? DatePrecision.DAY : datePrecision());
        return new Report(eventId, when, summary(), sources(), CodingOverride.ofNullable(cameo(), goldstein()));
    }
}
