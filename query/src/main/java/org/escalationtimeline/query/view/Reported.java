package org.escalationtimeline.query.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.escalationtimeline.api.scoring.QuadClass;

/**
 * The one place where the views' numbers are made and rounded. Weights are summed and the
 * recurrence is run in decimal arithmetic (34 significant digits), so that sums such as
 * 0.4 + 0.4 + 0.4 and thresholds such as T = 8.0 are exact and do not depend on the order of
 * the input; only the reported value is rounded, to {@value #DECIMALS} decimals, half up.
 */
final class Reported {

    static final int DECIMALS = 3;
    static final MathContext MATH = MathContext.DECIMAL128;

    private Reported() {
    }

    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    /** The value as the views report it: rounded to {@value #DECIMALS} decimals, never {@code -0.0}. */
    static double number(BigDecimal value) {
        double rounded = value.setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
        return rounded == 0.0 ? 0.0 : rounded;
    }

    /** The four QuadClass counts [verbal coop, material coop, verbal conflict, material conflict]. */
    static <T> List<Integer> quadClasses(Collection<T> events, Function<T, QuadClass> quadClass) {
        int[] counts = new int[4];
        for (T event : events) {
            counts[quadClass.apply(event).number() - 1]++;
        }
        return List.of(counts[0], counts[1], counts[2], counts[3]);
    }
}
