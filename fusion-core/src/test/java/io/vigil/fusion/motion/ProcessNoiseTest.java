package io.vigil.fusion.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * Every model's process noise is a covariance: exactly symmetric and positive semi-definite,
 * for any step and density. Definiteness is judged on the correlation matrix
 * D^-1/2 Q D^-1/2 (D = diag Q), whose eigenvalues are of order one whatever the units of the
 * states (kappa's variance is 1e-20 where a position's is 1e4), with EJML's symmetric
 * eigen-decomposition as the reference.
 */
class ProcessNoiseTest {

    @Test
    void everyModelsNoiseIsSymmetricAndPositiveSemiDefinite() {
        final SplittableRandom random = new SplittableRandom(41L);
        for (int trial = 0; trial < 300; trial++) {
            final double q = StrictMath.pow(10.0, random.nextDouble(-4.0, 3.0));
            final double dt = random.nextDouble(-30.0, 30.0);
            final MotionModel[] models = {
                new BallisticMotion(q),
                new ReentryMotion(q, StrictMath.pow(10.0, random.nextDouble(-16.0, -8.0))),
                new BoostMotion(q),
            };
            for (final MotionModel model : models) {
                final int n = model.dimension();
                final double[] noise = new double[n * n];
                model.processNoise(new double[n], dt, noise);
                final String where = model.getClass().getSimpleName() + " q " + q + " dt " + dt;
                for (int i = 0; i < n; i++) {
                    assertThat(noise[i * n + i]).as(where).isGreaterThan(0.0);
                    for (int j = 0; j < i; j++) {
                        assertThat(noise[i * n + j]).as(where).isEqualTo(noise[j * n + i]);
                    }
                }
                // Eigenvalues of an n x n correlation matrix lie in [0, n]; rounding of the
                // 3 x 3 blocks' small determinants (dt^4 / 12 of dt^4 / 3) stays above -1e-12.
                assertThat(smallestCorrelationEigenvalue(noise, n)).as(where).isGreaterThan(-1e-12);
            }
        }
    }

    @Test
    void noiseDependsOnTheStepsMagnitudeOnlyAndVanishesWithZeroDensities() {
        final MotionModel[] models = {new BallisticMotion(0.5), new ReentryMotion(0.5, 1e-10), new BoostMotion(0.5)};
        for (final MotionModel model : models) {
            final int n = model.dimension();
            final double[] forwards = new double[n * n];
            final double[] backwards = new double[n * n];
            model.processNoise(new double[n], 4.0, forwards);
            model.processNoise(new double[n], -4.0, backwards);
            assertThat(backwards).containsExactly(forwards);
        }
        final MotionModel[] silent = {new BallisticMotion(0.0), new ReentryMotion(0.0, 0.0), new BoostMotion(0.0)};
        for (final MotionModel model : silent) {
            final int n = model.dimension();
            final double[] noise = new double[n * n];
            java.util.Arrays.fill(noise, 9.0);
            model.processNoise(new double[n], 4.0, noise);
            assertThat(noise).containsOnly(0.0);
        }
    }

    @Test
    void aWronglySignedCovarianceWouldBeCaught() {
        // The definiteness check above is able to fail: flip one cross term of a valid Q.
        final double[] noise = new double[36];
        new BallisticMotion(1.0).processNoise(new double[6], 2.0, noise);
        noise[3] = -noise[3] * 1.8;
        noise[18] = noise[3];
        assertThat(smallestCorrelationEigenvalue(noise, 6)).isLessThan(-0.1);
    }

    private static double smallestCorrelationEigenvalue(final double[] matrix, final int n) {
        final DMatrixRMaj correlation = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                correlation.set(i, j, matrix[i * n + j] / Math.sqrt(matrix[i * n + i] * matrix[j * n + j]));
            }
        }
        final EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, false, true);
        assertThat(eigen.decompose(correlation)).isTrue();
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            smallest = Math.min(smallest, eigen.getEigenvalue(i).getReal());
        }
        return smallest;
    }
}
