package io.vigil.fusion.math;

/**
 * Sine and cosine with the results of {@link StrictMath#sin} and {@link StrictMath#cos}, bit
 * for bit, and without allocating.
 *
 * <p>Why: from JDK 21 on, {@code StrictMath.sin} and {@code cos} are Java ports of fdlibm
 * whose argument reduction creates a {@code double[2]} per call for |x| > pi/4 (32 bytes,
 * measured on Temurin 25), which escape analysis does not remove. Vigil's hot path must not
 * allocate and must stay bit-identical across JVMs, so it cannot use {@code Math.sin}
 * (platform-dependent within 1 ulp) either. This class is fdlibm 5.3's algorithm, the one
 * {@code StrictMath} is specified by: Cody-Waite reduction by pi/2 in up to three steps for
 * |x| up to 2^19 pi/2, then the kernel polynomials, with the reduced argument's two parts
 * kept in locals instead of an array. Beyond 2^19 pi/2 (about 8e5 rad) it defers to
 * {@code StrictMath}, which then allocates; no angle in the engine comes near that.
 *
 * <p>A test compares every result with {@code StrictMath} for equality of bits over
 * millions of arguments, on every JDK the build runs on.
 */
public final class StrictTrig {

    private static final double HALF = 0.5;
    private static final double INV_PIO2 = 6.36619772367581382433e-01;
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_1T = 6.07710050650619224932e-11;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_2T = 2.02226624879595063154e-21;
    private static final double PIO2_3 = 2.02226624871116645580e-21;
    private static final double PIO2_3T = 8.47842766036889956997e-32;

    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;

    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    /** High words of n pi / 2 for n = 1..32: reduction near them needs the careful path. */
    private static final int[] NPIO2_HIGH_WORD = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    private StrictTrig() {
    }

    /**
     * The sine of an angle, equal to {@link StrictMath#sin} bit for bit.
     *
     * @param x angle, radians
     * @return sin(x)
     */
    public static double sin(final double x) {
        final int ix = highWord(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelSin(x, 0.0, false);
        }
        if (ix > 0x413921fb) {
            return StrictMath.sin(x);
        }
        return reduced(x, 0);
    }

    /**
     * The cosine of an angle, equal to {@link StrictMath#cos} bit for bit.
     *
     * @param x angle, radians
     * @return cos(x)
     */
    public static double cos(final double x) {
        final int ix = highWord(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelCos(x, 0.0);
        }
        if (ix > 0x413921fb) {
            return StrictMath.cos(x);
        }
        return reduced(x, 1);
    }

    /**
     * sin(x + phase pi/2) for pi/4 < |x| <= 2^19 pi/2: x = n pi/2 + (y0 + y1) with the
     * reduced argument in two parts, then the kernel of quadrant n + phase.
     */
    private static double reduced(final double x, final int phase) {
        final int hx = highWord(x);
        final int ix = hx & 0x7fffffff;
        final int n;
        double y0;
        double y1;
        if (ix < 0x4002d97c) {
            // |x| < 3pi/4: n = +-1, with 33 + 53 bits of pi/2, or 33 + 33 + 53 next to pi/2.
            final double sign = hx > 0 ? 1.0 : -1.0;
            double z = x - sign * PIO2_1;
            if (ix != 0x3ff921fb) {
                y0 = z - sign * PIO2_1T;
                y1 = (z - y0) - sign * PIO2_1T;
            } else {
                z -= sign * PIO2_2;
                y0 = z - sign * PIO2_2T;
                y1 = (z - y0) - sign * PIO2_2T;
            }
            n = hx > 0 ? 1 : -1;
        } else {
            final double t = Math.abs(x);
            final int m = (int) (t * INV_PIO2 + HALF);
            final double fn = m;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T;
            if (m < 32 && ix != NPIO2_HIGH_WORD[m - 1]) {
                y0 = r - w;
            } else {
                // Cancellation possible: add the next 33 bits of pi/2 while bits were lost.
                final int j = ix >> 20;
                y0 = r - w;
                if (j - ((highWord(y0) >> 20) & 0x7ff) > 16) {
                    double u = r;
                    w = fn * PIO2_2;
                    r = u - w;
                    w = fn * PIO2_2T - ((u - r) - w);
                    y0 = r - w;
                    if (j - ((highWord(y0) >> 20) & 0x7ff) > 49) {
                        u = r;
                        w = fn * PIO2_3;
                        r = u - w;
                        w = fn * PIO2_3T - ((u - r) - w);
                        y0 = r - w;
                    }
                }
            }
            y1 = (r - y0) - w;
            if (hx < 0) {
                y0 = -y0;
                y1 = -y1;
                n = -m;
            } else {
                n = m;
            }
        }
        switch ((n + phase) & 3) {
            case 0:
                return kernelSin(y0, y1, true);
            case 1:
                return kernelCos(y0, y1);
            case 2:
                return -kernelSin(y0, y1, true);
            default:
                return -kernelCos(y0, y1);
        }
    }

    /** sin on [-pi/4, pi/4] of x + y, y a tail below half an ulp of x (used when hasTail). */
    private static double kernelSin(final double x, final double y, final boolean hasTail) {
        final int ix = highWord(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) {
            return x;
        }
        final double z = x * x;
        final double v = z * x;
        final double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (HALF * y - v * r) - y) - v * S1);
    }

    /** cos on [-pi/4, pi/4] of x + y, y a tail below half an ulp of x. */
    private static double kernelCos(final double x, final double y) {
        final int ix = highWord(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) {
            return 1.0;
        }
        final double z = x * x;
        final double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) {
            return 1.0 - (HALF * z - (z * r - x * y));
        }
        final double qx = ix > 0x3fe90000 ? 0.28125 : Double.longBitsToDouble((long) (ix - 0x00200000) << 32);
        final double hz = HALF * z - qx;
        final double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static int highWord(final double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }
}
