package io.vigil.fusion.trajectory;

import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.motion.EarthModel;
import io.vigil.fusion.motion.ExponentialAtmosphere;
import io.vigil.fusion.motion.MotionModel;
import io.vigil.fusion.motion.ReentryMotion;

/**
 * Predicts where and when a ballistic object reaches the surface (WGS-84 height 0, or a
 * configured terrain height) with the full model it is given (for the engine: point mass,
 * J2, Earth rotation and drag with the estimated ballistic coefficient, {@code
 * ReentryMotion}), and the uncertainty of the impact point and time, by one of two methods:
 *
 * <ul>
 *   <li>{@link Method#LINEARISED}: the state's covariance carried along the predicted path by
 *       the model's transition matrices, without the model's process noise
 *       ({@link SurfaceCrossing} says why), and projected onto the surface at the impact
 *       ({@link CrossingProjection}).
 *   <li>{@link Method#SIGMA_POINTS}: the 2n points x +- sqrt(n) L e_i (P = L L^T) each
 *       propagated to its own impact; the mean and covariance of their impact points in the
 *       tangent plane at the central point's impact, and of their impact times.
 * </ul>
 *
 * <p>Allocation-free after construction; one instance per thread.
 */
public final class ImpactPredictor {

    /** How the impact point's covariance is obtained. */
    public enum Method {
        /** Transition matrices along the predicted path, without process noise. */
        LINEARISED,
        /** Sigma points, each propagated to its own impact (no process noise either). */
        SIGMA_POINTS
    }

    private final Method method;
    private final LinearisedCrossing linearised;
    private final int n;
    private final double[] state;
    private final double[] lower;
    private final double[] point;
    private final double[] enu = new double[3];
    private final double[] east;
    private final double[] north;
    private final double[] seconds;
    private final double[] mean;
    private static final int LINEARISED = 0;
    private static final int CENTRAL = 1;
    private static final int POINTS = 2;
    private static final int DONE = 3;
    /** The prediction in progress (see {@link #begin}). */
    private int stage = DONE;
    private long startNanos;
    private ImpactEstimate out;
    private double centralDt;
    private int sigma;

    /**
     * Creates a predictor.
     *
     * @param motion the model the path is predicted with (its dimension n is the state's)
     * @param method how the covariance is obtained
     * @param surfaceHeightM the height of the ground, m above the WGS-84 ellipsoid
     * @throws IllegalArgumentException if the height is not finite
     */
    public ImpactPredictor(final MotionModel motion, final Method method, final double surfaceHeightM) {
        this.method = method;
        this.linearised = new LinearisedCrossing(motion, surfaceHeightM, SurfaceCrossing.DEFAULT_HORIZON_SECONDS);
        this.n = motion.dimension();
        this.state = new double[n];
        this.lower = new double[n * n];
        this.point = new double[n];
        this.east = new double[2 * n];
        this.north = new double[2 * n];
        this.seconds = new double[2 * n];
        this.mean = new double[n];
    }

    /**
     * The longest RK4 substep of {@link #standard}'s re-entry model, s: 1 s keeps the impact
     * point within 2 m of a 1 ms step on re-entries down to 10 km (ReentryMotion's
     * measurement) at a quarter of the filters' 0.25 s substeps' cost; light objects low in
     * the air still get the model's shorter stiff substeps.
     */
    public static final double STANDARD_STEP_SECONDS = 1.0;

    /**
     * The engine's predictor: the re-entry model (WGS-84 gravity with J2, Earth rotation,
     * drag with kappa in the exponential atmosphere) with {@link #STANDARD_STEP_SECONDS}
     * substeps, for 7-element states (position, velocity, kappa).
     *
     * @param method how the covariance is obtained
     * @param surfaceHeightM the height of the ground, m above the WGS-84 ellipsoid
     * @return the predictor
     * @throws IllegalArgumentException if the height is not finite
     */
    public static ImpactPredictor standard(final Method method, final double surfaceHeightM) {
        return new ImpactPredictor(new ReentryMotion(0.0, 0.0, EarthModel.WGS84, new ExponentialAtmosphere(),
            STANDARD_STEP_SECONDS), method, surfaceHeightM);
    }

    /**
     * Predicts the impact of a state: {@link #begin} and {@link #step} until it is done.
     *
     * @param timeNanos the state's time, ns since the Unix epoch
     * @param x the n-element ECEF state (not modified)
     * @param p its n x n covariance, row-major (not modified)
     * @param out receives the impact; cleared if there is none (the object is below the
     *     surface or does not come down within the search horizon; for sigma points also if
     *     the covariance is not positive definite)
     * @return whether an impact was predicted
     */
    public boolean predict(final long timeNanos, final double[] x, final double[] p, final ImpactEstimate out) {
        begin(timeNanos, x, p, out);
        while (!step()) {
            // one propagation step or refinement at a time
        }
        return out.valid();
    }

