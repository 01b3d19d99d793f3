package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {

    private static String text(final double value) {
        final StringBuilder out = new StringBuilder();
        ShortestDecimal.appendTo(out, value);
        return out.toString();
    }

    @Test
    void writesTheShortestClosestDecimalThatJava17DoubleToStringSometimesMisses() {
        assertThat(text(2.0E23)).isEqualTo("2.0E23");
        assertThat(text(8.41E21)).isEqualTo("8.41E21");
        assertThat(text(4.8726570057E288)).isEqualTo("4.8726570057E288");
        assertThat(text(4.708356024711512E18)).isEqualTo("4.708356024711512E18");
        assertThat(text(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(text(2 * Double.MIN_VALUE)).isEqualTo("9.9E-324");
        assertThat(text(Double.MIN_NORMAL)).isEqualTo("2.2250738585072014E-308");
        assertThat(text(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThat(text(-0.0)).isEqualTo("-0.0");
        assertThat(text(0.0)).isEqualTo("0.0");
        assertThat(text(42)).isEqualTo("42.0");
        assertThat(text(1e7)).isEqualTo("1.0E7");
        assertThat(text(9999999.0)).isEqualTo("9999999.0");
        assertThat(text(0.001)).isEqualTo("0.001");
        assertThat(text(9.999999999999998E-4)).isEqualTo("9.999999999999998E-4");
        assertThat(text(0.1)).isEqualTo("0.1");
        assertThat(text(-6378137.0)).isEqualTo("-6378137.0");
        assertThat(text(123456.789)).isEqualTo("123456.789");
        assertThat(text(9007199254740993.0)).isEqualTo("9.007199254740992E15");
        assertThatThrownBy(() -> text(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> text(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithTheExactSpecification() {
        final SplittableRandom random = new SplittableRandom(42L);
        for (int i = 0; i < 25_000; i++) {
            final double value = sample(random, i);
            if (Double.isFinite(value)) {
                final String expected = DecimalReference.text(value);
                if (!text(value).equals(expected)) {
                    assertThat(text(value)).as("bits %x", Double.doubleToRawLongBits(value)).isEqualTo(expected);
                }
            }
        }
        for (int exponent = 0; exponent < 2047; exponent++) {
            for (final long fraction : new long[] {0, 1, 2, 3, (1L << 52) - 1, 1L << 51}) {
                final double value = Double.longBitsToDouble((long) exponent << 52 | fraction);
                assertThat(text(value)).as("bits %x", Double.doubleToRawLongBits(value))
                    .isEqualTo(DecimalReference.text(value));
            }
        }
    }

    @Test
    void readsBackAsTheSameDoubleBitForBitAndMatchesDoubleToStringFromJava19() {
        final boolean shortestDoubleToString = Runtime.version().feature() >= 19;
        final SplittableRandom random = new SplittableRandom(43L);
        for (int i = 0; i < 1_000_000; i++) {
            final double value = sample(random, i);
            if (Double.isFinite(value)) {
                final String text = text(value);
                if (Double.doubleToRawLongBits(Double.parseDouble(text)) != Double.doubleToRawLongBits(value)
                    || shortestDoubleToString && !text.equals(Double.toString(value))) {
                    assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
                    assertThat(text).isEqualTo(Double.toString(value));
                }
            }
        }
        for (long bits = 0; bits < 100_000; bits++) {
            final double value = Double.longBitsToDouble(bits);
            assertThat(Double.parseDouble(text(value))).isEqualTo(value);
        }
    }

    private static double sample(final SplittableRandom random, final int i) {
        switch (i % 4) {
            case 0:
                return Double.longBitsToDouble(random.nextLong());
            case 1:
                return random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            case 2:
                return Math.round(random.nextDouble() * 1e9) / Math.pow(10, random.nextInt(0, 12));
            default:
                return Double.parseDouble(random.nextInt(1, 1000) + "e" + random.nextInt(-324, 309));
        }
    }
}
