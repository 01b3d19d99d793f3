package io.vigil.fusion.io;

import java.math.BigInteger;

/**
 * The text of a finite double in the files: the shortest decimal that reads back as the
 * same double, closest to it among the shortest, in {@code Double.toString}'s layout
 * ({@code 0.001} to {@code 9999999.0} plain with at least one fractional digit, otherwise
 * {@code 1.25E-5}, {@code 6.378137E7}). This is the text that {@code Double.toString}
 * specifies from Java 19 on; on Java 17 and 18 {@code Double.toString} sometimes gives a
 * longer text ({@code 1.9999999999999998E23} for {@code 2.0E23}), so this class computes it
 * itself, and a file written on any JVM has the same bytes.
 *
 * <p>The algorithm is R. Giulietti's Schubfach ("The Schubfach way to render doubles",
 * 2020): the double's rounding interval is scaled by a 126-bit approximation of a power of
 * ten, rounded to odd, and the shortest decimal is picked from at most four candidates. The
 * table of powers of ten is computed exactly at class initialisation.
 */
final class ShortestDecimal {

    /** Exponent of the least significant bit of the smallest subnormal double. */
    private static final int Q_MIN = -1074;
    /** The hidden bit: significands of normal doubles lie in [C_MIN, 2 C_MIN). */
    private static final long C_MIN = 1L << 52;
    /** Subnormal significands below this are rendered with one more digit (see class comment). */
    private static final long C_TINY = 3;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    /** Plain notation for decimal exponents in [-3, 7). */
    private static final int PLAIN_MIN_EXPONENT = -3;
    private static final int PLAIN_MAX_EXPONENT = 7;
    /** Pairs (high 63 bits, low 63 bits) of floor(10^e 2^(125 - floor(e log2 10))) + 1, e = -K_MAX .. -K_MIN. */
    private static final long[] POWERS = powers();

    private ShortestDecimal() {
    }

    /**
     * Appends the shortest text of a finite double.
     *
     * @param out receives the text
     * @param value a finite double (negative zero gives {@code -0.0})
     */
    static void appendTo(final StringBuilder out, final double value) {
        final long bits = Double.doubleToRawLongBits(value);
        if (bits < 0) {
            out.append('-');
        }
        final long fraction = bits & (C_MIN - 1);
        final int biasedExponent = (int) (bits >>> 52) & 0x7FF;
        if (biasedExponent == 0x7FF) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (biasedExponent != 0) {
            final int minusQ = -Q_MIN + 1 - biasedExponent;
            final long c = C_MIN | fraction;
            if (0 < minusQ && minusQ < 53) {
                // An integer below 2^53: its digits are the shortest decimal.
                final long f = c >> minusQ;
                if (f << minusQ == c) {
                    appendDigits(out, f, 0);
                    return;
                }
            }
            appendDecimal(out, -minusQ, c, 0);
        } else if (fraction != 0) {
            if (fraction < C_TINY) {
                appendDecimal(out, Q_MIN, 10 * fraction, -1);
            } else {
                appendDecimal(out, Q_MIN, fraction, 0);
            }
        } else {
            out.append("0.0");
        }
    }

