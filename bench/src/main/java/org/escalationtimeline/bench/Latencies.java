package org.escalationtimeline.bench;

import org.HdrHistogram.ConcurrentHistogram;

import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one kind of request, from any number of threads, and how many of them failed. */
final class Latencies {

    // Microseconds, up to 10 minutes, three significant digits.
    private final ConcurrentHistogram histogram = new ConcurrentHistogram(600_000_000L, 3);
    private final AtomicLong failed = new AtomicLong();

    void record(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(nanos / 1_000, 600_000_000L)));
    }

    void fail() {
        failed.incrementAndGet();
    }

    long count() {
        return histogram.getTotalCount();
    }

    long failed() {
        return failed.get();
    }

    double p50() {
        return millis(50);
    }

    double p99() {
        return millis(99);
    }

    private double millis(double percentile) {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }
}
