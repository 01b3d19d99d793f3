package io.vigil.fusion.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.testing.AllocationMeter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StrictTrigTest {

    private static void assertSameAsStrictMath(final double x) {
        assertThat(Double.doubleToRawLongBits(StrictTrig.sin(x)))
            .as("sin(%s) = %s, StrictMath %s", x, StrictTrig.sin(x), StrictMath.sin(x))
            .isEqualTo(Double.doubleToRawLongBits(StrictMath.sin(x)));
        assertThat(Double.doubleToRawLongBits(StrictTrig.cos(x)))
            .as("cos(%s) = %s, StrictMath %s", x, StrictTrig.cos(x), StrictMath.cos(x))
            .isEqualTo(Double.doubleToRawLongBits(StrictMath.cos(x)));
    }

    @Test
    void equalsStrictMathBitForBitOverTheAnglesTheEngineUses() {
        final SplittableRandom random = new SplittableRandom(1L);
        for (int i = 0; i < 2_000_000; i++) {
            assertSameAsStrictMath(random.nextDouble(-10.0, 10.0));
        }
    }

    @Test
    void equalsStrictMathBitForBitOverTheWholeReducedRange() {
        final SplittableRandom random = new SplittableRandom(2L);
        final double limit = 0x1p19 * Math.PI / 2;
        for (int i = 0; i < 1_000_000; i++) {
            assertSameAsStrictMath(random.nextDouble(-limit, limit));
            // Log-uniform magnitudes from 1e-12 to 1e6, both signs.
            assertSameAsStrictMath((random.nextBoolean() ? 1 : -1) * StrictMath.pow(10.0, random.nextDouble(-12.0, 6.0)));
        }
    }

    @Test
    void equalsStrictMathNextToMultiplesOfHalfPiWhereReductionCancels() {
        // The hard cases of Cody-Waite reduction: arguments within a few thousand ulps of
        // n pi/2, where the second and third reduction steps are needed.
        for (int n = -40_000; n <= 40_000; n++) {
            final double centre = n * (Math.PI / 2);
            double x = centre;
            double y = centre;
            for (int k = 0; k < 40; k++) {
                assertSameAsStrictMath(x);
                assertSameAsStrictMath(y);
                x = Math.nextUp(x);
                y = Math.nextDown(y);
            }
            assertSameAsStrictMath(Math.scalb(1.0, -n % 60) + centre);
        }
    }

    @Test
    void equalsStrictMathAtSpecialValues() {
        final double[] specials = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, 0x1p-27, 0x1.fffffp-28,
            Math.PI / 4, Math.nextUp(Math.PI / 4), 0.78125, 0.3, 3 * Math.PI / 4, Math.PI, 2 * Math.PI,
            0x1p19 * Math.PI / 2, Math.nextUp(0x1p19 * Math.PI / 2), 1e22, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (final double x : specials) {
            assertSameAsStrictMath(x);
            assertSameAsStrictMath(-x);
        }
    }

    @Test
    void allocatesNothingForAnglesUpToTwoToTheNineteenQuarterTurns() {
        final double[] sink = new double[1];
        final double[] angles = {0.5, 1.0, -2.5, 3.2, 100.0, -7_000.0, 800_000.0};
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            for (final double angle : angles) {
                sink[0] += StrictTrig.sin(angle) + StrictTrig.cos(angle);
            }
        }, 50_000, 100_000);
        assertThat(bytes).isZero();
    }
}
