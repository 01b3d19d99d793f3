package io.vigil.fusion.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CircleProbabilityTest {

    private static final CircleProbability PROBABILITY = new CircleProbability();

    @Test
    void centredCircularGaussianMatchesTheRayleighClosedForm() {
        final Measured.Worst worst = new Measured.Worst();
        // The last two variances have inexact square roots, with which rounding once made the
        // computed axis ratio of the round Gaussian a hair below 1, and the result NaN.
        for (final double variance : new double[] {1.0, 62_500.0, 16e6, 208_995.4284965435, 6.282056558768795e9}) {
            final double sigma = Math.sqrt(variance);
            for (final double ratio : new double[] {0.01, 0.3, 1.0, 1.7, 3.0, 5.0, 8.0}) {
                final double r = ratio * sigma;
                final double expected = -Math.expm1(-0.5 * r * r / variance);
                final double p = PROBABILITY.inside(1_000.0, -2_000.0, variance, 0.0, variance, 1_000.0, -2_000.0, r);
                assertThat(p).as("r/sigma %s", ratio).isCloseTo(expected, within(1e-9));
                worst.of(p - expected);
            }
        }
        worst.report("circle probability, centred circular Gaussian vs closed form, worst difference");
    }

    @Test
    void offsetCircularGaussianMatchesMarcumQ() {
        final Measured.Worst worst = new Measured.Worst();
        final double sigma = 300.0;
        for (final double offset : new double[] {0.0, 0.4, 1.0, 2.0, 3.0, 4.5}) {
            for (final double ratio : new double[] {0.2, 0.5, 1.0, 2.0, 3.0, 5.0}) {
                final double expected = 1.0 - marcumQ1(offset, ratio);
                // The mean on a ray at 30 degrees from the centre; offset == ratio puts it on the circle.
                final double p = PROBABILITY.inside(
                    offset * sigma * Math.cos(Math.PI / 6), offset * sigma * Math.sin(Math.PI / 6),
                    sigma * sigma, 0.0, sigma * sigma, 0.0, 0.0, ratio * sigma);
                assertThat(p).as("d/sigma %s r/sigma %s", offset, ratio).isCloseTo(expected, within(1e-9));
                worst.of(p - expected);
            }
        }
        worst.report("circle probability, offset circular Gaussian vs 1 - Marcum Q1, worst difference");
    }

    @Test
    void elongatedRotatedGaussiansMatchMonteCarlo() {
        final Measured.Worst difference = new Measured.Worst();
        final Measured.Worst standardErrors = new Measured.Worst();
        final SplittableRandom random = new SplittableRandom(20_240_611L);
        final double[][] covariances = {
            covariance(3_000.0, 600.0, Math.toRadians(35.0)),
            covariance(800.0, 200.0, Math.toRadians(-60.0)),
            covariance(5_000.0, 250.0, Math.toRadians(100.0)),
        };
        final double[] radii = {2_000.0, 1_000.0, 1_500.0};
        final double centreX = 10_000.0;
        final double centreY = -4_000.0;
        for (int k = 0; k < covariances.length; k++) {
            final double[] c = covariances[k];
            final double r = radii[k];
            final double[][] offsets = {
                {0.3 * r, -0.2 * r},
                {r * Math.cos(0.35), r * Math.sin(0.35)},
                {-0.9 * r, 0.95 * r},
                {2.2 * r, 1.3 * r},
            };
            for (final double[] offset : offsets) {
                final double mx = centreX + offset[0];
                final double my = centreY + offset[1];
                final double p = PROBABILITY.inside(mx, my, c[0], c[1], c[2], centreX, centreY, r);
                final int samples = 400_000;
                final double estimate =
                    monteCarlo(random, samples, mx, my, c[0], c[1], c[2], centreX, centreY, r);
                final double se = Math.sqrt(Math.max(p * (1.0 - p), 1e-6) / samples);
                assertThat(estimate).as("case %s offset %s %s (p = %s)", k, offset[0], offset[1], p)
                    .isCloseTo(p, within(4.0 * se + 1e-5));
                difference.of(estimate - p);
                standardErrors.of((estimate - p) / se);
            }
        }
        difference.report("circle probability vs Monte Carlo (400k samples), worst difference");
        standardErrors.report("circle probability vs Monte Carlo, worst difference in binomial standard errors");
    }

    @Test
    void elongatedGaussiansMatchAQuadratureOfTheDensityOverTheDisk() {
        final Measured.Worst worst = new Measured.Worst();
        final SplittableRandom random = new SplittableRandom(77L);
        final double r = 1_000.0;
        for (int trial = 0; trial < 24; trial++) {
            final double major = r * random.nextDouble(0.2, 3.0);
            final double[] c = covariance(major, major / random.nextDouble(1.0, 10.0), random.nextDouble(0.0, Math.PI));
            final double distance = r * random.nextDouble(0.0, 3.0);
            final double angle = random.nextDouble(0.0, 2.0 * Math.PI);
            final double mx = distance * Math.cos(angle);
            final double my = distance * Math.sin(angle);
            final double expected = diskQuadrature(mx, my, c[0], c[1], c[2], r, 800);
            final double p = PROBABILITY.inside(mx, my, c[0], c[1], c[2], 0.0, 0.0, r);
            assertThat(p).as("trial %s", trial).isCloseTo(expected, within(1e-8));
            worst.of(p - expected);
        }
        worst.report("circle probability vs quadrature of the density over the disk, worst difference");
    }

    @Test
    void defaultAngleCountIsAccurateAcrossShapesSizesAndPlaces() {
        // Against the same method with 8192 angles, converged to rounding: the quadrature
        // error of each angle count, for Gaussians from 1e-3 to 100 radii long, round to 100:1,
        // with the mean anywhere from the centre to well outside and close to the edge.
        final int[] counts = {128, CircleProbability.DEFAULT_ANGLES, 512};
        final CircleProbability[] rules = new CircleProbability[counts.length];
        for (int i = 0; i < counts.length; i++) {
            rules[i] = new CircleProbability(counts[i]);
        }
        final CircleProbability reference = new CircleProbability(8192);
        final double[] worst = new double[counts.length];
        final SplittableRandom random = new SplittableRandom(3L);
        final double r = 1_000.0;
        for (final double scale : new double[] {1e-3, 1e-2, 0.1, 0.3, 1.0, 3.0, 10.0, 100.0}) {
            for (final double ratio : new double[] {1.0, 3.0, 10.0, 30.0, 100.0}) {
                for (int trial = 0; trial < 150; trial++) {
                    final double major = r * scale * Math.exp(random.nextDouble(-1.0, 1.0));
                    final double[] c = covariance(major, major / ratio, random.nextDouble(0.0, Math.PI));
                    final double distance = switch (trial % 3) {
                        case 0 -> Math.max(0.0, r + major * random.nextDouble(-4.0, 4.0));
                        case 1 -> Math.max(0.0, r + major / ratio * random.nextDouble(-4.0, 4.0));
                        default -> random.nextDouble(0.0, 1.5 * r);
                    };
                    final double angle = random.nextDouble(0.0, 2.0 * Math.PI);
                    final double mx = distance * Math.cos(angle);
                    final double my = distance * Math.sin(angle);
                    final double expected = reference.inside(mx, my, c[0], c[1], c[2], 0.0, 0.0, r);
                    for (int i = 0; i < counts.length; i++) {
                        final double p = rules[i].inside(mx, my, c[0], c[1], c[2], 0.0, 0.0, r);
                        worst[i] = Math.max(worst[i], Math.abs(p - expected));
                    }
                }
            }
        }
        for (int i = 0; i < counts.length; i++) {
            Measured.report("circle probability, " + counts[i] + " angles, worst quadrature error", worst[i]);
        }
        assertThat(worst[1]).isLessThan(3e-6);
        // Half the default is noticeably worse, so the default is not wasted.
        assertThat(worst[0]).isGreaterThan(5.0 * worst[1]);
    }

    @Test
    void narrowGaussianIsZeroFarOutsideOneWellInsideAndHalfOnTheEdge() {
        final double r = 10_000.0;
        assertThat(PROBABILITY.inside(20_000.0, 5_000.0, 1.0, 0.3, 2.0, 0.0, 0.0, r)).isBetween(0.0, 1e-15);
        assertThat(PROBABILITY.inside(3_000.0, -2_000.0, 1.0, 0.3, 2.0, 0.0, 0.0, r)).isCloseTo(1.0, within(1e-15));
        // On the edge of a circle 1e4 sigma wide the boundary is nearly straight: half inside.
        final double p = PROBABILITY.inside(r * 0.6, r * 0.8, 1.0, 0.3, 2.0, 0.0, 0.0, r);
        assertThat(p).isCloseTo(0.5, within(1e-3));
    }

    @Test
    void unusableInputGivesNaNAndAPointCircleGivesZero() {
        // Not positive definite: singular, indefinite, negative or zero variance.
        assertThat(PROBABILITY.inside(0.0, 0.0, 4.0, 2.0, 1.0, 0.0, 0.0, 1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 1.0, 2.0, 1.0, 0.0, 0.0, 1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, -1.0, 0.0, 1.0, 0.0, 0.0, 1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0)).isNaN();
        // Non-finite anything, negative radius.
        assertThat(PROBABILITY.inside(Double.NaN, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 1.0, Double.NaN, 1.0, 0.0, 0.0, 1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 1.0, 0.0, Double.POSITIVE_INFINITY, 0.0, 0.0, 1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 1.0, 0.0, 1.0, Double.NEGATIVE_INFINITY, 0.0, 1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, Double.POSITIVE_INFINITY)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, -1.0)).isNaN();
        assertThat(PROBABILITY.inside(0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0)).isZero();
        assertThat(PROBABILITY.inside(5.0, 0.0, 1.0, 0.5, 1.0, 5.0, 0.0, 0.0)).isZero();
    }

    @Test
    void doesNotDependOnTheOrientationOfTheAxes() {
        final SplittableRandom random = new SplittableRandom(12L);
        for (int trial = 0; trial < 200; trial++) {
            final double major = random.nextDouble(50.0, 5_000.0);
            final double tilt = random.nextDouble(0.0, Math.PI);
            final double[] c = covariance(major, major / random.nextDouble(1.0, 20.0), tilt);
            final double mx = random.nextDouble(-3_000.0, 3_000.0);
            final double my = random.nextDouble(-3_000.0, 3_000.0);
            final double r = random.nextDouble(100.0, 3_000.0);
            final double p = PROBABILITY.inside(mx, my, c[0], c[1], c[2], 0.0, 0.0, r);
            final double turn = random.nextDouble(0.0, 2.0 * Math.PI);
            final double cos = Math.cos(turn);
            final double sin = Math.sin(turn);
            final double[] turned = new double[3];
            rotate(c, turn, turned);
            final double q = PROBABILITY.inside(
                cos * mx - sin * my, sin * mx + cos * my, turned[0], turned[1], turned[2], 0.0, 0.0, r);
            assertThat(q).as("trial %s", trial).isCloseTo(p, within(1e-9));
        }
    }

    @Test
    void rejectsAnOddOrTinyNumberOfAngles() {
        assertThatThrownBy(() -> new CircleProbability(255)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircleProbability(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CircleProbability(8).angles()).isEqualTo(8);
        assertThat(PROBABILITY.angles()).isEqualTo(CircleProbability.DEFAULT_ANGLES);
    }

    /** {cxx, cxy, cyy} of a Gaussian with the given standard deviations, major axis at tilt from x. */
    private static double[] covariance(final double major, final double minor, final double tilt) {
        final double[] out = {major * major, 0.0, minor * minor};
        final double[] turned = new double[3];
        rotate(out, tilt, turned);
        return turned;
    }

    /** R C R^T for a rotation R by angle. */
    private static void rotate(final double[] c, final double angle, final double[] out) {
        final double cos = Math.cos(angle);
        final double sin = Math.sin(angle);
        final double xx = c[0];
        final double xy = c[1];
        final double yy = c[2];
        out[0] = cos * cos * xx - 2.0 * cos * sin * xy + sin * sin * yy;
        out[1] = cos * sin * (xx - yy) + (cos * cos - sin * sin) * xy;
        out[2] = sin * sin * xx + 2.0 * cos * sin * xy + cos * cos * yy;
    }

    /** Fraction of Box-Muller samples of the Gaussian that land inside the circle. */
    private static double monteCarlo(
        final SplittableRandom random, final int samples, final double mx, final double my, final double cxx,
        final double cxy, final double cyy, final double centreX, final double centreY, final double r) {
        final double l11 = Math.sqrt(cxx);
        final double l21 = cxy / l11;
        final double l22 = Math.sqrt(cyy - l21 * l21);
        int hits = 0;
        for (int i = 0; i < samples; i++) {
            final double radius = Math.sqrt(-2.0 * Math.log(1.0 - random.nextDouble()));
            final double phase = 2.0 * Math.PI * random.nextDouble();
            final double z1 = radius * Math.cos(phase);
            final double z2 = radius * Math.sin(phase);
            final double x = mx + l11 * z1 - centreX;
            final double y = my + l21 * z1 + l22 * z2 - centreY;
            if (x * x + y * y <= r * r) {
                hits++;
            }
        }
        return (double) hits / samples;
    }

    /**
     * 1 - Q1(a, b) for Marcum's Q function: the Rice distribution's probability below b, the
     * integral of x exp(-(x^2 + a^2) / 2) I0(a x) over [0, b], by Simpson's rule on 20,000
     * intervals (the integrand is entire, so the rule is exact to rounding here).
     */
    private static double marcumQ1(final double a, final double b) {
        final int n = 20_000;
        final double h = b / n;
        double sum = 0.0;
        for (int i = 0; i <= n; i++) {
            final double x = i * h;
            final double weight = i == 0 || i == n ? 1.0 : i % 2 == 1 ? 4.0 : 2.0;
            sum += weight * x * Math.exp(-0.5 * (x * x + a * a)) * besselI0(a * x);
        }
        return 1.0 - sum * h / 3.0;
    }

    /** I0 by its power series, sum of (z^2 / 4)^k / (k!)^2: all terms positive, so no cancellation. */
    private static double besselI0(final double z) {
        final double quarter = 0.25 * z * z;
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; term > 1e-17 * sum; k++) {
            term *= quarter / ((double) k * k);
            sum += term;
        }
        return sum;
    }

    /**
     * The density integrated over the disk of radius r at the origin, in polar coordinates
     * about the disk's centre: Simpson's rule in the radius, the trapezoid rule in the angle.
     */
    private static double diskQuadrature(
        final double mx, final double my, final double cxx, final double cxy, final double cyy, final double r,
        final int n) {
        final double det = cxx * cyy - cxy * cxy;
        final double ixx = cyy / det;
        final double ixy = -cxy / det;
        final double iyy = cxx / det;
        final double h = r / n;
        final double[] cos = new double[n];
        final double[] sin = new double[n];
        for (int k = 0; k < n; k++) {
            cos[k] = Math.cos(2.0 * Math.PI * k / n);
            sin[k] = Math.sin(2.0 * Math.PI * k / n);
        }
        double total = 0.0;
        for (int i = 0; i <= n; i++) {
            final double s = i * h;
            final double weight = i == 0 || i == n ? 1.0 : i % 2 == 1 ? 4.0 : 2.0;
            double ring = 0.0;
            for (int k = 0; k < n; k++) {
                final double x = s * cos[k] - mx;
                final double y = s * sin[k] - my;
                ring += Math.exp(-0.5 * (ixx * x * x + 2.0 * ixy * x * y + iyy * y * y));
            }
            total += weight * s * ring * (2.0 * Math.PI / n);
        }
        return total * h / 3.0 / (2.0 * Math.PI * Math.sqrt(det));
    }
}
