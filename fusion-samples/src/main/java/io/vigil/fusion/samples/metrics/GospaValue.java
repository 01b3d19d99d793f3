package io.vigil.fusion.samples.metrics;

/**
 * The GOSPA distance (p = 2, alpha = 2) between the true objects and the tracks at one
 * instant, with its decomposition: distance^2 = localisation^2 + missed^2 + false^2, where
 * localisation^2 is the sum of squared distances of the assigned pairs (each closer than
 * the cut-off c), missed^2 = c^2 / 2 per missed object and false^2 = c^2 / 2 per false track.
 *
 * @param distanceM the GOSPA distance, metres
 * @param localisationM square root of the assigned pairs' summed squared distances, metres
 * @param missed objects with no track assigned
 * @param falseTracks tracks assigned to no object
 * @param assigned object-track pairs assigned (each closer than the cut-off)
 * @param cutoffM the cut-off c, metres
 */
public record GospaValue(double distanceM, double localisationM, int missed, int falseTracks, int assigned,
    double cutoffM) {

    /**
     * Returns the missed-object part: c sqrt(missed / 2).
     *
     * @return metres
     */
    public double missedM() {
        return cutoffM * Math.sqrt(0.5 * missed);
    }

    /**
     * Returns the false-track part: c sqrt(falseTracks / 2).
     *
     * @return metres
     */
    public double falseM() {
        return cutoffM * Math.sqrt(0.5 * falseTracks);
    }
}
