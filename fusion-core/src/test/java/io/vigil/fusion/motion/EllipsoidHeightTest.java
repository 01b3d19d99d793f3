package io.vigil.fusion.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.Geodetic;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EllipsoidHeightTest {

    @Test
    void differsFromTheExactHeightByUnderSixtyCentimetresBelowOneHundredKilometres() {
        assertWorstErrorBelow(-1e3, 100e3, 0.6);
    }

    @Test
    void differsFromTheExactHeightByUnderSixMetresUpToOneThousandKilometres() {
        assertWorstErrorBelow(100e3, 1_000e3, 6.0);
    }

    @Test
    void gradientIsTheDerivativeOfTheHeight() {
        final SplittableRandom random = new SplittableRandom(91L);
        final double[] ecef = new double[3];
        final double[] gradient = new double[3];
        final double[] unused = new double[3];
        for (int i = 0; i < 10_000; i++) {
            Geodetic.toEcef(random.nextDouble(-Math.PI / 2, Math.PI / 2), random.nextDouble(-Math.PI, Math.PI),
                random.nextDouble(-1e3, 1_000e3), ecef);
            EllipsoidHeight.height(ecef[0], ecef[1], ecef[2], gradient);
            for (int j = 0; j < 3; j++) {
                final double[] plus = ecef.clone();
                final double[] minus = ecef.clone();
                plus[j] += 1.0;
                minus[j] -= 1.0;
                final double difference = (EllipsoidHeight.height(plus[0], plus[1], plus[2], unused)
                    - EllipsoidHeight.height(minus[0], minus[1], minus[2], unused)) / 2.0;
                assertThat(gradient[j]).isCloseTo(difference, within(1e-8));
            }
            // Nearly the local vertical: a unit vector.
            final double norm =
                Math.sqrt(gradient[0] * gradient[0] + gradient[1] * gradient[1] + gradient[2] * gradient[2]);
            assertThat(norm).isCloseTo(1.0, within(1e-5));
        }
    }

    private static void assertWorstErrorBelow(final double lowM, final double highM, final double boundM) {
        final SplittableRandom random = new SplittableRandom(90L);
        final double[] ecef = new double[3];
        double worst = 0.0;
        for (int i = 0; i < 200_000; i++) {
            final double height = random.nextDouble(lowM, highM);
            Geodetic.toEcef(
                random.nextDouble(-Math.PI / 2, Math.PI / 2), random.nextDouble(-Math.PI, Math.PI), height, ecef);
            // About h delta^2 / 2 with delta <= 3.4e-3 rad: of the sign of h.
            final double error = EllipsoidHeight.height(ecef[0], ecef[1], ecef[2], null) - height;
            assertThat(Math.abs(error)).as("height %s", height).isLessThan(6e-6 * Math.abs(height) + 1e-6);
            worst = Math.max(worst, Math.abs(error));
        }
        assertThat(worst).isLessThan(boundM);
        // The bound is tight: the error is not negligible at the top of the range.
        assertThat(worst).isGreaterThan(boundM / 3.0);
    }
}
