package org.escalationtimeline.bench;

import java.util.Locale;
import java.util.Map;

/** The markdown table of one store at one size: each service figure beside the raw probe's, and the ratio. */
final class Report {

    record SizeResult(String store, long size, long eventsAtReads, Workload.ImportFigures imports,
                      Map<String, Latencies> reads, Workload.AppendFigures appends, Workload.RebuildFigures rebuild,
                      RawProbe.StoreShape shape, RawProbe.Figures raw, long rssKiB, long maxRssKiB,
                      double startupSeconds, double caughtUpAfterStartSeconds, long rssAfterStartKiB,
                      String loadBefore, String loadAfter) {
    }

    private Report() {
    }

    static String table(SizeResult r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### %s, %,d events%n%n", r.store(), r.size()));
        out.append(String.format(Locale.ROOT, "Store at the reads: %,d events; after the appends and at the rebuild: "
                        + "%,d; at the restart: %,d events in %,d aggregates, payload %d B and meta data %d B on average. "
                        + "Load average before / after: %s / %s.%n%n",
                r.eventsAtReads(), r.rebuild().events(), r.shape().events(), r.shape().aggregates(),
                r.shape().payloadBytes(), r.shape().metaDataBytes(), r.loadBefore(), r.loadAfter()));
        out.append("| figure | service | raw JDBC, same store | service / raw | target (issue 7) |\n");
        out.append("|---|---|---|---|---|\n");
        Workload.AppendFigures a = r.appends();
        row(out, "HTTP appends, 8 clients",
                String.format(Locale.ROOT, "%,.0f commands/s, p50 %s, p99 %s ms (%,d commands, %d %% lifecycle, "
                                + "%d failed)", a.perSecond(), ms(a.latencies().p50()), ms(a.latencies().p99()),
                        a.commands(), Math.round(100.0 * a.lifecycle() / Math.max(1, a.commands())),
                        a.latencies().failed()),
                String.format(Locale.ROOT, "%,.0f load-then-append/s, p50 %s, p99 %s ms", r.raw().loadAppendPerSecond(),
                        ms(r.raw().loadAppendP50()), ms(r.raw().loadAppendP99())),
                percent(a.perSecond(), r.raw().loadAppendPerSecond()), "≥ 50 %, p99 ≤ 25 ms");
        Workload.ImportFigures i = r.imports();
        row(out, "import",
                String.format(Locale.ROOT, "%,.0f lines/s (%,d lines, %d failed; read side caught up %.1f s later)",
                        i.linesPerSecond(), i.lines(), i.failed(), i.catchUpSeconds()),
                String.format(Locale.ROOT, "%,.0f rows/s batched insert", r.raw().batchInsertPerSecond()),
                percent(i.linesPerSecond(), r.raw().batchInsertPerSecond()), "≥ 25 %");
        StringBuilder during = new StringBuilder();
        long duringCount = 0;
        long duringFailed = 0;
        double duringP99 = 0;
        for (Latencies latencies : r.rebuild().readsDuring().values()) {
            duringCount += latencies.count();
            duringFailed += latencies.failed();
            duringP99 = Math.max(duringP99, Double.isNaN(latencies.p99()) ? 0 : latencies.p99());
        }
        during.append(String.format(Locale.ROOT, "; %,d reads during it, %d failed, worst p99 %s ms", duringCount,
                duringFailed, ms(duringP99)));
        row(out, "rebuild", String.format(Locale.ROOT, "%,.0f events/s (%,d events in %.1f s)%s",
                        r.rebuild().perSecond(), r.rebuild().events(), r.rebuild().seconds(), during),
                String.format(Locale.ROOT, "%,.0f rows/s sequential read", r.raw().sequentialReadPerSecond()),
                percent(r.rebuild().perSecond(), r.raw().sequentialReadPerSecond()), "≥ 50 %, reads answer");
        for (Map.Entry<String, Latencies> read : r.reads().entrySet()) {
            Latencies l = read.getValue();
            row(out, read.getKey(), String.format(Locale.ROOT, "p50 %s, p99 %s ms (%d reads%s)", ms(l.p50()),
                    ms(l.p99()), l.count(), l.failed() == 0 ? "" : ", " + l.failed() + " not 200"), "–", "–",
                    "p99 ≤ 20 ms at 1 M");
        }
        row(out, "RSS", String.format(Locale.ROOT, "%,d MiB after the rebuild, %,d MiB at most; %,d MiB after the "
                        + "restart", r.rssKiB() / 1024, r.maxRssKiB() / 1024, r.rssAfterStartKiB() / 1024), "–", "–",
                "≤ 1 GiB at 1 M");
        row(out, "start-up", String.format(Locale.ROOT, "%.1f s to health UP; reads current %.1f s after",
                r.startupSeconds(), r.caughtUpAfterStartSeconds()), "–", "–", "≤ 10 s at 1 M");
        out.append('\n');
        return out.toString();
    }

    private static void row(StringBuilder out, String figure, String service, String raw, String ratio, String target) {
        out.append("| ").append(figure).append(" | ").append(service).append(" | ").append(raw).append(" | ")
                .append(ratio).append(" | ").append(target).append(" |\n");
    }

    private static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String percent(double service, double raw) {
        if (raw <= 0) {
            return "–";
        }
        double share = 100 * service / raw;
        return share >= 10 ? String.format(Locale.ROOT, "%.0f %%", share) : String.format(Locale.ROOT, "%.1f %%", share);
    }
}
