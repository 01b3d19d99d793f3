package io.vigil.fusion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.GaussianFilter;
import io.vigil.fusion.filter.UnscentedKalmanFilter;
import io.vigil.fusion.measurement.RadarMeasurement;
import io.vigil.fusion.motion.BallisticMotion;
import org.hipparchus.filtering.kalman.KalmanFilter;
import org.hipparchus.filtering.kalman.ProcessEstimate;
import org.junit.jupiter.api.Test;

/**
 * Before the peers are timed against each other they must compute the same thing: on every
 * plot of the problem, Vigil's and Hipparchus's estimates agree to 1e-6 relative.
 */
class HipparchusPeerTest {

    private static final BallisticRadarProblem PROBLEM = new BallisticRadarProblem();

    private static void assertSameEstimates(final GaussianFilter vigil, final KalmanFilter<HipparchusPeer.Plot> peer,
        final HipparchusPeer hipparchus) {
        final BallisticMotion motion = new BallisticMotion(BallisticRadarProblem.PROCESS_NOISE);
        final RadarMeasurement radar = PROBLEM.newRadar();
        final double[] x = new double[6];
        final double[] p = new double[36];
        PROBLEM.initial(x, p);
        for (int k = 0; k < BallisticRadarProblem.PLOTS; k++) {
            vigil.predict(motion, x, p, 1.0);
            vigil.update(PROBLEM.plot(radar, k), x, p, 6);
            final ProcessEstimate estimate = peer.estimationStep(hipparchus.plot(k));
            for (int i = 0; i < 6; i++) {
                final double expected = estimate.getState().getEntry(i);
                assertThat(x[i]).as("plot %d state %d", k, i).isCloseTo(expected,
                    org.assertj.core.api.Assertions.within(1e-6 * Math.abs(expected)));
                final double variance = estimate.getCovariance().getEntry(i, i);
                assertThat(p[i * 7]).as("plot %d variance %d", k, i).isCloseTo(variance,
                    org.assertj.core.api.Assertions.within(1e-6 * variance));
            }
        }
    }

    @Test
    void extendedFiltersAgreeOnEveryPlot() {
        final HipparchusPeer hipparchus = new HipparchusPeer(PROBLEM);
        assertSameEstimates(new ExtendedKalmanFilter(6, 4), hipparchus.newExtendedFilter(), hipparchus);
    }

    @Test
    void unscentedFiltersAgreeOnEveryPlot() {
        final HipparchusPeer hipparchus = new HipparchusPeer(PROBLEM);
        assertSameEstimates(new UnscentedKalmanFilter(6, 4), hipparchus.newUnscentedFilter(), hipparchus);
    }
}
