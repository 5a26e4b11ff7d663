package org.escalationtimeline.query.read;

import java.sql.Date;
import java.util.List;

/** The one definition of what a read at a cutoff sees, shared by every query of the version tables. */
final class Visibility {

    private Visibility() {
    }

    /**
     * Rows of the live generation recorded at or before knownAt and not yet superseded then (so a
     * correction or retraction counts only from its own recording instant), dated on or before asOf.
     */
    static String clause(String alias, int generation, Cutoff cutoff, List<Object> args) {
        args.add(generation);
        args.add(cutoff.knownAtMs());
        args.add(cutoff.knownAtMs());
        args.add(Date.valueOf(cutoff.asOf()));
        return alias + ".generation = ? AND " + alias + ".recorded_ms <= ? AND " + alias + ".superseded_ms > ? AND "
                + alias + ".world_date <= ?";
    }
}
