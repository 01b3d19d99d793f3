package io.vigil.fusion.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CovarianceCheckTest {

    private final CovarianceCheck check = new CovarianceCheck(3, CovarianceCheck.DEFAULT_SYMMETRY_TOLERANCE);

    @Test
    void acceptsASymmetricPositiveDefiniteMatrix() {
        assertThat(check.check(new double[] {4, 1, 0.5, 1, 9, 0.2, 0.5, 0.2, 16}, 3)).isEqualTo(CovarianceHealth.HEALTHY);
    }

    @Test
    void findsEachDefect() {
        assertThat(check.check(new double[] {4, 1, 0, 1, Double.NaN, 0, 0, 0, 1}, 3)).isEqualTo(CovarianceHealth.NOT_FINITE);
        assertThat(check.check(new double[] {4, 1, 0, 1.001, 9, 0, 0, 0, 1}, 3)).isEqualTo(CovarianceHealth.NOT_SYMMETRIC);
        // Positive diagonal, but correlation above 1 between the first two states.
        assertThat(check.check(new double[] {1, 2, 0, 2, 1, 0, 0, 0, 1}, 3))
            .isEqualTo(CovarianceHealth.NOT_POSITIVE_DEFINITE);
        assertThat(check.check(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 0}, 3))
            .isEqualTo(CovarianceHealth.NOT_POSITIVE_DEFINITE);
    }
}
