package io.vigil.fusion.bench;

import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.MotionModel;
import io.vigil.fusion.motion.ReentryMotion;
import io.vigil.fusion.track.FlightModes;
import io.vigil.fusion.trajectory.CircleProbability;
import io.vigil.fusion.trajectory.ImpactEstimate;
import io.vigil.fusion.trajectory.ImpactPredictor;
import io.vigil.fusion.trajectory.LaunchEstimator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The trajectory step's parts, one call each: an impact prediction (the engine's
 * {@link ImpactPredictor#standard}, either covariance method), the probability that the
 * impact falls in a defended area ({@link CircleProbability}) and a launch estimate
 * ({@link LaunchEstimator}, ballistic, from midcourse, with the ballistic mode of the
 * engine's default flight modes, {@link FlightModes#standard}); and the pieces the engine
 * carries a prediction out in between plots ({@link #predictionPiece}).
 *
 * <pre>
 *   midcourse: 300 km up, 4.5 km/s, climbing 15 deg --(~608 s, ReentryMotion)--> impact
 *        |                                                                          ^
 *        +-- same flight, propagated to 60 km descending: re-entry --(~36 s)--------+
 *   midcourse --(BallisticMotion, backwards)--> launch
 *   impact Gaussian (10 km x 1 km sigma) vs a 30 km circle centred 20 km away --> P(inside) = 0.84
 * </pre>
 *
 * <p>Load: a single thread, one call per operation on fixed inputs built in setup. The
 * flight is a medium-range one (39 N, 130 E, heading east); the estimate's covariance has
 * position sigmas of 50 m and velocity sigmas of 2 m/s per ECEF axis, correlated 0.5 on each
 * axis, and kappa = 1 / beta at the engine's impact prior, 1.5e-4 +- 7.5e-5 m^2/kg,
 * uncorrelated (as {@code TrajectoryStage} builds it in midcourse). The predictor's re-entry
 * model integrates in substeps of at most {@link ImpactPredictor#STANDARD_STEP_SECONDS} in
 * the atmosphere (shorter where drag is stiff) and longer ones in free flight: {@code
 * LINEARISED} walks one path with the transition matrix (its 7 x 7 covariance carried
 * along), {@code SIGMA_POINTS} 15 paths without it (the central one and 14 sigma points).
 * With {@code -prof gc}, every call allocates 0 B/op (the profiler shows JMH's own few kB/s,
 * spread over the calls of an iteration).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ImpactBenchmark {

    /** The states' time, ns since the Unix epoch. */
    private static final long T0 = 1_780_000_000_000_000_000L;
    /** Re-entry state: the flight's first state below this height, descending, m. */
    private static final double REENTRY_HEIGHT_M = 60_000.0;
    private static final int N = 7;
    private static final double POSITION_SIGMA_M = 50.0;
    private static final double VELOCITY_SIGMA_MPS = 2.0;
    private static final double POSITION_VELOCITY_CORRELATION = 0.5;
    private static final double KAPPA_MEAN = FusionEngine.Builder.DEFAULT_IMPACT_KAPPA_MEAN;
    private static final double KAPPA_SIGMA = FusionEngine.Builder.DEFAULT_IMPACT_KAPPA_SIGMA;
    /** The engine's longest flight searched back for a launch, s. */
    private static final double LAUNCH_HORIZON_S = 3600.0;

    private final double[] midcourse = new double[N];
    private final double[] reentry = new double[N];
    private final double[] covariance = new double[N * N];
    private final double[] ballisticState = new double[6];
    private final double[] ballisticCovariance = new double[36];
    private final LaunchEstimator launch = new LaunchEstimator(engineMotion(FlightModes.BALLISTIC), 0.0,
        LAUNCH_HORIZON_S);
    private final ImpactEstimate launchOut = new ImpactEstimate();
    private final CircleProbability circle = new CircleProbability();
    private double impactEastEast;
    private double impactEastNorth;
    private double impactNorthNorth;
    private double areaEast;
    private double areaNorth;
    private double areaRadius;

    /**
     * The predictor and its inputs, per covariance method (only the impact benchmarks take
     * this state, so only they run once per method).
     */
    @State(Scope.Thread)
    public static class Prediction {

        /** How the impact point's covariance is obtained. */
        @Param({"LINEARISED", "SIGMA_POINTS"})
        public ImpactPredictor.Method method;

        private ImpactPredictor predictor;
        private final ImpactEstimate out = new ImpactEstimate();

        /** Builds the engine's predictor. */
        @Setup
        public void setUp() {
            predictor = ImpactPredictor.standard(method, 0.0);
        }
    }

    /** Builds the two states, their covariance, the ballistic (6-state) copy and the area. */
    @Setup
    public void setUp() {
        midcourse(midcourse);
        reentry(midcourse, reentry);
        covariance(covariance);
        for (int i = 0; i < 6; i++) {
            ballisticState[i] = midcourse[i];
            System.arraycopy(covariance, N * i, ballisticCovariance, 6 * i, 6);
        }
        // An elongated impact Gaussian: 10 km along 60 deg (from north, clockwise), 1 km across.
        final double major = 10_000.0;
        final double minor = 1_000.0;
        final double azimuth = Math.toRadians(60.0);
        final double ue = Math.sin(azimuth);
        final double un = Math.cos(azimuth);
        impactEastEast = major * major * ue * ue + minor * minor * un * un;
        impactEastNorth = (major * major - minor * minor) * ue * un;
        impactNorthNorth = major * major * un * un + minor * minor * ue * ue;
        // The area's centre 20 km from the predicted point along the long axis, radius 30 km:
        // the point lies inside, one long-axis sigma (10 km) from the nearer edge.
        areaEast = 20_000.0 * ue;
        areaNorth = 20_000.0 * un;
        areaRadius = 30_000.0;
        check();
    }

    /**
     * Returns a motion model of a new default flight-mode IMM (the engine's own).
     *
     * @param mode {@link FlightModes#BALLISTIC} or {@link FlightModes#REENTRY}
     * @return the mode's model
     */
    private static MotionModel engineMotion(final int mode) {
        return FlightModes.standard(4).mode(mode).motion();
    }

    /**
     * Fills the midcourse state: 300 km above (39 N, 130 E), 4.5 km/s east climbing at 15 deg,
     * kappa at the prior's mean; about 608 s before its impact.
     *
     * @param x receives 7 elements
     */
    private static void midcourse(final double[] x) {
        final LocalFrame frame = new LocalFrame(Math.toRadians(39.0), Math.toRadians(130.0), 300_000.0);
        Geodetic.toEcef(frame.latitudeRad(), frame.longitudeRad(), frame.heightM(), x);
        final double[] v = new double[3];
        final double climb = Math.toRadians(15.0);
        frame.enuVectorToEcef(4_500.0 * Math.cos(climb), 0.0, 4_500.0 * Math.sin(climb), v);
        System.arraycopy(v, 0, x, 3, 3);
        x[ReentryMotion.INVERSE_BALLISTIC_COEFFICIENT] = KAPPA_MEAN;
    }

    /**
     * Propagates the midcourse state with drag, in 0.1 s steps, to its first state below
     * {@link #REENTRY_HEIGHT_M} on the way down (about 36 s before impact).
     */
    private static void reentry(final double[] from, final double[] x) {
        final ReentryMotion truth = new ReentryMotion(0.0, 0.0);
        final double[] geodetic = new double[3];
        System.arraycopy(from, 0, x, 0, N);
        double previous = Double.POSITIVE_INFINITY;
        while (true) {
            truth.propagate(x, 0.1, null);
            Geodetic.fromEcef(x[0], x[1], x[2], geodetic);
            final double height = geodetic[Geodetic.HEIGHT];
            if (height < REENTRY_HEIGHT_M && height < previous) {
                return;
            }
            previous = height;
        }
    }

    /** Position sigma 50 m, velocity 2 m/s (correlated 0.5 per axis), kappa 7.5e-5. */
    private static void covariance(final double[] p) {
        java.util.Arrays.fill(p, 0.0);
        final double cross = POSITION_VELOCITY_CORRELATION * POSITION_SIGMA_M * VELOCITY_SIGMA_MPS;
        for (int i = 0; i < 3; i++) {
            p[i * N + i] = POSITION_SIGMA_M * POSITION_SIGMA_M;
            p[(i + 3) * N + i + 3] = VELOCITY_SIGMA_MPS * VELOCITY_SIGMA_MPS;
            p[i * N + i + 3] = cross;
            p[(i + 3) * N + i] = cross;
        }
        p[N * N - 1] = KAPPA_SIGMA * KAPPA_SIGMA;
    }

    /** Fails the setup if an input does not give what the benchmark claims to measure. */
    private void check() {
        final ImpactEstimate out = new ImpactEstimate();
        for (final ImpactPredictor.Method method : ImpactPredictor.Method.values()) {
            final ImpactPredictor predictor = ImpactPredictor.standard(method, 0.0);
            require(predictor.predict(T0, midcourse, covariance, out), method + ": no impact from midcourse");
            final double fromMidcourse = (out.crossingNanos() - T0) * 1e-9;
            require(fromMidcourse > 550.0 && fromMidcourse < 650.0, method + ": midcourse impact in " + fromMidcourse);
            require(predictor.predict(T0, reentry, covariance, out), method + ": no impact from re-entry");
            final double fromReentry = (out.crossingNanos() - T0) * 1e-9;
            require(fromReentry > 25.0 && fromReentry < 50.0, method + ": re-entry impact in " + fromReentry);
        }
        require(launch.estimate(T0, ballisticState, ballisticCovariance, launchOut), "no launch from midcourse");
        final double p = circle();
        require(p > 0.5 && p < 1.0, "probability inside the area " + p);
    }

    private static void require(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /**
     * Predicts the impact from midcourse, about 608 s of flight ahead.
     *
     * @param prediction the predictor (method as the parameter says)
     * @return the impact point's east variance
     */
    @Benchmark
    public double impactFromMidcourse(final Prediction prediction) {
        prediction.predictor.predict(T0, midcourse, covariance, prediction.out);
        return prediction.out.eastEast();
    }

    /**
     * Predicts the impact from re-entry, 60 km up, about 36 s of flight ahead.
     *
     * @param prediction the predictor (method as the parameter says)
     * @return the impact point's east variance
     */
    @Benchmark
    public double impactFromReentry(final Prediction prediction) {
        prediction.predictor.predict(T0, reentry, covariance, prediction.out);
        return prediction.out.eastEast();
    }

    /**
     * The probability that the elongated impact Gaussian falls inside one area (256 angles).
     *
     * @return the probability
     */
    @Benchmark
    public double circleProbability() {
        return circle();
    }

    private double circle() {
        return circle.inside(0.0, 0.0, impactEastEast, impactEastNorth, impactNorthNorth, areaEast, areaNorth,
            areaRadius);
    }

    /**
     * Estimates the launch from midcourse, ballistically backwards (6 states, covariance
     * carried by the transition matrices).
     *
     * @return the launch point's east variance
     */
    @Benchmark
    public double launchFromMidcourse() {
        launch.estimate(T0, ballisticState, ballisticCovariance, launchOut);
        return launchOut.eastEast();
    }

    /**
     * The engine's work between plots, one piece per call: the launch from midcourse
     * (ballistic, backwards), then the impact from midcourse (linearised), one propagation
     * step or crossing refinement at a time, started again when done; in the engine, a plot
     * that arrives while a piece runs waits for that piece only. SampleTime: the
     * distribution of the pieces' durations, whose tail bounds that wait.
     *
     * @param pieces the prediction in progress
     * @return whether the piece finished the prediction
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public boolean predictionPiece(final Pieces pieces) {
        if (!pieces.launching) {
            if (pieces.predictor.step()) {
                pieces.launching = true;
                launch.begin(T0, ballisticState, ballisticCovariance, launchOut);
                return true;
            }
            return false;
        }
        if (launch.step()) {
            pieces.launching = false;
            pieces.predictor.begin(T0, midcourse, covariance, pieces.out);
        }
        return false;
    }

    /** The engine's linearised predictor, carried out a piece at a time. */
    @State(Scope.Thread)
    public static class Pieces {

        private final ImpactPredictor predictor = ImpactPredictor.standard(ImpactPredictor.Method.LINEARISED, 0.0);
        private final ImpactEstimate out = new ImpactEstimate();
        /** Whether the launch (else the impact) is in progress. */
        private boolean launching;
    }
}
