package io.vigil.fusion.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChiSquareTest {

    /** For even k the CDF has a closed form: 1 - e^(-x/2) sum_{j < k/2} (x/2)^j / j!. */
    private static double evenCdf(final double x, final int k) {
        double term = 1.0;
        double sum = 1.0;
        for (int j = 1; j < k / 2; j++) {
            term *= 0.5 * x / j;
            sum += term;
        }
        return 1.0 - Math.exp(-0.5 * x) * sum;
    }

    @Test
    void cdfMatchesTheClosedFormForEvenDegreesOfFreedom() {
        for (final int k : new int[] {2, 4, 6, 10, 40}) {
            for (double x = 0.1; x < 4.0 * k; x += 0.37) {
                assertThat(ChiSquare.cdf(x, k)).as("k %d x %f", k, x).isCloseTo(evenCdf(x, k), within(1e-13));
            }
        }
    }

    @Test
    void quantileInvertsTheClosedFormForEvenDegreesOfFreedom() {
        // k = 2: x = -2 ln(1 - p) exactly.
        for (final double p : new double[] {0.001, 0.05, 0.5, 0.95, 0.99, 0.9999}) {
            assertThat(ChiSquare.quantile(p, 2)).isCloseTo(-2.0 * Math.log1p(-p), within(1e-11));
        }
        for (final int k : new int[] {4, 6, 12, 200, 600}) {
            for (final double p : new double[] {0.025, 0.5, 0.975, 0.999}) {
                final double x = ChiSquare.quantile(p, k);
                assertThat(evenCdf(x, k)).as("k %d p %f", k, p).isCloseTo(p, within(1e-11));
            }
        }
    }

    @Test
    void quantileMatchesPublishedTableValuesForOddDegreesOfFreedom() {
        // Standard chi-square table values (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.4).
        assertThat(ChiSquare.quantile(0.95, 1)).isCloseTo(3.841458820694124, within(1e-9));
        assertThat(ChiSquare.quantile(0.95, 3)).isCloseTo(7.814727903251178, within(1e-9));
        assertThat(ChiSquare.quantile(0.95, 5)).isCloseTo(11.070497693516351, within(1e-9));
        assertThat(ChiSquare.quantile(0.99, 3)).isCloseTo(11.344866730144373, within(1e-9));
    }

    @Test
    void rejectsInvalidArgumentsNamingThem() {
        assertThatThrownBy(() -> ChiSquare.quantile(1.0, 3)).hasMessageContaining("probability must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> ChiSquare.cdf(1.0, 0)).hasMessageContaining("degrees of freedom must be finite and > 0, got 0.0");
    }
}