    /**
     * Starts a prediction that {@link #step} carries out a piece at a time, so that a caller
     * can interleave it with other work; the result is the same as {@link #predict}'s however
     * the pieces are spread. The inputs are copied; {@code out} is written when it is done.
     *
     * @param timeNanos the state's time, ns since the Unix epoch
     * @param x the n-element ECEF state (not modified)
     * @param p its n x n covariance, row-major (not modified)
     * @param out receives the impact when done; cleared if there is none (see {@link #predict})
     */
    public void begin(final long timeNanos, final double[] x, final double[] p, final ImpactEstimate out) {
        this.startNanos = timeNanos;
        this.out = out;
        if (method == Method.LINEARISED) {
            linearised.begin(timeNanos, x, p, false, out);
            stage = LINEARISED;
            return;
        }
        out.clear();
        if (Double.isNaN(DenseKernels.cholesky(p, lower, n))) {
            stage = DONE;
            return;
        }
        System.arraycopy(x, 0, mean, 0, n);
        System.arraycopy(x, 0, state, 0, n);
        linearised.crossing().begin(linearised.motion(), state, null, false, linearised.surfaceHeightM());
        stage = CENTRAL;
    }

    /**
     * Does the next piece of the prediction started by {@link #begin}: one propagation step
     * or one refinement of a crossing time (a few microseconds).
     *
     * @return true once the prediction is done (the estimate then holds it, or is cleared)
     */
    public boolean step() {
        switch (stage) {
            case LINEARISED:
                if (linearised.step()) {
                    stage = DONE;
                }
                break;
            case CENTRAL:
                centralStep();
                break;
            case POINTS:
                pointStep();
                break;
            default:
                break;
        }
        return stage == DONE;
    }

    private void centralStep() {
        final SurfaceCrossing crossing = linearised.crossing();
        if (!crossing.step()) {
            return;
        }
        centralDt = crossing.seconds();
        if (Double.isNaN(centralDt)) {
            stage = DONE;
            return;
        }
        linearised.projection().frame().atEcef(state[0], state[1], state[2]);
        sigma = 0;
        beginPoint();
        stage = POINTS;
    }

    /** Starts the crossing of sigma point {@code sigma}: x +- sqrt(n) L e_column. */
    private void beginPoint() {
        final int column = sigma >> 1;
        final double spread = (sigma & 1) == 0 ? Math.sqrt(n) : -Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            point[i] = mean[i] + (i >= column ? spread * lower[i * n + column] : 0.0);
        }
        linearised.crossing().begin(linearised.motion(), point, null, false, linearised.surfaceHeightM());
    }

    private void pointStep() {
        final SurfaceCrossing crossing = linearised.crossing();
        if (!crossing.step()) {
            return;
        }
        final double dt = crossing.seconds();
        if (Double.isNaN(dt)) {
            stage = DONE;
            return;
        }
        linearised.projection().frame().ecefToEnu(point[0], point[1], point[2], enu);
        east[sigma] = enu[0];
        north[sigma] = enu[1];
        seconds[sigma] = dt - centralDt;
        sigma++;
        if (sigma < 2 * n) {
            beginPoint();
            return;
        }
        sigmaStatistics();
        stage = DONE;
    }

    /** The impact from the sigma points' impacts (east, north, seconds from the central one). */
    private void sigmaStatistics() {
        double me = 0.0;
        double mn = 0.0;
        double mt = 0.0;
        for (int k = 0; k < 2 * n; k++) {
            me += east[k];
            mn += north[k];
            mt += seconds[k];
        }
        final double w = 1.0 / (2 * n);
        me *= w;
        mn *= w;
        mt *= w;
        double ee = 0.0;
        double en = 0.0;
        double nn = 0.0;
        double tt = 0.0;
        for (int k = 0; k < 2 * n; k++) {
            final double de = east[k] - me;
            final double dn = north[k] - mn;
            final double ds = seconds[k] - mt;
            ee += de * de;
            en += de * dn;
            nn += dn * dn;
            tt += ds * ds;
        }
        final LocalFrame frame = linearised.projection().frame();
        // The sigma points' mean impact, in the tangent plane at the central one (its latitude
        // and longitude are those of the point below it on the surface, to within metres).
        frame.enuToEcef(me, mn, 0.0, enu);
        final double mx = enu[0];
        final double my = enu[1];
        final double mz = enu[2];
        frame.atEcef(mx, my, mz);
        out.set(startNanos + Math.round((centralDt + mt) * 1e9), frame.latitudeRad(), frame.longitudeRad(), mx, my, mz,
            w * ee, w * en, w * nn, w * tt);
    }
}
