package io.vigil.fusion.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.AllocationMeter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CartesianMeasurementTest {

    private static final double[] COVARIANCE = {
        400.0, 120.0, -30.0,
        120.0, 900.0, 60.0,
        -30.0, 60.0, 2500.0,
    };

    @Test
    void predictsThePositionWithJacobianIdentityThenZerosForVelocityAndExtras() {
        final CartesianMeasurement cartesian = new CartesianMeasurement().position(1.0, 2.0, 3.0).covariance(COVARIANCE);
        final double[] state = {6.4e6, -1.2e6, 2.5e6, 100.0, 200.0, 300.0, 7.0, 8.0};
        final double[] h = new double[3];
        final double[] jacobian = new double[24];
        java.util.Arrays.fill(jacobian, Double.NaN);
        cartesian.predict(state, 8, h, jacobian);
        assertThat(h).containsExactly(6.4e6, -1.2e6, 2.5e6);
        assertThat(jacobian).containsExactly(
            1, 0, 0, 0, 0, 0, 0, 0,
            0, 1, 0, 0, 0, 0, 0, 0,
            0, 0, 1, 0, 0, 0, 0, 0);
        final JacobianCheck check = new JacobianCheck(cartesian, 6);
        assertThat(check.worstRowError(state, 1.0, 1.0)).isLessThan(1e-9);
    }

    @Test
    void measurementResidualAndNoiseAreTheConfiguredValues() {
        final CartesianMeasurement cartesian = new CartesianMeasurement()
            .position(6.4e6, -1.2e6, 2.5e6).covariance(COVARIANCE);
        final double[] z = new double[3];
        cartesian.measurement(z);
        assertThat(z).containsExactly(6.4e6, -1.2e6, 2.5e6);
        final double[] residual = new double[3];
        cartesian.residual(z, new double[] {6.4e6 - 5.0, -1.2e6 + 7.0, 2.5e6}, residual);
        assertThat(residual).containsExactly(5.0, -7.0, 0.0);
        final double[] noise = new double[9];
        cartesian.noise(noise);
        assertThat(noise).containsExactly(COVARIANCE);
    }

    @Test
    void covarianceIsCopiedSoTheCallerMayReuseItsArray() {
        final double[] reused = COVARIANCE.clone();
        final CartesianMeasurement cartesian = new CartesianMeasurement().covariance(reused);
        reused[0] = -1.0;
        final double[] noise = new double[9];
        cartesian.noise(noise);
        assertThat(noise[0]).isEqualTo(400.0);
    }

    @Test
    void rotationRoundingAsymmetryIsAcceptedAndSymmetrisedExactly() {
        final double[] nearly = COVARIANCE.clone();
        nearly[1] = 120.0 * (1.0 + 4e-16);
        nearly[5] = 60.0 * (1.0 - 4e-16);
        final double[] noise = new double[9];
        new CartesianMeasurement().covariance(nearly).noise(noise);
        assertThat(noise[1]).isEqualTo(noise[3]);
        assertThat(noise[5]).isEqualTo(noise[7]);
        assertThat(noise[2]).isEqualTo(noise[6]);
    }

    @Test
    void acceptsRandomSymmetricPositiveDefiniteMatrices() {
        final SplittableRandom random = new SplittableRandom(31L);
        final CartesianMeasurement cartesian = new CartesianMeasurement();
        final double[] c = new double[9];
        final double[] noise = new double[9];
        for (int i = 0; i < 100_000; i++) {
            // A A^T + small diagonal, with scales from a metre to 100 km.
            final double[] a = new double[9];
            final double scale = Math.pow(10.0, random.nextDouble(0.0, 5.0));
            for (int k = 0; k < 9; k++) {
                a[k] = scale * random.nextDouble(-1.0, 1.0);
            }
            for (int r = 0; r < 3; r++) {
                for (int s = 0; s < 3; s++) {
                    double sum = r == s ? 1e-3 * scale * scale : 0.0;
                    for (int k = 0; k < 3; k++) {
                        sum += a[r * 3 + k] * a[s * 3 + k];
                    }
                    c[r * 3 + s] = sum;
                }
            }
            cartesian.covariance(c).noise(noise);
            assertThat(noise).containsExactly(c);
        }
    }

    @Test
    void anAsymmetricMatrixIsRejectedNamingBothElements() {
        final double[] asymmetric = COVARIANCE.clone();
        asymmetric[5] = 61.0;
        assertThatThrownBy(() -> new CartesianMeasurement().covariance(asymmetric))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not symmetric").hasMessageContaining("(1,2) = 61.0").hasMessageContaining("(2,1) = 60.0");
    }

    @Test
    void anIndefiniteOrSingularMatrixIsRejectedWithItsPivot() {
        final double[] indefinite = {
            100.0, 200.0, 0.0,
            200.0, 100.0, 0.0,
            0.0, 0.0, 100.0,
        };
        assertThatThrownBy(() -> new CartesianMeasurement().covariance(indefinite))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not positive definite").hasMessageContaining("pivot 1 is -300.0")
            .hasMessageContaining("[100.0, 200.0, 0.0, 200.0, 100.0, 0.0, 0.0, 0.0, 100.0]");
        // Rank 2: the third axis is the sum of the first two.
        final double[] singular = {
            1.0, 0.0, 1.0,
            0.0, 1.0, 1.0,
            1.0, 1.0, 2.0,
        };
        assertThatThrownBy(() -> new CartesianMeasurement().covariance(singular))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pivot 2 is 0.0");
    }

    @Test
    void nonPositiveVariancesNonFiniteElementsAndShortArraysAreRejectedByValue() {
        final double[] negative = COVARIANCE.clone();
        negative[4] = -9.0;
        assertThatThrownBy(() -> new CartesianMeasurement().covariance(negative))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variance 1 is -9.0");
        final double[] notFinite = COVARIANCE.clone();
        notFinite[7] = Double.NaN;
        assertThatThrownBy(() -> new CartesianMeasurement().covariance(notFinite))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("element 7 is NaN");
        assertThatThrownBy(() -> new CartesianMeasurement().covariance(new double[4]))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 4 elements");
        assertThatThrownBy(() -> new CartesianMeasurement().covariance(null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> new CartesianMeasurement().position(0.0, 0.0, Double.NEGATIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ECEF z").hasMessageContaining("-Infinity");
    }

    @Test
    void usingAnUnconfiguredModelOrATooShortStateFails() {
        final CartesianMeasurement cartesian = new CartesianMeasurement();
        final double[] out = new double[9];
        assertThatThrownBy(() -> cartesian.measurement(out)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("position");
        assertThatThrownBy(() -> cartesian.noise(out)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("covariance");
        assertThatThrownBy(() -> cartesian.predict(new double[3], 3, out, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 3");
    }

    @Test
    void configuringPredictingAndUpdatingAllocatesNothing() {
        final CartesianMeasurement cartesian = new CartesianMeasurement();
        final double[] covariance = COVARIANCE.clone();
        final double[] state = {6.4e6, -1.2e6, 2.5e6, 100.0, 200.0, 300.0};
        final double[] z = new double[3];
        final double[] h = new double[3];
        final double[] jacobian = new double[18];
        final double[] residual = new double[3];
        final double[] noise = new double[9];
        final double[] sink = new double[1];
        final int[] counter = new int[1];
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            final int k = counter[0]++ & 1023;
            covariance[0] = 400.0 + k;
            cartesian.position(6.4e6 + k, -1.2e6, 2.5e6).covariance(covariance);
            cartesian.measurement(z);
            cartesian.predict(state, 6, h, jacobian);
            cartesian.residual(z, h, residual);
            cartesian.noise(noise);
            sink[0] += residual[0] + noise[0];
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
        assertThat(sink[0]).isPositive();
    }
}
