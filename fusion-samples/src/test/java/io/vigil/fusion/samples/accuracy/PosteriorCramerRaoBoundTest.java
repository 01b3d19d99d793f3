package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEPS;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEP_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.filter.ExtendedKalmanFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosteriorCramerRaoBoundTest {

    @Test
    void onOneTrajectoryIsTheRiccatiRecursionLinearisedAlongIt() {
        // With the expectations taken over a single trajectory, Tichavsky's recursion with
        // additive Gaussian noise is the information form of the Kalman covariance recursion
        // with F and H evaluated on that trajectory. Vigil's EKF (covariance form, Joseph
        // update) computes the same thing when it is handed the true state before each
        // predict and update: an independent implementation to compare with (3.5e-11 apart).
        final double[][] truth = PlanarReentryMotionTest.noiseFree();
        final double[][] inverseInformation = PosteriorCramerRaoBound.inverseInformation(
            List.<double[][]>of(truth), PlanarReentryMotion.DEFAULT_MAX_SUBSTEP_SECONDS);
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(4, 2);
        final PlanarReentryMotion motion = PlanarReentryMotion.knownBeta(
            ReentryScenario.BALLISTIC_COEFFICIENT, ReentryScenario.PROCESS_NOISE_INTENSITY,
            PlanarReentryMotion.DEFAULT_MAX_SUBSTEP_SECONDS);
        final RangeElevationMeasurement radar =
            new RangeElevationMeasurement(ReentryScenario.RANGE_SIGMA_M, ReentryScenario.ELEVATION_SIGMA_RAD);
        final double[] p = ReentryScenario.priorCovariance();
        final double[] z = new double[2];
        assertClose(inverseInformation[0], p, 0);
        for (int k = 0; k < STEPS; k++) {
            ekf.predict(motion, truth[k].clone(), p, STEP_SECONDS);
            RangeElevationMeasurement.observe(truth[k + 1], z);
            ekf.update(radar.set(z[0], z[1]), truth[k + 1].clone(), p, 4);
            assertClose(inverseInformation[k + 1], p, k + 1);
        }
        // The bound's first scan is dominated by the range and elevation noise (~100 m).
        assertThat(PosteriorCramerRaoBound.positionBound(inverseInformation[1])).isBetween(100.0, 150.0);
    }

    private static void assertClose(final double[] bound, final double[] kalman, final int scan) {
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                final double scale = Math.sqrt(kalman[i * 4 + i] * kalman[j * 4 + j]);
                assertThat(bound[i * 4 + j]).as("J^-1(%d,%d) at scan %d", i, j, scan)
                    .isCloseTo(kalman[i * 4 + j], within(1e-9 * scale));
            }
        }
    }

    @Test
    void positionBoundAtThePriorIsTheRootOfThePositionVariances() {
        assertThat(PosteriorCramerRaoBound.positionBound(ReentryScenario.priorCovariance()))
            .isCloseTo(1000.0 * Math.sqrt(2.0), within(1e-9));
    }
}
