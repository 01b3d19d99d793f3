package io.vigil.fusion.bench;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.UnscentedKalmanFilter;
import java.util.concurrent.TimeUnit;
import org.hipparchus.filtering.kalman.KalmanFilter;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The peers: Hipparchus's extended and unscented Kalman filters, one cycle (predict 1 s,
 * update with one radar plot) on exactly the problem and physics of
 * {@link FilterCycleBenchmark#ekfBallistic()} and {@link FilterCycleBenchmark#ukfBallistic()}
 * (see {@link HipparchusPeer}; their agreement with Vigil to 1e-6 relative on every plot is
 * tested in {@code HipparchusPeerTest}). Run both classes in one JMH invocation to compare.
 *
 * <pre>
 *   600 Hipparchus plot objects (1 Hz) --> estimationStep --> next plot ... wrap: new filter
 * </pre>
 *
 * <p>Load: a single thread, one track; every 600 calls a new Hipparchus filter is built at
 * the initial estimate (its filter object holds the estimate), which adds a few bytes per
 * call to the allocation figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class HipparchusPeerBenchmark {

    private HipparchusPeer peer;
    private KalmanFilter<HipparchusPeer.Plot> ekf;
    private KalmanFilter<HipparchusPeer.Plot> ukf;
    private int nextPlot;

    /**
     * Builds the problem, the plot objects and the filters, after checking that the peers
     * agree with Vigil's filters on every plot (to 1e-6 relative): timing filters that
     * compute different things would compare nothing.
     */
    @Setup
    public void setUp() {
        peer = new HipparchusPeer(new BallisticRadarProblem());
        final double ekf = peer.largestRelativeDifference(new ExtendedKalmanFilter(6, 4), peer.newExtendedFilter());
        final double ukf = peer.largestRelativeDifference(new UnscentedKalmanFilter(6, 4), peer.newUnscentedFilter());
        if (!(ekf < 1e-6 && ukf < 1e-6)) {
            throw new IllegalStateException("Hipparchus and Vigil disagree: largest relative difference "
                + ekf + " (EKF), " + ukf + " (UKF)");
        }
        restart();
    }

    private void restart() {
        nextPlot = 0;
        ekf = peer.newExtendedFilter();
        ukf = peer.newUnscentedFilter();
    }

    private int plot() {
        if (nextPlot == BallisticRadarProblem.PLOTS) {
            restart();
        }
        return nextPlot++;
    }

    /**
     * Hipparchus's extended Kalman filter, ballistic model.
     *
     * @param blackhole sink
     */
    @Benchmark
    public void hipparchusEkfBallistic(final Blackhole blackhole) {
        blackhole.consume(ekf.estimationStep(peer.plot(plot())));
    }

    /**
     * Hipparchus's unscented Kalman filter, ballistic model.
     *
     * @param blackhole sink
     */
    @Benchmark
    public void hipparchusUkfBallistic(final Blackhole blackhole) {
        blackhole.consume(ukf.estimationStep(peer.plot(plot())));
    }
}
