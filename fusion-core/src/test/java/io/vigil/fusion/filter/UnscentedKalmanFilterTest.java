package io.vigil.fusion.filter;

import static io.vigil.fusion.filter.ExtendedKalmanFilterTest.diagonal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.testing.AllocationMeter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnscentedKalmanFilterTest {

    @Test
    void equalsTheKalmanFilterOnALinearProblem() {
        // The unscented transform is exact for linear models: UKF and EKF must agree to
        // rounding at every step.
        final SplittableRandom random = new SplittableRandom(23L);
        final ConstantVelocityMotion motion = new ConstantVelocityMotion(0.5);
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(6, 3);
        final UnscentedKalmanFilter ukf = new UnscentedKalmanFilter(6, 3);
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final double[] xe = {7_000_000.0, 100_000.0, 50_000.0, -2000.0, 3000.0, 500.0};
        final double[] pe = diagonal(1e6, 1e6, 1e6, 1e4, 1e4, 1e4);
        final double[] xu = xe.clone();
        final double[] pu = pe.clone();
        for (int step = 0; step < 40; step++) {
            ekf.predict(motion, xe, pe, 2.0);
            ukf.predict(motion, xu, pu, 2.0);
            final double zx = xe[0] + 30.0 * random.nextGaussian();
            final double zy = xe[1] + 30.0 * random.nextGaussian();
            final double zz = xe[2] + 30.0 * random.nextGaussian();
            final double nisE = ekf.update(measurement.set(zx, zy, zz, 30.0), xe, pe, 6);
            final double nisU = ukf.update(measurement, xu, pu, 6);
            assertThat(nisU).isCloseTo(nisE, within(1e-6 * (1 + nisE)));
            for (int i = 0; i < 6; i++) {
                assertThat(xu[i]).as("step %d state %d", step, i).isCloseTo(xe[i], within(1e-5));
                for (int j = 0; j < 6; j++) {
                    assertThat(pu[i * 6 + j]).as("step %d P(%d,%d)", step, i, j)
                        .isCloseTo(pe[i * 6 + j], within(1e-7 * Math.sqrt(pe[i * 7] * pe[j * 7])));
                }
            }
        }
    }

    @Test
    void reportsACovarianceThatIsNotPositiveDefinite() {
        final UnscentedKalmanFilter ukf = new UnscentedKalmanFilter(6, 3);
        final double[] p = diagonal(1, 1, -1, 1, 1, 1);
        assertThatThrownBy(() -> ukf.predict(new ConstantVelocityMotion(1.0), new double[6], p, 1.0))
            .isInstanceOf(CovarianceException.class).hasMessageContaining("state covariance is not positive definite");
    }

    @Test
    void predictAndUpdateAllocateNothing() {
        final ConstantVelocityMotion motion = new ConstantVelocityMotion(0.5);
        final UnscentedKalmanFilter ukf = new UnscentedKalmanFilter(9, 4);
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final double[] x = {7e6, 0, 0, 0, 7000, 0};
        final double[] p = diagonal(1e4, 1e4, 1e4, 100, 100, 100);
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            ukf.predict(motion, x, p, 1.0);
            ukf.update(measurement.set(x[0] + 10.0, x[1] - 10.0, x[2], 50.0), x, p, 6);
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
    }
}