    /**
     * Appends the shortest decimal of c 2^q, c &gt; 0, the digits found with one more
     * decimal place when dk = -1.
     */
    private static void appendDecimal(final StringBuilder out, final int q, final long c, final int dk) {
        final int odd = (int) c & 1;
        final long cb = c << 2;
        final long cbr = cb + 2;
        final long cbl;
        final int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            // At a power of two the gap below is half the gap above.
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        final int h = q + floorLog2Pow10(-k) + 2;
        final int index = 2 * (K_MAX - k);
        final long g1 = POWERS[index];
        final long g0 = POWERS[index + 1];
        final long vb = roundToOdd(g1, g0, cb << h);
        final long vbl = roundToOdd(g1, g0, cbl << h);
        final long vbr = roundToOdd(g1, g0, cbr << h);
        final long s = vb >> 2;
        if (s >= 100) {
            // One digit fewer: at most one multiple of ten lies in the interval.
            final long sp10 = s / 10 * 10;
            final long tp10 = sp10 + 10;
            final boolean lowerIn = vbl + odd <= sp10 << 2;
            final boolean upperIn = (tp10 << 2) + odd <= vbr;
            if (lowerIn != upperIn) {
                appendDigits(out, lowerIn ? sp10 : tp10, k + dk);
                return;
            }
        }
        final long t = s + 1;
        final boolean lowerIn = vbl + odd <= s << 2;
        final boolean upperIn = (t << 2) + odd <= vbr;
        if (lowerIn != upperIn) {
            appendDigits(out, lowerIn ? s : t, k + dk);
            return;
        }
        // Both in: the closer, the even one on a tie.
        final long cmp = vb - (s + t << 1);
        appendDigits(out, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk);
    }

    /** g cp / 2^127 for g = g1 2^63 + g0, rounded to odd (the low bit set if inexact). */
    private static long roundToOdd(final long g1, final long g0, final long cp) {
        final long x1 = Math.multiplyHigh(g0, cp);
        final long y0 = g1 * cp;
        final long y1 = Math.multiplyHigh(g1, cp);
        final long z = (y0 >>> 1) + x1;
        final long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** Appends f 10^e, f &gt; 0, in {@code Double.toString}'s layout. */
    private static void appendDigits(final StringBuilder out, final long f, final int e) {
        long digits = f;
        int exponent = e;
        while (digits % 10 == 0) {
            digits /= 10;
            exponent++;
        }
        final String text = Long.toString(digits);
        final int length = text.length();
        final int leading = length - 1 + exponent;
        if (leading >= 0 && leading < PLAIN_MAX_EXPONENT) {
            if (length <= leading + 1) {
                out.append(text);
                for (int i = length; i <= leading; i++) {
                    out.append('0');
                }
                out.append(".0");
            } else {
                out.append(text, 0, leading + 1).append('.').append(text, leading + 1, length);
            }
        } else if (leading < 0 && leading >= PLAIN_MIN_EXPONENT) {
            out.append("0.");
            for (int i = -1; i > leading; i--) {
                out.append('0');
            }
            out.append(text);
        } else {
            out.append(text.charAt(0)).append('.');
            if (length > 1) {
                out.append(text, 1, length);
            } else {
                out.append('0');
            }
            out.append('E').append(leading);
        }
    }

    /** floor(q log10 2), exact for |q| &lt;= 5456721. */
    private static int floorLog10Pow2(final int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 2^q)), exact for |q| &lt;= 5456721. */
    private static int floorLog10ThreeQuartersPow2(final int q) {
        return (int) (q * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(e log2 10), exact for |e| &lt;= 1838394. */
    private static int floorLog2Pow10(final int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    private static long[] powers() {
        final long[] table = new long[2 * (K_MAX - K_MIN + 1)];
        for (int e = -K_MAX; e <= -K_MIN; e++) {
            final int shift = 125 - floorLog2Pow10(e);
            BigInteger g;
            if (e >= 0) {
                final BigInteger power = BigInteger.TEN.pow(e);
                g = shift >= 0 ? power.shiftLeft(shift) : power.shiftRight(-shift);
            } else {
                g = BigInteger.ONE.shiftLeft(shift).divide(BigInteger.TEN.pow(-e));
            }
            g = g.add(BigInteger.ONE);
            if (g.bitLength() != 126) {
                throw new ExceptionInInitializerError("power of ten 10^" + e + " is not a 126-bit value");
            }
            final int index = 2 * (e + K_MAX);
            table[index] = g.shiftRight(63).longValueExact();
            table[index + 1] = g.longValue() & MASK_63;
        }
        return table;
    }
}
