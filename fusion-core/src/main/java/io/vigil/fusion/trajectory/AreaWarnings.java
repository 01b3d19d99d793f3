package io.vigil.fusion.trajectory;

import io.vigil.fusion.geo.Geodesic;

/**
 * Defended areas (circles on the surface) and the warning of each (track slot, area) pair:
 * the probability that a track's predicted impact falls inside each area, from the impact's
 * Gaussian in the tangent plane at the predicted point ({@link CircleProbability}), and a
 * warning that is
 * <ul>
 *   <li>RAISED when the probability reaches the raise threshold;</li>
 *   <li>UPDATED on a material change while raised: the probability moved by
 *       {@link #MATERIAL_PROBABILITY} or more, or the impact time by {@link #MATERIAL_TIME_NANOS}
 *       or more, since the last event;</li>
 *   <li>CLEARED when the probability falls below the clear threshold (lower than the raise
 *       threshold: hysteresis, so that a probability hovering at the threshold does not
 *       flicker), when the predicted impact time has passed, when the track ends, or when
 *       the area is switched off.</li>
 * </ul>
 *
 * <p>The area's centre is placed in the plane of the impact Gaussian by its geodesic distance
 * and azimuth from the predicted impact point (an azimuthal equidistant projection about
 * that point, {@link Geodesic#inverse}), so its distance is exact at any range, an area on
 * the far side of the Earth included; the circle is then taken in that plane. Allocation-free after
 * construction; used by one thread.
 */
public final class AreaWarnings {

    /** A change of probability that makes a raised warning UPDATED. */
    public static final double MATERIAL_PROBABILITY = 0.05;
    /** A change of the predicted impact time that makes a raised warning UPDATED, 5 s. */
    public static final long MATERIAL_TIME_NANOS = 5_000_000_000L;

    private final int areas;
    private final double raise;
    private final double clear;
    private final double[] latitudeRad;
    private final double[] longitudeRad;
    private final double[] radiusM;
    /** Per slot and area: raised, the probability and impact time of the last event. */
    private final boolean[] raised;
    private final double[] lastProbability;
    private final long[] lastImpactNanos;
    /** Per slot: the number of raised warnings. */
    private final int[] raisedCount;
    /** Per slot: the impact time of the latest prediction evaluated, which expiry goes by. */
    private final long[] predictedImpactNanos;
    private final CircleProbability probability = new CircleProbability();
    private final double[] geodesic = new double[3];

    /**
     * Creates the areas, all switched off (radius 0) until {@link #set}.
     *
     * @param areas the number of areas, &gt;= 0
     * @param slots the number of track slots
     * @param raiseThreshold the probability that raises a warning, in (0, 1]
     * @param clearThreshold the probability below which a raised warning clears, in [0, raise)
     * @throws IllegalArgumentException if the thresholds are out of range
     */
    public AreaWarnings(final int areas, final int slots, final double raiseThreshold, final double clearThreshold) {
        if (!(raiseThreshold > 0.0 && raiseThreshold <= 1.0 && clearThreshold >= 0.0
            && clearThreshold < raiseThreshold)) {
            throw new IllegalArgumentException("warning thresholds need 0 <= clear < raise <= 1, got raise "
                + raiseThreshold + " and clear " + clearThreshold);
        }
        this.areas = areas;
        this.raise = raiseThreshold;
        this.clear = clearThreshold;
        this.latitudeRad = new double[areas];
        this.longitudeRad = new double[areas];
        this.radiusM = new double[areas];
        this.raised = new boolean[slots * areas];
        this.lastProbability = new double[slots * areas];
        this.lastImpactNanos = new long[slots * areas];
        this.raisedCount = new int[slots];
        this.predictedImpactNanos = new long[slots];
    }

    /**
     * Returns the number of areas.
     *
     * @return areas
     */
    public int areas() {
        return areas;
    }

    /**
     * Returns whether an area change is valid.
     *
     * @param area the index
     * @param areas the number of areas
     * @param latitude centre latitude, radians
     * @param longitude centre longitude, radians
     * @param radius radius, metres
     * @return true if the index names an area and the values are in range
     */
    public static boolean valid(final int area, final int areas, final double latitude, final double longitude,
        final double radius) {
        return area >= 0 && area < areas && latitude >= -0.5 * Math.PI && latitude <= 0.5 * Math.PI
            && Double.isFinite(longitude) && radius >= 0.0 && Double.isFinite(radius);
    }

