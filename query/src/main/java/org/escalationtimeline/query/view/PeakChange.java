package org.escalationtimeline.query.view;

import java.time.YearMonth;

/**
 * The episode that started in {@code start} peaked at {@code fromPeak} with {@code fromPeakTension}
 * at the first cutoff and at {@code toPeak} with {@code toPeakTension} at the second.
 */
public record PeakChange(YearMonth start, YearMonth fromPeak, double fromPeakTension, YearMonth toPeak,
                         double toPeakTension) {
}
