package org.escalationtimeline.query.view;

import java.time.YearMonth;
import java.util.UUID;

/**
 * An escalation episode: a maximal run of months with T &ge; {@link TensionSeries#EPISODE_THRESHOLD}.
 *
 * @param start       its first month (may lie before the requested {@code from})
 * @param end         its last month; the requested {@code to} when it is still open there
 * @param peak        the first month reaching its highest T
 * @param peakTension that T
 * @param openedBy    the first conflict event (by date, then position) of its first month
 * @param open        whether it is still going on at {@code to}
 */
public record Episode(YearMonth start, YearMonth end, YearMonth peak, double peakTension, UUID openedBy,
                      boolean open) {
}
