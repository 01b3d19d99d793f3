package io.vigil.fusion.filter;

import static io.vigil.fusion.filter.ExtendedKalmanFilterTest.diagonal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.motion.MotionModel;
import io.vigil.fusion.testing.AllocationMeter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InteractingMultipleModelTest {

    private static final double[] NONE = {};

    /** Constant velocity plus one extra state, a constant the measurements never see. */
    private static final class CvWithBias implements MotionModel {
        private final ConstantVelocityMotion cv = new ConstantVelocityMotion(0.5);
        private final double[] block = new double[36];

        @Override
        public int dimension() {
            return 7;
        }

        @Override
        public void propagate(final double[] state, final double dt, final double[] transitionOut) {
            cv.propagate(state, dt, transitionOut == null ? null : block);
            if (transitionOut != null) {
                java.util.Arrays.fill(transitionOut, 0, 49, 0.0);
                for (int a = 0; a < 6; a++) {
                    System.arraycopy(block, a * 6, transitionOut, a * 7, 6);
                }
                transitionOut[48] = 1.0;
            }
        }

        @Override
        public void processNoise(final double[] state, final double dt, final double[] noiseOut) {
            cv.processNoise(state, dt, block);
            java.util.Arrays.fill(noiseOut, 0, 49, 0.0);
            for (int a = 0; a < 6; a++) {
                System.arraycopy(block, a * 6, noiseOut, a * 7, 6);
            }
            noiseOut[48] = 0.01 * Math.abs(dt);
        }
    }

    @Test
    void withOneModeIsThatModesFilter() {
        final ConstantVelocityMotion motion = new ConstantVelocityMotion(0.5);
        final InteractingMultipleModel imm = new InteractingMultipleModel(
            new ImmMode[] {new ImmMode("CV", motion, new ExtendedKalmanFilter(6, 3), NONE, NONE)},
            new double[][] {{0.0}}, new double[] {1.0});
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(6, 3);
        final double[] x = {7e6, 1e5, 0, -2000, 3000, 500};
        final double[] p = diagonal(1e6, 1e6, 1e6, 1e4, 1e4, 1e4);
        final ImmEstimate estimate = imm.newEstimate();
        imm.initialise(estimate, x, p);
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final SplittableRandom random = new SplittableRandom(4L);
        for (int step = 0; step < 30; step++) {
            ekf.predict(motion, x, p, 1.0);
            imm.predict(estimate, 1.0);
            measurement.set(x[0] + 40 * random.nextGaussian(), x[1], x[2] - 40 * random.nextGaussian(), 40.0);
            final double nis = ekf.update(measurement, x, p, 6);
            assertThat(imm.update(estimate, measurement)).isEqualTo(nis);
            for (int i = 0; i < 6; i++) {
                assertThat(estimate.state(i)).isEqualTo(x[i]);
                for (int j = 0; j < 6; j++) {
                    assertThat(estimate.covariance(i, j)).isCloseTo(p[i * 6 + j], within(1e-9 * Math.sqrt(p[i * 7] * p[j * 7])));
                }
            }
            assertThat(estimate.probability(0)).isEqualTo(1.0);
        }
    }

    @Test
    void mixesModesOfDifferentDimensionKeepingEachModesExtras() {
        final InteractingMultipleModel imm = new InteractingMultipleModel(
            new ImmMode[] {
                new ImmMode("CV", new ConstantVelocityMotion(0.5), new ExtendedKalmanFilter(7, 3), NONE, NONE),
                new ImmMode("CV+bias", new CvWithBias(), new UnscentedKalmanFilter(7, 3), new double[] {42.0},
                    new double[] {4.0})},
            new double[][] {{0, 0.05}, {0.05, 0}}, new double[] {0.5, 0.5});
        final ImmEstimate estimate = imm.newEstimate();
        imm.initialise(estimate, new double[] {7e6, 0, 0, 0, 7000, 0}, diagonal(1e4, 1e4, 1e4, 100, 100, 100));
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final CovarianceCheck check = new CovarianceCheck(7, CovarianceCheck.DEFAULT_SYMMETRY_TOLERANCE);
        for (int step = 0; step < 50; step++) {
            imm.predict(estimate, 1.0);
            imm.update(estimate, measurement.set(7e6 + 10, 7000.0 * (step + 1), 5, 30.0));
            assertThat(estimate.probability(0) + estimate.probability(1)).isCloseTo(1.0, within(1e-12));
            assertThat(check.check(estimate.modeCovariance[1], 7)).isEqualTo(CovarianceHealth.HEALTHY);
            assertThat(check.check(estimate.combinedCovariance, 6)).isEqualTo(CovarianceHealth.HEALTHY);
        }
        // The unobserved extra state stays at its prior mean: only its own mode carries it.
        assertThat(estimate.modeState(1, 6)).isCloseTo(42.0, within(1e-6));
        // And its variance only grows by the random walk (0.01 per second over 50 s).
        assertThat(estimate.modeCovariance[1][48]).isCloseTo(4.5, within(1e-6));
    }

    @Test
    void shiftsProbabilityToTheManoeuvreModeWhenTheTargetAccelerates() {
        final ConstantVelocityMotion quiet = new ConstantVelocityMotion(0.01);
        final InteractingMultipleModel imm = new InteractingMultipleModel(
            new ImmMode[] {
                new ImmMode("quiet", quiet, new ExtendedKalmanFilter(6, 3), NONE, NONE),
                new ImmMode("manoeuvre", new ConstantVelocityMotion(400.0), new ExtendedKalmanFilter(6, 3), NONE, NONE)},
            new double[][] {{0, 0.02}, {0.1, 0}}, new double[] {0.5, 0.5});
        final ImmEstimate estimate = imm.newEstimate();
        final double[] truth = {6.5e6, 0, 1e6, 0, 250, 0};
        final double[] p0 = diagonal(100, 100, 100, 25, 25, 25);
        imm.initialise(estimate, truth, p0);
        // The same data through the quiet model alone, for comparison.
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(6, 3);
        final double[] xq = truth.clone();
        final double[] pq = p0.clone();
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final SplittableRandom random = new SplittableRandom(8L);
        double quietBefore = 0.0;
        double manoeuvreDuring = 0.0;
        double immSquaredError = 0.0;
        double quietSquaredError = 0.0;
        for (int step = 0; step < 120; step++) {
            final double acceleration = step >= 60 ? 40.0 : 0.0; // a 4 g turn from t = 60 s
            truth[0] += truth[3] + 0.5 * acceleration;
            truth[1] += truth[4];
            truth[3] += acceleration;
            measurement.set(truth[0] + 10 * random.nextGaussian(),
                truth[1] + 10 * random.nextGaussian(), truth[2] + 10 * random.nextGaussian(), 10.0);
            imm.predict(estimate, 1.0);
            imm.update(estimate, measurement);
            ekf.predict(quiet, xq, pq, 1.0);
            ekf.update(measurement, xq, pq, 6);
            if (step >= 30 && step < 60) {
                quietBefore += estimate.probability(0) / 30;
            }
            if (step >= 70) {
                manoeuvreDuring += estimate.probability(1) / 50;
                immSquaredError += square(estimate.state(0) - truth[0]) + square(estimate.state(1) - truth[1]);
                quietSquaredError += square(xq[0] - truth[0]) + square(xq[1] - truth[1]);
            }
        }
        assertThat(quietBefore).as("mean probability of the quiet mode before the turn").isGreaterThan(0.8);
        assertThat(manoeuvreDuring).as("mean probability of the manoeuvre mode in the turn").isGreaterThan(0.8);
        assertThat(Math.sqrt(immSquaredError / 50)).as("IMM position RMSE in the turn")
            .isLessThan(0.1 * Math.sqrt(quietSquaredError / 50));
    }

    private static double square(final double x) {
        return x * x;
    }

    @Test
    void cycleAllocatesNothing() {
        final InteractingMultipleModel imm = new InteractingMultipleModel(
            new ImmMode[] {
                new ImmMode("CV", new ConstantVelocityMotion(0.5), new ExtendedKalmanFilter(7, 3), NONE, NONE),
                new ImmMode("CV+bias", new CvWithBias(), new UnscentedKalmanFilter(7, 3), new double[] {1.0},
                    new double[] {1.0})},
            new double[][] {{0, 0.05}, {0.05, 0}}, new double[] {0.5, 0.5});
        final ImmEstimate estimate = imm.newEstimate();
        imm.initialise(estimate, new double[] {7e6, 0, 0, 0, 7000, 0}, diagonal(1e4, 1e4, 1e4, 100, 100, 100));
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final double[] t = {0};
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            t[0] += 1.0;
            imm.predict(estimate, 1.0);
            imm.update(estimate, measurement.set(7e6, 7000.0 * t[0], 0.0, 30.0));
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
    }
}
