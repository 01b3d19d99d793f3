package io.vigil.fusion.track;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.ImmMode;
import io.vigil.fusion.filter.InteractingMultipleModel;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.BoostMotion;
import io.vigil.fusion.motion.ReentryMotion;

/**
 * The engine's default modes for a ballistic missile's flight: BOOST (thrust acceleration
 * estimated, {@link BoostMotion}), BALLISTIC (gravity only, {@link BallisticMotion}) and
 * REENTRY (drag with the inverse ballistic coefficient estimated, {@link ReentryMotion}), in
 * that order, with the switching a flight allows.
 *
 * <p><b>Noise.</b> Boost: jerk density 3 m^2/s^5, inside the 1 to 10 that
 * {@link BoostMotion} measured to follow a thrust growing from 15 to 60 m/s^2 over 120 s;
 * the thrust prior is 0 +- 30 m/s^2 per axis (initiation knows nothing of it; a missile's
 * specific force is 10 to 80 m/s^2). Ballistic: 0.01 m^2/s^3 (0.1 m/s^2 over a second):
 * above the atmosphere the model (J2, rotating Earth) leaves almost nothing out, and a
 * coasting track's covariance must stay honest over tens of minutes. Re-entry: the same
 * 0.01 plus the drag's own uncertainty, 20 % of the modelled drag as white noise of 1 s
 * correlation ({@link ReentryMotion#withDragNoise}), so the noise is where the model's error
 * is: none in vacuum, up to tens of m/s^2 in a debris piece's deceleration; a random walk
 * of kappa of 1e-9 (m^2/kg)^2/s (sigma 3e-4 m^2/kg over 100 s); kappa prior 2e-3 +- 4e-3
 * m^2/kg, which spans re-entry vehicles (1e-4) and light debris (1e-2). Measured against the
 * earlier 1 m^2/s^3 in both modes (DECISIONS.md, "Flight-mode noise"): the position NEES after a 900 s coast went
 * from 0.088 (pessimistic six times in sigma) to 2.16 (3 expected).
 *
 * <p><b>Switching</b> (rates per second; mean sojourn 1 / rate): boost to ballistic 1/60
 * (stages burn 60 to 180 s), ballistic to re-entry 1/300 (midcourse lasts minutes), re-entry
 * to ballistic 1/300 (an object leaving the upper atmosphere on a lofted arc, or a mode chosen
 * early); never from boost straight to re-entry or back, and never from ballistic back to
 * boost. The last is the physics of a missile after burnout, and it matters for coasting: a
 * track coasting through a gap in coverage has no plot to rule the modes out, and any rate
 * into boost would give the thrust mode a share of the probability that grows with the gap
 * and a position variance that grows with its fifth power (with a rate of 1/600, the track
 * of {@code MidcourseCoastTest} reached 46 km of position sigma after a 120 s coast). A track started between two stages still finds the
 * boost mode: every mode keeps at least {@link InteractingMultipleModel#MIN_PROBABILITY} and
 * runs its own filter on every plot, so a thrusting target's likelihood lifts it back within a
 * few plots. Initial probabilities 0.2, 0.6, 0.2: a new track is most often an object in
 * midcourse, and the others must be able to take over within a few plots.
 */
public final class FlightModes {

    /** Index of the boost mode. */
    public static final int BOOST = 0;
    /** Index of the ballistic (midcourse) mode. */
    public static final int BALLISTIC = 1;
    /** Index of the re-entry mode. */
    public static final int REENTRY = 2;

    private static final double JERK_DENSITY = 3.0;
    private static final double THRUST_SIGMA = 30.0;
    private static final double MIDCOURSE_DENSITY = 0.01;
    private static final double DRAG_ERROR = 0.2;
    private static final double KAPPA_DENSITY = 1e-9;
    private static final double KAPPA_MEAN = 2e-3;
    private static final double KAPPA_SIGMA = 4e-3;

    private FlightModes() {
    }

    /**
     * Builds a new IMM of the three flight modes (a new instance: each has its workspace).
     *
     * @param maxMeasurementDimension the largest plot dimension m
     * @return the IMM, modes in the order {@link #BOOST}, {@link #BALLISTIC}, {@link #REENTRY}
     */
    public static InteractingMultipleModel standard(final int maxMeasurementDimension) {
        final double thrustVariance = THRUST_SIGMA * THRUST_SIGMA;
        final ImmMode boost = new ImmMode("BOOST", new BoostMotion(JERK_DENSITY),
            new ExtendedKalmanFilter(9, maxMeasurementDimension),
            new double[] {0.0, 0.0, 0.0}, new double[] {thrustVariance, thrustVariance, thrustVariance});
        final ImmMode ballistic = new ImmMode("BALLISTIC", new BallisticMotion(MIDCOURSE_DENSITY),
            new ExtendedKalmanFilter(6, maxMeasurementDimension), new double[0], new double[0]);
        final ImmMode reentry = new ImmMode("REENTRY",
            new ReentryMotion(MIDCOURSE_DENSITY, KAPPA_DENSITY).withDragNoise(DRAG_ERROR),
            new ExtendedKalmanFilter(7, maxMeasurementDimension),
            new double[] {KAPPA_MEAN}, new double[] {KAPPA_SIGMA * KAPPA_SIGMA});
        final double[][] rates = {
            {0.0, 1.0 / 60.0, 0.0},
            {0.0, 0.0, 1.0 / 300.0},
            {0.0, 1.0 / 300.0, 0.0},
        };
        return new InteractingMultipleModel(new ImmMode[] {boost, ballistic, reentry}, rates,
            new double[] {0.2, 0.6, 0.2});
    }
}
