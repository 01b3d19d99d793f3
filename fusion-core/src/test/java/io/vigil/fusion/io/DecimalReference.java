package io.vigil.fusion.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The specification of the shortest decimal text of a double, computed slowly and exactly
 * with {@link BigDecimal}: among the decimals that round to the double, those of minimal
 * length (length 1 or 2 when the minimum is 1), the one closest to the double, the even one
 * on a tie; laid out as {@code Double.toString} does. The oracle for {@link ShortestDecimal}.
 */
final class DecimalReference {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private DecimalReference() {
    }

    static String text(final double value) {
        if (value == 0) {
            return (Double.doubleToRawLongBits(value) < 0 ? "-" : "") + "0.0";
        }
        final double magnitude = Math.abs(value);
        final BigDecimal exact = new BigDecimal(magnitude);
        final BigDecimal below = new BigDecimal(Math.nextDown(magnitude));
        final BigDecimal lower = exact.add(below).divide(TWO);
        final BigDecimal upper = magnitude == Double.MAX_VALUE
            ? exact.add(exact.subtract(below).divide(TWO))
            : exact.add(new BigDecimal(Math.nextUp(magnitude))).divide(TWO);
        final boolean closed = (Double.doubleToRawLongBits(magnitude) & 1) == 0;
        for (int digits = 2; digits <= 17; digits++) {
            final BigDecimal down = exact.round(new MathContext(digits, RoundingMode.FLOOR));
            final BigDecimal up = exact.round(new MathContext(digits, RoundingMode.CEILING));
            final boolean downIn = inside(down, lower, upper, closed);
            final boolean upIn = inside(up, lower, upper, closed);
            if (downIn || upIn) {
                final BigDecimal chosen;
                if (downIn && upIn) {
                    final int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                    chosen = cmp < 0 ? down : cmp > 0 ? up : down.unscaledValue().testBit(0) ? up : down;
                } else {
                    chosen = downIn ? down : up;
                }
                return (value < 0 ? "-" : "") + layout(chosen);
            }
        }
        throw new AssertionError("no decimal of at most 17 digits for " + value);
    }

    private static boolean inside(final BigDecimal d, final BigDecimal lower, final BigDecimal upper,
        final boolean closed) {
        final int lo = d.compareTo(lower);
        final int hi = d.compareTo(upper);
        return closed ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
    }

    private static String layout(final BigDecimal decimal) {
        final BigDecimal d = decimal.stripTrailingZeros();
        final String digits = d.unscaledValue().toString();
        final int exponent = digits.length() - 1 - d.scale();
        if (exponent >= -3 && exponent < 7) {
            final String plain = d.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        return digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0") + "E" + exponent;
    }
}