    /**
     * Places an area; a radius of 0 switches it off and clears its raised warnings.
     *
     * @param area the index (valid: {@link #valid})
     * @param latitude centre geodetic latitude, radians
     * @param longitude centre longitude, radians
     * @param radius radius, metres, &gt;= 0
     * @param sink receives the CLEARED events
     */
    public void set(final int area, final double latitude, final double longitude, final double radius,
        final WarningSink sink) {
        latitudeRad[area] = latitude;
        longitudeRad[area] = longitude;
        radiusM[area] = radius;
        if (radius == 0.0) {
            for (int slot = 0; slot < raisedCount.length; slot++) {
                clear(slot, area, sink);
            }
        }
    }

    /**
     * Returns an area's centre latitude.
     *
     * @param area the index
     * @return radians
     */
    public double latitudeRad(final int area) {
        return latitudeRad[area];
    }

    /**
     * Returns an area's centre longitude.
     *
     * @param area the index
     * @return radians
     */
    public double longitudeRad(final int area) {
        return longitudeRad[area];
    }

    /**
     * Returns an area's radius.
     *
     * @param area the index
     * @return metres (0: switched off)
     */
    public double radiusM(final int area) {
        return radiusM[area];
    }

    /**
     * Evaluates every area against a track's new impact prediction.
     *
     * @param slot the track's slot
     * @param impact the prediction (valid)
     * @param sink receives the events
     */
    public void evaluate(final int slot, final ImpactEstimate impact, final WarningSink sink) {
        predictedImpactNanos[slot] = impact.crossingNanos();
        for (int area = 0; area < areas; area++) {
            if (radiusM[area] == 0.0) {
                continue;
            }
            Geodesic.inverse(impact.latitudeRad(), impact.longitudeRad(), latitudeRad[area], longitudeRad[area],
                geodesic);
            final double distance = geodesic[Geodesic.DISTANCE];
            final double azimuth = geodesic[Geodesic.AZIMUTH_1];
            final double p = probability.inside(0.0, 0.0, impact.eastEast(), impact.eastNorth(), impact.northNorth(),
                distance * StrictMath.sin(azimuth), distance * StrictMath.cos(azimuth), radiusM[area]);
            if (Double.isNaN(p)) {
                continue; // a degenerate impact covariance: no change on it
            }
            final int k = slot * areas + area;
            if (!raised[k]) {
                if (p >= raise) {
                    raised[k] = true;
                    raisedCount[slot]++;
                    event(k, area, slot, WarningState.RAISED, p, impact.crossingNanos(), sink);
                }
            } else if (!(p >= clear)) {
                lastProbability[k] = p;
                clear(slot, area, sink);
            } else if (Math.abs(p - lastProbability[k]) >= MATERIAL_PROBABILITY
                || Math.abs(impact.crossingNanos() - lastImpactNanos[k]) >= MATERIAL_TIME_NANOS) {
                event(k, area, slot, WarningState.UPDATED, p, impact.crossingNanos(), sink);
            }
        }
    }

    /**
     * Clears a track's raised warnings once the impact time of its latest prediction has
     * passed (not the time of the last event, which may be up to a non-material 5 s older).
     *
     * @param slot the track's slot
     * @param nowNanos the engine's time
     * @param sink receives the events
     */
    public void expire(final int slot, final long nowNanos, final WarningSink sink) {
        if (raisedCount[slot] == 0) {
            return;
        }
        for (int area = 0; area < areas; area++) {
            if (raised[slot * areas + area] && predictedImpactNanos[slot] < nowNanos) {
                clear(slot, area, sink);
            }
        }
    }

    /**
     * Clears every raised warning of a track (it ended).
     *
     * @param slot the track's slot
     * @param sink receives the events
     */
    public void clearTrack(final int slot, final WarningSink sink) {
        if (raisedCount[slot] == 0) {
            return;
        }
        for (int area = 0; area < areas; area++) {
            clear(slot, area, sink);
        }
    }

    private void clear(final int slot, final int area, final WarningSink sink) {
        final int k = slot * areas + area;
        if (!raised[k]) {
            return;
        }
        raised[k] = false;
        raisedCount[slot]--;
        sink.onWarning(area, slot, WarningState.CLEARED, lastProbability[k], lastImpactNanos[k]);
    }

    private void event(final int k, final int area, final int slot, final WarningState state, final double p,
        final long impactNanos, final WarningSink sink) {
        lastProbability[k] = p;
        lastImpactNanos[k] = impactNanos;
        sink.onWarning(area, slot, state, p, impactNanos);
    }
}
