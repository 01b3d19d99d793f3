package io.vigil.fusion.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.testing.AllocationMeter;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

class ExtendedKalmanFilterTest {

    private static final double DT = 1.0;
    private static final double SIGMA = 50.0;
    private static final double Q = 0.5;

    @Test
    void equalsTheTextbookKalmanFilterOnALinearProblem() {
        // On a linear-Gaussian problem the EKF is the Kalman filter; the reference here is the
        // short-form filter with an explicit inverse, written with EJML's SimpleMatrix.
        final SplittableRandom random = new SplittableRandom(17L);
        final ConstantVelocityMotion motion = new ConstantVelocityMotion(Q);
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(6, 3);
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final double[] x = {7_000_000.0, 100_000.0, 50_000.0, -2000.0, 3000.0, 500.0};
        final double[] p = diagonal(1e6, 1e6, 1e6, 1e4, 1e4, 1e4);
        SimpleMatrix xr = new SimpleMatrix(6, 1, true, x.clone());
        SimpleMatrix pr = new SimpleMatrix(6, 6, true, p.clone());
        final double[] f = new double[36];
        final double[] qm = new double[36];
        motion.propagate(new double[6], DT, f);
        motion.processNoise(x, DT, qm);
        final SimpleMatrix fr = new SimpleMatrix(6, 6, true, f);
        final SimpleMatrix qr = new SimpleMatrix(6, 6, true, qm);
        final SimpleMatrix h = SimpleMatrix.identity(6).extractMatrix(0, 3, 0, 6);
        final SimpleMatrix r = SimpleMatrix.identity(3).scale(SIGMA * SIGMA);
        for (int step = 0; step < 50; step++) {
            ekf.predict(motion, x, p, DT);
            xr = fr.mult(xr);
            pr = fr.mult(pr).mult(fr.transpose()).plus(qr);
            final double[] z = {x[0] + random.nextGaussian() * SIGMA, x[1] + random.nextGaussian() * SIGMA,
                x[2] + random.nextGaussian() * SIGMA};
            final double nis = ekf.update(measurement.set(z[0], z[1], z[2], SIGMA), x, p, 6);
            final SimpleMatrix s = h.mult(pr).mult(h.transpose()).plus(r);
            final SimpleMatrix k = pr.mult(h.transpose()).mult(s.invert());
            final SimpleMatrix y = new SimpleMatrix(3, 1, true, z).minus(h.mult(xr));
            xr = xr.plus(k.mult(y));
            pr = SimpleMatrix.identity(6).minus(k.mult(h)).mult(pr);
            assertThat(nis).isCloseTo(y.transpose().mult(s.invert()).mult(y).get(0), within(1e-9 * (1 + nis)));
            for (int i = 0; i < 6; i++) {
                assertThat(x[i]).isCloseTo(xr.get(i), within(1e-6));
                for (int j = 0; j < 6; j++) {
                    assertThat(p[i * 6 + j]).isCloseTo(pr.get(i, j), within(1e-9 * Math.abs(pr.get(i, i)) + 1e-9));
                }
            }
        }
    }

    @Test
    void isConsistentOverMonteCarloRuns() {
        // 500 runs of a constant-velocity target with exactly the filter's process noise.
        // The runs are independent, so the average NEES (6 dof) and NIS (3 dof) at one step
        // are chi-square(500 n) / 500: they must lie inside the two-sided 95 % bounds at the
        // last step. Successive steps of one run are correlated, so over all steps only the
        // mean is checked, for bias (within 5 % of n, about twice its spread here).
        final int runs = 500;
        final int steps = 60;
        final double[] neesSum = new double[steps];
        final double[] nisSum = new double[steps];
        final SplittableRandom random = new SplittableRandom(2026L);
        final ConstantVelocityMotion motion = new ConstantVelocityMotion(Q);
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(6, 3);
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final double[] qm = new double[36];
        motion.processNoise(new double[6], DT, qm);
        final SimpleMatrix noiseRoot = choleskyLower(qm, 6);
        final double[] w = new double[6];
        for (int run = 0; run < runs; run++) {
            final double[] truth = {6_500_000.0, 0.0, 1_000_000.0, 100.0, 7000.0, -50.0};
            final double[] p = diagonal(1e4, 1e4, 1e4, 100, 100, 100);
            final double[] x = truth.clone();
            for (int i = 0; i < 6; i++) {
                x[i] += Math.sqrt(p[i * 7]) * random.nextGaussian();
            }
            for (int step = 0; step < steps; step++) {
                motion.propagate(truth, DT, null);
                for (int i = 0; i < 6; i++) {
                    w[i] = random.nextGaussian();
                }
                final SimpleMatrix noise = noiseRoot.mult(new SimpleMatrix(6, 1, true, w));
                for (int i = 0; i < 6; i++) {
                    truth[i] += noise.get(i);
                }
                ekf.predict(motion, x, p, DT);
                nisSum[step] += ekf.update(measurement.set(truth[0] + SIGMA * random.nextGaussian(),
                    truth[1] + SIGMA * random.nextGaussian(), truth[2] + SIGMA * random.nextGaussian(), SIGMA), x, p, 6);
                neesSum[step] += nees(x, truth, p);
            }
        }
        final int last = steps - 1;
        assertThat(neesSum[last] / runs)
            .isBetween(ChiSquare.quantile(0.025, 6 * runs) / runs, ChiSquare.quantile(0.975, 6 * runs) / runs);
        assertThat(nisSum[last] / runs)
            .isBetween(ChiSquare.quantile(0.025, 3 * runs) / runs, ChiSquare.quantile(0.975, 3 * runs) / runs);
        double neesMean = 0.0;
        double nisMean = 0.0;
        for (int step = 0; step < steps; step++) {
            neesMean += neesSum[step] / runs / steps;
            nisMean += nisSum[step] / runs / steps;
        }
        assertThat(neesMean).isCloseTo(6.0, within(0.3));
        assertThat(nisMean).isCloseTo(3.0, within(0.15));
    }

