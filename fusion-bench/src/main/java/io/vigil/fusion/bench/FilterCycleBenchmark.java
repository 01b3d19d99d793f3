package io.vigil.fusion.bench;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.GaussianFilter;
import io.vigil.fusion.filter.ImmEstimate;
import io.vigil.fusion.filter.ImmMode;
import io.vigil.fusion.filter.InteractingMultipleModel;
import io.vigil.fusion.filter.UnscentedKalmanFilter;
import io.vigil.fusion.measurement.RadarMeasurement;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.BoostMotion;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.motion.MotionModel;
import io.vigil.fusion.motion.ReentryMotion;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One filter cycle, predict over 1 s then update with one radar plot (range, azimuth,
 * elevation, range rate), for each of Vigil's filters and motion models on
 * {@link BallisticRadarProblem}. {@link HipparchusPeerBenchmark} runs the peers on the same
 * problem.
 *
 * <pre>
 *   600 precomputed plots (1 Hz) --> predict(1 s) + update --> next plot ... wrap: re-initialise
 * </pre>
 *
 * <p>Load: a single thread, one track, one cycle per call; every 600 calls the track is
 * re-initialised (array copies). With {@code -prof gc}, Vigil's cycles allocate 0 B/op. The re-entry cycle
 * runs the re-entry model (7 states, drag in the exponential atmosphere, RK4 substeps of
 * 0.25 s) on the same midcourse plots: its cost does not depend on the density's value.
 * The IMM cycle runs boost (9 states), ballistic (6) and re-entry (7) modes, each with an
 * extended Kalman filter.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FilterCycleBenchmark {

    private static final int PLOTS = BallisticRadarProblem.PLOTS;

    private final BallisticRadarProblem problem = new BallisticRadarProblem();
    private final RadarMeasurement radar = problem.newRadar();
    private final double[] state = new double[6];
    private final double[] covariance = new double[36];
    private final double[] reentryState = new double[7];
    private final double[] reentryCovariance = new double[49];

    private final ConstantVelocityMotion constantVelocity = new ConstantVelocityMotion(100.0);
    private final BallisticMotion ballistic = new BallisticMotion(BallisticRadarProblem.PROCESS_NOISE);
    private final ReentryMotion reentry = new ReentryMotion(BallisticRadarProblem.PROCESS_NOISE, 1e-12);
    private final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(9, 4);
    private final UnscentedKalmanFilter ukf = new UnscentedKalmanFilter(9, 4);

    private InteractingMultipleModel imm;
    private ImmEstimate immEstimate;

    private int nextPlot;

    /** Builds the models, the IMM and the Hipparchus peers. */
    @Setup
    public void setUp() {
        imm = new InteractingMultipleModel(new ImmMode[] {
            new ImmMode("BOOST", new BoostMotion(1.0), new ExtendedKalmanFilter(9, 4), new double[3],
                new double[] {100.0, 100.0, 100.0}),
            new ImmMode("BALLISTIC", new BallisticMotion(BallisticRadarProblem.PROCESS_NOISE), new ExtendedKalmanFilter(9, 4),
                new double[0], new double[0]),
            new ImmMode("REENTRY", reentry, new ExtendedKalmanFilter(9, 4), new double[] {1e-4}, new double[] {1e-8})},
            new double[][] {{0, 0.01, 0}, {0, 0, 0.002}, {0, 0, 0}}, new double[] {0.1, 0.8, 0.1});
        immEstimate = imm.newEstimate();
        restart();
    }

    /** Re-initialises every filter at the problem's initial estimate. */
    private void restart() {
        nextPlot = 0;
        problem.initial(state, covariance);
        imm.initialise(immEstimate, state, covariance);
        // The re-entry state adds kappa = 1 / beta (m^2/kg): 1e-4 +- 1e-4.
        java.util.Arrays.fill(reentryCovariance, 0.0);
        for (int i = 0; i < 6; i++) {
            reentryState[i] = state[i];
            System.arraycopy(covariance, 6 * i, reentryCovariance, 7 * i, 6);
        }
        reentryState[6] = 1e-4;
        reentryCovariance[48] = 1e-8;
    }

    private int plot() {
        if (nextPlot == PLOTS) {
            restart();
        }
        return nextPlot++;
    }

    private double cycle(final GaussianFilter filter, final MotionModel motion, final double[] x, final double[] p) {
        final int k = plot();
        filter.predict(motion, x, p, 1.0);
        return filter.update(problem.plot(radar, k), x, p, motion.dimension());
    }

    /**
     * Extended Kalman filter, constant-velocity model.
     *
     * @return the NIS
     */
    @Benchmark
    public double ekfConstantVelocity() {
        return cycle(ekf, constantVelocity, state, covariance);
    }

    /**
     * Extended Kalman filter, ballistic model (J2, rotating Earth; one RK4 step with the
     * variational equations).
     *
     * @return the NIS
     */
    @Benchmark
    public double ekfBallistic() {
        return cycle(ekf, ballistic, state, covariance);
    }

    /**
     * Extended Kalman filter, re-entry model (7 states; four RK4 substeps with drag).
     *
     * @return the NIS
     */
    @Benchmark
    public double ekfReentry() {
        return cycle(ekf, reentry, reentryState, reentryCovariance);
    }

    /**
     * Unscented Kalman filter, ballistic model (13 sigma points, each propagated).
     *
     * @return the NIS
     */
    @Benchmark
    public double ukfBallistic() {
        return cycle(ukf, ballistic, state, covariance);
    }

    /**
     * IMM cycle over boost, ballistic and re-entry modes (extended filters).
     *
     * @return the NIS of the most probable mode
     */
    @Benchmark
    public double immThreeModes() {
        final int k = plot();
        imm.predict(immEstimate, 1.0);
        return imm.update(immEstimate, problem.plot(radar, k));
    }
}
