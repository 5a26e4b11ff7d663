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
        String known = known(alias, generation, cutoff, args);
        args.add(Date.valueOf(cutoff.asOf()));
        return known + " AND " + alias + ".world_date <= ?";
    }

    /** The same rows at knownAt whatever their date: for a reader that applies asOf itself. */
    static String known(String alias, int generation, Cutoff cutoff, List<Object> args) {
        args.add(generation);
        args.add(cutoff.knownAtMs());
        args.add(cutoff.knownAtMs());
        return alias + ".generation = ? AND " + alias + ".recorded_ms <= ? AND " + alias + ".superseded_ms > ?";
    }
}
