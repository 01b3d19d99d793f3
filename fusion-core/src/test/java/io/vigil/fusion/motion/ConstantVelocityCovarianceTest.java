package io.vigil.fusion.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The constant-velocity model's structured covariance propagation against EJML's dense
 * F P F^T + Q on random positive definite covariances and steps of both signs.
 */
class ConstantVelocityCovarianceTest {

    private static final int N = 6;

    @Test
    void structuredPropagationEqualsTheDenseProductToRounding() {
        final SplittableRandom random = new SplittableRandom(71L);
        final ConstantVelocityMotion model = new ConstantVelocityMotion(25.0);
        double worst = 0.0;
        for (int trial = 0; trial < 2000; trial++) {
            final double dt = random.nextDouble(-30.0, 30.0);
            final double[] covariance = randomCovariance(random);
            final double[] state = new double[N];
            final double[] transition = new double[N * N];
            final double[] noise = new double[N * N];
            model.processNoise(state, dt, noise);
            model.propagate(state, dt, transition);

            final DMatrixRMaj f = DMatrixRMaj.wrap(N, N, transition.clone());
            final DMatrixRMaj fp = new DMatrixRMaj(N, N);
            CommonOps_DDRM.mult(f, DMatrixRMaj.wrap(N, N, covariance.clone()), fp);
            final DMatrixRMaj expected = new DMatrixRMaj(N, N);
            CommonOps_DDRM.multTransB(fp, f, expected);
            CommonOps_DDRM.addEquals(expected, DMatrixRMaj.wrap(N, N, noise));

            model.propagateCovariance(dt, transition, covariance, noise, new double[N * N]);
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    assertThat(covariance[i * N + j]).as("symmetric (%d, %d)", i, j).isEqualTo(covariance[j * N + i]);
                    final double scale = Math.sqrt(expected.get(i, i) * expected.get(j, j));
                    worst = Math.max(worst, Math.abs(covariance[i * N + j] - expected.get(i, j)) / scale);
                }
            }
        }
        assertThat(worst).isLessThan(1e-12);
    }

    /** A random covariance with correlations, metres and m/s, built as A A^T + diag. */
    private static double[] randomCovariance(final SplittableRandom random) {
        final double[] a = new double[N * N];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextDouble(-1.0, 1.0) * (i / N < 3 ? 500.0 : 20.0);
        }
        final double[] p = new double[N * N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double sum = i == j ? 1.0 : 0.0;
                for (int t = 0; t < N; t++) {
                    sum += a[i * N + t] * a[j * N + t];
                }
                p[i * N + j] = sum;
            }
        }
        return p;
    }
}