    @Test
    void keepsTheCovariancePositiveDefiniteUnderExtremeConditioning() {
        // Millimetre measurements of a state known to a kilometre, for thousands of steps:
        // the regime where the short-form update loses symmetry and definiteness.
        final ConstantVelocityMotion motion = new ConstantVelocityMotion(1e-6);
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(6, 3);
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final CovarianceCheck check = new CovarianceCheck(6, CovarianceCheck.DEFAULT_SYMMETRY_TOLERANCE);
        final double[] x = {1e7, 2e6, -3e6, 10.0, 20.0, 30.0};
        final double[] p = diagonal(1e6, 1e6, 1e6, 1e6, 1e6, 1e6);
        final SplittableRandom random = new SplittableRandom(9L);
        for (int step = 0; step < 5000; step++) {
            ekf.predict(motion, x, p, 0.01);
            ekf.update(measurement.set(x[0] + 1e-3 * random.nextGaussian(), x[1], x[2], 1e-3), x, p, 6);
            assertThat(check.check(p, 6)).as("step %d", step).isEqualTo(CovarianceHealth.HEALTHY);
        }
    }

    @Test
    void reportsAnInnovationCovarianceThatIsNotPositiveDefinite() {
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(6, 3);
        final double[] x = new double[6];
        final double[] p = diagonal(-1, -1, -1, 1, 1, 1);
        assertThatThrownBy(() -> ekf.update(new LinearPositionMeasurement().set(1, 2, 3, 0.0), x, p, 6))
            .isInstanceOf(CovarianceException.class).hasMessageContaining("not positive definite");
    }

    @Test
    void predictAndUpdateAllocateNothing() {
        final ConstantVelocityMotion motion = new ConstantVelocityMotion(Q);
        final ExtendedKalmanFilter ekf = new ExtendedKalmanFilter(9, 4);
        final LinearPositionMeasurement measurement = new LinearPositionMeasurement();
        final double[] x = {7e6, 0, 0, 0, 7000, 0};
        final double[] p = diagonal(1e4, 1e4, 1e4, 100, 100, 100);
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            ekf.predict(motion, x, p, DT);
            ekf.update(measurement.set(x[0] + 10.0, x[1] - 10.0, x[2], SIGMA), x, p, 6);
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
    }

    static double[] diagonal(final double... values) {
        final int n = values.length;
        final double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            m[i * n + i] = values[i];
        }
        return m;
    }

    /** The lower Cholesky factor L of A = L L^T, by the textbook recurrence. */
    static SimpleMatrix choleskyLower(final double[] a, final int n) {
        final SimpleMatrix l = new SimpleMatrix(n, n);
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) {
                d -= l.get(j, k) * l.get(j, k);
            }
            l.set(j, j, Math.sqrt(d));
            for (int i = j + 1; i < n; i++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= l.get(i, k) * l.get(j, k);
                }
                l.set(i, j, sum / l.get(j, j));
            }
        }
        return l;
    }

    static double nees(final double[] estimate, final double[] truth, final double[] covariance) {
        final int n = estimate.length;
        final double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = estimate[i] - truth[i];
        }
        final SimpleMatrix error = new SimpleMatrix(n, 1, true, e);
        return error.transpose().mult(new SimpleMatrix(n, n, true, covariance).invert()).mult(error).get(0);
    }
}
