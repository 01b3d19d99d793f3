package io.vigil.fusion.samples.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import io.vigil.fusion.filter.ImmEstimate;
import io.vigil.fusion.filter.ImmMode;
import io.vigil.fusion.filter.InteractingMultipleModel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SixStatePaddingTest {

    private static final double SUBSTEP = PlanarReentryMotion.DEFAULT_MAX_SUBSTEP_SECONDS;

    @Test
    void vigilsImmRejectsFourStateModes() {
        // The reason for the padding: the IMM mixes the first COMMON = 6 states of every mode.
        assertThatThrownBy(() -> new ImmMode("planar",
            PlanarReentryMotion.knownBeta(4e4, 1.0, SUBSTEP), new ExtendedKalmanFilter(4, 2), new double[0],
            new double[0]))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("lacks the 6 common kinematic states");
    }

    @Test
    void aOneModeImmOfThePaddedModelIsTheFourStateEkf() {
        final PlanarReentryMotion motion = PlanarReentryMotion.knownBeta(4e4, 1.0, SUBSTEP);
        final InteractingMultipleModel imm = new InteractingMultipleModel(
            new ImmMode[] {new ImmMode("beta", new SixStatePadding(PlanarReentryMotion.knownBeta(4e4, 1.0, SUBSTEP)),
                new ExtendedKalmanFilter(6, 2), new double[0], new double[0])},
            new double[][] {{0.0}}, new double[] {1.0});
        final double[] x = ReentryScenario.priorMean();
        final double[] p = ReentryScenario.priorCovariance();
        final double[] x6 = new double[6];
        final double[] p6 = new double[36];
        System.arraycopy(x, 0, x6, 0, 4);
        for (int a = 0; a < 4; a++) {
            System.arraycopy(p, a * 4, p6, a * 6, 4);
        }
        p6[28] = 1.0;
        p6[35] = 1.0;
        final ImmEstimate estimate = imm.newEstimate();
        imm.initialise(estimate, x6, p6);
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(4, 2);
        final RangeElevationMeasurement radar =
            new RangeElevationMeasurement(ReentryScenario.RANGE_SIGMA_M, ReentryScenario.ELEVATION_SIGMA_RAD);
        final ReentrySimulator simulator = new ReentrySimulator(SUBSTEP);
        final SplittableRandom random = new SplittableRandom(3L);
        final double[][] truth = simulator.trajectory(random);
        final double[][] z = ReentrySimulator.measurements(truth, random);
        for (int k = 1; k < truth.length; k++) {
            radar.set(z[k][0], z[k][1]);
            ekf.predict(motion, x, p, ReentryScenario.STEP_SECONDS);
            ekf.update(radar, x, p, 4);
            imm.predict(estimate, ReentryScenario.STEP_SECONDS);
            imm.update(estimate, radar);
            for (int a = 0; a < 4; a++) {
                assertThat(estimate.state(a)).as("state %d at scan %d", a, k)
                    .isCloseTo(x[a], within(1e-9 * Math.sqrt(p[a * 5])));
                for (int b = 0; b < 4; b++) {
                    assertThat(estimate.covariance(a, b)).isCloseTo(p[a * 4 + b], within(1e-9 * Math.sqrt(p[a * 5] * p[b * 5])));
                }
            }
            // The padding is untouched and uncoupled.
            assertThat(estimate.covariance(4, 4)).isEqualTo(1.0);
            assertThat(estimate.covariance(0, 4)).isZero();
        }
    }
}
