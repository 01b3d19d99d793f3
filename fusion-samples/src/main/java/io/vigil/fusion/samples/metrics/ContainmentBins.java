package io.vigil.fusion.samples.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rate at which the truth falls inside reported error regions, overall and binned by a
 * time (time to go for impacts, time since launch for launch points). A 95 % ellipse that
 * is honest contains the truth about 95 % of the time, a CEP50 circle about 50 %. Bins are
 * [e_k, e_k+1) with the last open-ended; a time below the first edge (a prediction made
 * after the impact) is counted apart and in no rate.
 */
public final class ContainmentBins {

    private final double[] edgesS;
    private final long[] records;
    private final long[] inside;
    private long outOfRange;

    /**
     * Creates empty bins.
     *
     * @param edgesS lower edges of the bins, seconds, increasing
     */
    ContainmentBins(final List<Double> edgesS) {
        this.edgesS = edgesS.stream().mapToDouble(Double::doubleValue).toArray();
        this.records = new long[this.edgesS.length];
        this.inside = new long[this.edgesS.length];
    }

    /** Counts one test at a time; a region that was not reported is not counted. */
    void add(final double timeS, final Containment containment) {
        if (containment == Containment.NOT_REPORTED) {
            return;
        }
        final int bin = binOf(timeS);
        if (bin < 0) {
            outOfRange++;
            return;
        }
        records[bin]++;
        if (containment == Containment.INSIDE) {
            inside[bin]++;
        }
    }

    /**
     * Returns the number of bins.
     *
     * @return bins
     */
    public int bins() {
        return edgesS.length;
    }

    /**
     * Returns a bin's lower edge.
     *
     * @param bin 0 to {@link #bins()} - 1
     * @return seconds
     */
    public double lowerS(final int bin) {
        return edgesS[bin];
    }

    /**
     * Returns a bin's upper edge.
     *
     * @param bin 0 to {@link #bins()} - 1
     * @return seconds, infinity for the last bin
     */
    public double upperS(final int bin) {
        return bin + 1 < edgesS.length ? edgesS[bin + 1] : Double.POSITIVE_INFINITY;
    }

    /**
     * Returns a bin's label, such as "60-180 s" or "&gt;= 600 s".
     *
     * @param bin 0 to {@link #bins()} - 1
     * @return the label
     */
    public String label(final int bin) {
        return bin + 1 < edgesS.length
            ? String.format(Locale.ROOT, "%s-%s s", number(edgesS[bin]), number(edgesS[bin + 1]))
            : String.format(Locale.ROOT, ">= %s s", number(edgesS[bin]));
    }

    /**
     * Returns the tests counted in a bin.
     *
     * @param bin 0 to {@link #bins()} - 1
     * @return tests
     */
    public long records(final int bin) {
        return records[bin];
    }

    /**
     * Returns the tests in a bin where the truth was inside.
     *
     * @param bin 0 to {@link #bins()} - 1
     * @return tests
     */
    public long inside(final int bin) {
        return inside[bin];
    }

    /**
     * Returns a bin's containment rate.
     *
     * @param bin 0 to {@link #bins()} - 1
     * @return inside / records, NaN for an empty bin
     */
    public double rate(final int bin) {
        return records[bin] == 0 ? Double.NaN : (double) inside[bin] / records[bin];
    }

    /**
     * Returns the tests counted in all bins.
     *
     * @return tests
     */
    public long records() {
        long sum = 0;
        for (final long r : records) {
            sum += r;
        }
        return sum;
    }

    /**
     * Returns the tests in all bins where the truth was inside.
     *
     * @return tests
     */
    public long inside() {
        long sum = 0;
        for (final long r : inside) {
            sum += r;
        }
        return sum;
    }

    /**
     * Returns the overall containment rate.
     *
     * @return inside / records over all bins, NaN if none
     */
    public double rate() {
        final long all = records();
        return all == 0 ? Double.NaN : (double) inside() / all;
    }

    /**
     * Returns the tests left out because their time was below the first edge.
     *
     * @return tests
     */
    public long outOfRange() {
        return outOfRange;
    }

    /**
     * Returns the labels of all bins, in order.
     *
     * @return labels
     */
    public List<String> labels() {
        final List<String> labels = new ArrayList<>();
        for (int bin = 0; bin < edgesS.length; bin++) {
            labels.add(label(bin));
        }
        return labels;
    }

    private int binOf(final double timeS) {
        if (!(timeS >= edgesS[0])) {
            return -1;
        }
        int bin = 0;
        while (bin + 1 < edgesS.length && timeS >= edgesS[bin + 1]) {
            bin++;
        }
        return bin;
    }

    private static String number(final double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
