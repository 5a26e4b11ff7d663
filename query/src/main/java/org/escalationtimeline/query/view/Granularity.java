package org.escalationtimeline.query.view;

import java.time.YearMonth;
import java.util.Locale;

/** The period a timeline point covers (DESIGN §6): a month, a quarter or a year. */
public enum Granularity {
    MONTH, QUARTER, YEAR;

    /** The label of the period holding {@code month}: {@code 2010-09}, {@code 2010-Q3} or {@code 2010}. */
    public String label(YearMonth month) {
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(month.getYear());
        };
    }

    /** {@code month}, {@code Quarter}, {@code YEAR}: the name in any case. */
    public static Granularity parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("granularity is missing (MONTH, QUARTER or YEAR)");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a granularity (MONTH, QUARTER or YEAR)");
        }
    }
}
