package org.escalationtimeline.query.view;

import java.util.List;

/**
 * One point of a pair's timeline (Appendix A, {@code points}).
 *
 * @param period      {@code 2010-09}, {@code 2010-Q3} or {@code 2010}
 * @param tension     T of the period's last month (inside the requested range)
 * @param conflict    C: sum of |weight| of the conflict events of the period
 * @param cooperation K: sum of the weights of the cooperation events of the period
 * @param events      how many events joined the pair in the period (weight zero included)
 * @param quadClasses how many of them fell in QuadClass 1, 2, 3 and 4
 */
public record TensionPoint(String period, double tension, double conflict, double cooperation, int events,
                           List<Integer> quadClasses) {

    public TensionPoint {
        quadClasses = List.copyOf(quadClasses);
    }
}
