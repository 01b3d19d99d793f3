package io.vigil.fusion.samples.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RangeElevationMeasurementTest {

    @Test
    void predictsRangeAndElevationWithTheirJacobian() {
        final RangeElevationMeasurement radar = new RangeElevationMeasurement(100.0, 1e-3);
        final double[] state = {30_000.0, -2000.0, 40_000.0, -500.0, 10.6};
        final double[] z = new double[2];
        final double[] jacobian = new double[10];
        radar.predict(state, 5, z, jacobian);
        assertThat(z[0]).isCloseTo(50_000.0, within(1e-9));
        assertThat(z[1]).isCloseTo(StrictMath.atan2(4.0, 3.0), within(1e-15));
        final double[] plus = new double[2];
        final double[] minus = new double[2];
        for (int j = 0; j < 5; j++) {
            final double[] a = state.clone();
            final double[] b = state.clone();
            a[j] += 1.0;
            b[j] -= 1.0;
            radar.predict(a, 5, plus, null);
            radar.predict(b, 5, minus, null);
            for (int i = 0; i < 2; i++) {
                final double numeric = (plus[i] - minus[i]) / 2.0;
                assertThat(jacobian[i * 5 + j]).as("dh%d/dx%d", i, j)
                    .isCloseTo(numeric, within(1e-9 * Math.abs(numeric) + 1e-14));
            }
        }
    }

    @Test
    void wrapsTheElevationResidual() {
        final RangeElevationMeasurement radar = new RangeElevationMeasurement(100.0, 1e-3);
        final double[] residual = new double[2];
        radar.residual(new double[] {10.0, Math.PI - 0.01}, new double[] {4.0, -Math.PI + 0.01}, residual);
        assertThat(residual[0]).isEqualTo(6.0);
        assertThat(residual[1]).isCloseTo(-0.02, within(1e-12));
        assertThat(RangeElevationMeasurement.wrap(Math.PI)).isEqualTo(Math.PI);
        assertThat(RangeElevationMeasurement.wrap(-Math.PI)).isEqualTo(Math.PI);
        assertThat(RangeElevationMeasurement.wrap(0.3)).isEqualTo(0.3);
    }

    @Test
    void noiseIsDiagonalFromTheSigmas() {
        final double[] r = new double[4];
        new RangeElevationMeasurement(100.0, 2e-4).noise(r);
        assertThat(r).containsExactly(1e4, 0.0, 0.0, 4e-8);
    }
}
