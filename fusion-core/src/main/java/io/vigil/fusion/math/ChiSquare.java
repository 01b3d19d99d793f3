package io.vigil.fusion.math;

/**
 * The chi-square distribution: its cumulative distribution function and quantiles, for
 * gates (the NIS threshold at a gate probability) and for consistency bounds (NEES and NIS
 * averages).
 *
 * <p>The CDF is the regularised lower incomplete gamma function P(k/2, x/2), evaluated by
 * its power series below a + 1 and by Lentz's continued fraction for the upper function
 * above (Press et al., "Numerical Recipes", 3rd ed., section 6.2), to about 1e-14 relative.
 * The quantile inverts it by Newton's method inside a bisection bracket. Deterministic
 * ({@link StrictMath}) and allocation-free; not for the per-plot path (a gate computes its
 * threshold once, at configuration).
 */
public final class ChiSquare {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 10_000;

    private ChiSquare() {
    }

    /**
     * The cumulative distribution function P(X &lt;= x) for X chi-square with k degrees of
     * freedom.
     *
     * @param x the value, >= 0 (negative values give 0)
     * @param degreesOfFreedom k, > 0
     * @return P(X &lt;= x) in [0, 1]
     */
    public static double cdf(final double x, final double degreesOfFreedom) {
        checkDegrees(degreesOfFreedom);
        if (!(x > 0.0)) {
            return 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        return regularisedLowerGamma(0.5 * degreesOfFreedom, 0.5 * x);
    }

    /**
     * The quantile: the x with P(X &lt;= x) = probability, for X chi-square with k degrees of
     * freedom. For example quantile(0.95, 3) = 7.8147.
     *
     * @param probability in (0, 1)
     * @param degreesOfFreedom k, > 0
     * @return the quantile, >= 0
     */
    public static double quantile(final double probability, final double degreesOfFreedom) {
        checkDegrees(degreesOfFreedom);
        if (!(probability > 0.0 && probability < 1.0)) {
            throw new IllegalArgumentException("probability must be in (0, 1), got " + probability);
        }
        double lo = 0.0;
        double hi = Math.max(1.0, degreesOfFreedom);
        while (cdf(hi, degreesOfFreedom) < probability) {
            lo = hi;
            hi *= 2.0;
        }
        // Wilson-Hilferty's normal approximation as the first guess.
        double x = wilsonHilferty(probability, degreesOfFreedom);
        if (!(x > lo && x < hi)) {
            x = 0.5 * (lo + hi);
        }
        for (int iteration = 0; iteration < 200; iteration++) {
            final double error = cdf(x, degreesOfFreedom) - probability;
            if (error < 0.0) {
                lo = x;
            } else {
                hi = x;
            }
            final double density = density(x, degreesOfFreedom);
            double next = density > 0.0 ? x - error / density : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-15 * x || hi - lo <= 1e-15 * hi) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** The probability density at x of chi-square with k degrees of freedom. */
    private static double density(final double x, final double k) {
        final double a = 0.5 * k;
        return StrictMath.exp((a - 1.0) * StrictMath.log(x) - 0.5 * x - a * StrictMath.log(2.0) - logGamma(a));
    }

    private static double wilsonHilferty(final double probability, final double k) {
        final double z = normalQuantile(probability);
        final double c = 2.0 / (9.0 * k);
        final double t = 1.0 - c + z * Math.sqrt(c);
        return k * t * t * t;
    }

    /** Acklam's rational approximation to the standard normal quantile (1e-9 relative). */
    private static double normalQuantile(final double p) {
        final double pLow = 0.02425;
        if (p < pLow) {
            final double q = Math.sqrt(-2.0 * StrictMath.log(p));
            return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1.0);
        }
        if (p > 1.0 - pLow) {
            return -normalQuantile(1.0 - p);
        }
        final double q = p - 0.5;
        final double r = q * q;
        return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
            + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
            / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
            + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1.0);
    }

    private static double regularisedLowerGamma(final double a, final double x) {
        if (x < a + 1.0) {
            // Series: P(a, x) = e^-x x^a / Gamma(a + 1) * sum x^n / ((a + 1) ... (a + n)).
            double term = 1.0 / a;
            double sum = term;
            for (int n = 1; n < MAX_TERMS; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                    break;
                }
            }
            return sum * StrictMath.exp(-x + a * StrictMath.log(x) - logGamma(a));
        }
        // Continued fraction for Q(a, x) by the modified Lentz method.
        double b = x + 1.0 - a;
        double c = 1.0 / TINY;
        double d = 1.0 / b;
        double fraction = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            final double an = -i * (i - a);
            b += 2.0;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            final double delta = d * c;
            fraction *= delta;
            if (Math.abs(delta - 1.0) < EPSILON) {
                break;
            }
        }
        return 1.0 - StrictMath.exp(-x + a * StrictMath.log(x) - logGamma(a)) * fraction;
    }

    /** ln Gamma(a) for a > 0 by the Lanczos approximation (g = 7, n = 9), 1e-15 relative. */
    static double logGamma(final double a) {
        if (a < 0.5) {
            // Reflection keeps the approximation in its accurate range.
            return StrictMath.log(Math.PI / Math.abs(StrictTrig.sin(Math.PI * a))) - logGamma(1.0 - a);
        }
        final double x = a - 1.0;
        double sum = 0.99999999999980993;
        sum += 676.5203681218851 / (x + 1.0);
        sum += -1259.1392167224028 / (x + 2.0);
        sum += 771.32342877765313 / (x + 3.0);
        sum += -176.61502916214059 / (x + 4.0);
        sum += 12.507343278686905 / (x + 5.0);
        sum += -0.13857109526572012 / (x + 6.0);
        sum += 9.9843695780195716e-6 / (x + 7.0);
        sum += 1.5056327351493116e-7 / (x + 8.0);
        final double t = x + 7.5;
        return 0.5 * StrictMath.log(2.0 * Math.PI) + (x + 0.5) * StrictMath.log(t) - t + StrictMath.log(sum);
    }

    private static void checkDegrees(final double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0.0 && Double.isFinite(degreesOfFreedom))) {
            throw new IllegalArgumentException("degrees of freedom must be finite and > 0, got " + degreesOfFreedom);
        }
    }
}
