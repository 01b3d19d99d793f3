package io.vigil.fusion.samples.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * GOSPA at every evaluation time, and its means over the evaluation grid. Every grid time
 * counts, including times with neither objects nor tracks (GOSPA 0 there), so the mean is
 * over scenario time.
 */
public final class GospaSeries {

    private final List<Long> times = new ArrayList<>();
    private final List<GospaValue> values = new ArrayList<>();
    private double sumDistance;
    private double sumLocalisation;
    private double sumMissedPart;
    private double sumFalsePart;
    private long sumMissed;
    private long sumFalse;

    /** Creates an empty series. */
    GospaSeries() {
    }

    /** Adds the value at one evaluation time (times in increasing order). */
    void add(final long timeNanos, final GospaValue value) {
        times.add(timeNanos);
        values.add(value);
        sumDistance += value.distanceM();
        sumLocalisation += value.localisationM();
        sumMissedPart += value.missedM();
        sumFalsePart += value.falseM();
        sumMissed += value.missed();
        sumFalse += value.falseTracks();
    }

    /**
     * Returns the number of evaluation times.
     *
     * @return the length of the series
     */
    public int size() {
        return values.size();
    }

    /**
     * Returns the evaluation times, for plotting.
     *
     * @return nanoseconds since the Unix epoch, increasing
     */
    public List<Long> timesNanos() {
        return Collections.unmodifiableList(times);
    }

    /**
     * Returns GOSPA at each evaluation time, in the order of {@link #timesNanos()}.
     *
     * @return the values
     */
    public List<GospaValue> values() {
        return Collections.unmodifiableList(values);
    }

    /**
     * Returns the mean GOSPA distance over the grid.
     *
     * @return metres, NaN for an empty grid
     */
    public double meanDistanceM() {
        return mean(sumDistance);
    }

    /**
     * Returns the mean localisation part.
     *
     * @return metres, NaN for an empty grid
     */
    public double meanLocalisationM() {
        return mean(sumLocalisation);
    }

    /**
     * Returns the mean missed-object part, c sqrt(missed / 2).
     *
     * @return metres, NaN for an empty grid
     */
    public double meanMissedM() {
        return mean(sumMissedPart);
    }

    /**
     * Returns the mean false-track part, c sqrt(false / 2).
     *
     * @return metres, NaN for an empty grid
     */
    public double meanFalseM() {
        return mean(sumFalsePart);
    }

    /**
     * Returns the mean number of missed objects per evaluation time.
     *
     * @return objects, NaN for an empty grid
     */
    public double meanMissed() {
        return mean(sumMissed);
    }

    /**
     * Returns the mean number of false tracks per evaluation time.
     *
     * @return tracks, NaN for an empty grid
     */
    public double meanFalseTracks() {
        return mean(sumFalse);
    }

    private double mean(final double sum) {
        return values.isEmpty() ? Double.NaN : sum / values.size();
    }
}
