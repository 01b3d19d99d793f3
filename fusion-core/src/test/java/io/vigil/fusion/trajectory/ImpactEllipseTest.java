package io.vigil.fusion.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ImpactEllipse} against closed forms (a circular Gaussian, a line), against bounds
 * that hold for every Gaussian, and against seeded Monte Carlo samples: half of them must
 * fall inside the CEP50 circle and 95 % inside the 95 % ellipse as oriented by the class.
 */
class ImpactEllipseTest {

    private static final int SAMPLES = 200_000;
    /** sqrt(2 ln 2): the CEP50 of a circular Gaussian, in sigmas. */
    private static final double CIRCULAR_CEP = Math.sqrt(2.0 * Math.log(2.0));
    /** The median of |N(0, 1)|, computed here by quadrature of the normal density. */
    private static final double MEDIAN_ABS_NORMAL = medianOfAbsoluteNormal();

    @Test
    void theReferenceMedianOfAFoldedNormalIsTheTabulatedQuartile() {
        // The 75 % quantile of the standard normal, as tabulated: 0.6744897501960817.
        assertThat(MEDIAN_ABS_NORMAL).isCloseTo(0.67448975, within(1e-8));
    }

    @Test
    void aNewEllipseHasNoValue() {
        final ImpactEllipse ellipse = new ImpactEllipse();
        assertThat(ellipse.semiMajor95M()).isNaN();
        assertThat(ellipse.semiMinor95M()).isNaN();
        assertThat(ellipse.orientationRad()).isNaN();
        assertThat(ellipse.cep50M()).isNaN();
    }

    @Test
    void aCircularGaussianHasEqualSemiAxesAndTheRayleighCep() {
        final ImpactEllipse ellipse = new ImpactEllipse();
        final double chi2 = -2.0 * Math.log(0.05);
        final Measured.Worst worst = new Measured.Worst();
        for (final double sigma : new double[] {1e-3, 1.0, 250.0, 3e5}) {
            assertThat(ellipse.set(sigma * sigma, 0.0, sigma * sigma)).isTrue();
            assertThat(ellipse.semiMajor95M()).isCloseTo(Math.sqrt(chi2) * sigma, within(1e-12 * sigma));
            assertThat(ellipse.semiMinor95M()).isCloseTo(Math.sqrt(chi2) * sigma, within(1e-12 * sigma));
            assertThat(ellipse.cep50M()).isCloseTo(CIRCULAR_CEP * sigma, within(1e-9 * sigma));
            worst.of(ellipse.cep50M() / (CIRCULAR_CEP * sigma) - 1.0);
        }
        worst.report("CEP50 of a circular Gaussian vs sigma sqrt(2 ln 2), worst relative difference");
    }

    @Test
    void aLineHasTheMedianOfTheFoldedNormalAsCep() {
        final ImpactEllipse ellipse = new ImpactEllipse();
        final double sigma = 100.0;
        // East, north, and along the north-east diagonal (exactly singular in floating point).
        final double[][] lines = {
            {sigma * sigma, 0.0, 0.0},
            {0.0, 0.0, sigma * sigma},
            {0.5 * sigma * sigma, 0.5 * sigma * sigma, 0.5 * sigma * sigma},
        };
        for (final double[] c : lines) {
            assertThat(ellipse.set(c[0], c[1], c[2])).isTrue();
            assertThat(ellipse.semiMinor95M()).isZero();
            assertThat(ellipse.semiMajor95M()).isCloseTo(Math.sqrt(ImpactEllipse.CHI2_95_2D) * sigma, within(1e-9));
            assertThat(ellipse.cep50M()).isCloseTo(MEDIAN_ABS_NORMAL * sigma, within(1e-9 * sigma));
        }
    }

    @Test
    void cepLiesBetweenTheBoundsEveryGaussianObeys() {
        // The CEP circle lies inside the strip |x_major| <= R, so P(circle) <= P(|N| s1 <= R):
        // CEP >= 0.6745 s1. By Anderson's theorem a Gaussian with a smaller covariance puts
        // more mass in a centred disk: 1.1774 s2 <= CEP <= 1.1774 s1.
        final ImpactEllipse ellipse = new ImpactEllipse();
        final SplittableRandom random = new SplittableRandom(31L);
        for (final double ratio : new double[] {1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0, 50.0}) {
            for (int k = 0; k < 20; k++) {
                final double s1 = 10.0 + 1e4 * random.nextDouble();
                final double s2 = s1 / ratio;
                final double[] c = covariance(s1, s2, Math.toRadians(360.0 * random.nextDouble()));
                assertThat(ellipse.set(c[0], c[1], c[2])).isTrue();
                assertThat(ellipse.cep50M()).as("ratio %s", ratio)
                    .isGreaterThanOrEqualTo(MEDIAN_ABS_NORMAL * s1 * (1.0 - 1e-9))
                    .isGreaterThanOrEqualTo(CIRCULAR_CEP * s2 * (1.0 - 1e-9))
                    .isLessThanOrEqualTo(CIRCULAR_CEP * s1 * (1.0 + 1e-9));
            }
        }
    }

    @Test
    void elongatedRotatedGaussiansPutHalfTheSamplesInsideCepAnd95PercentInsideTheEllipse() {
        final ImpactEllipse ellipse = new ImpactEllipse();
        final SplittableRandom random = new SplittableRandom(20_260_101L);
        // sigma major, sigma minor (m), bearing of the major axis (deg clockwise from north).
        final double[][] cases = {
            {3_000.0, 600.0, 35.0},
            {800.0, 200.0, 120.0},
            {5_000.0, 250.0, 100.0},
            {4_000.0, 400.0, 0.0},
            {2_000.0, 1_500.0, 300.0},
            {6_000.0, 200.0, 250.0},
        };
        final Measured.Worst cepErrors = new Measured.Worst();
        final Measured.Worst ellipseErrors = new Measured.Worst();
        for (final double[] k : cases) {
            final double s1 = k[0];
            final double s2 = k[1];
            final double bearing = Math.toRadians(k[2]);
            final double[] c = covariance(s1, s2, bearing);
            assertThat(ellipse.set(c[0], c[1], c[2])).isTrue();
            final double cep = ellipse.cep50M();
            final double a = ellipse.semiMajor95M();
            final double b = ellipse.semiMinor95M();
            final double o = ellipse.orientationRad();
            int inCircle = 0;
            int inEllipse = 0;
            for (int i = 0; i < SAMPLES; i++) {
                final double major = s1 * random.nextGaussian();
                final double minor = s2 * random.nextGaussian();
                // Major axis along (sin bearing, cos bearing) in (east, north).
                final double east = major * Math.sin(bearing) + minor * Math.cos(bearing);
                final double north = major * Math.cos(bearing) - minor * Math.sin(bearing);
                if (east * east + north * north <= cep * cep) {
                    inCircle++;
                }
                // In the ellipse as the class reports it: its axes, turned by its orientation.
                final double u = east * Math.sin(o) + north * Math.cos(o);
                final double v = east * Math.cos(o) - north * Math.sin(o);
                if ((u / a) * (u / a) + (v / b) * (v / b) <= 1.0) {
                    inEllipse++;
                }
            }
            final double circleFraction = (double) inCircle / SAMPLES;
            final double ellipseFraction = (double) inEllipse / SAMPLES;
            final String name = String.format("%.0f x %.0f m at %.0f deg", s1, s2, k[2]);
            assertThat(cepErrors.of((circleFraction - 0.5) / Math.sqrt(0.25 / SAMPLES))).as(name + ": CEP")
                .isBetween(-4.0, 4.0);
            assertThat(ellipseErrors.of((ellipseFraction - 0.95) / Math.sqrt(0.95 * 0.05 / SAMPLES)))
                .as(name + ": 95 % ellipse").isBetween(-4.0, 4.0);
        }
        cepErrors.report("CEP50 circle vs Monte Carlo (200k samples), worst deviation of the fraction (binomial SE)");
        ellipseErrors.report("95 % ellipse vs Monte Carlo (200k samples), worst deviation of the fraction (binomial SE)");
    }

    @Test
    void orientationIsTheMajorAxisBearingClockwiseFromNorthInZeroToPi() {
        final ImpactEllipse ellipse = new ImpactEllipse();
        final double[] ne = covariance(3.0, 1.0, Math.toRadians(45.0));
        assertThat(ellipse.set(ne[0], ne[1], ne[2])).isTrue();
        assertThat(ellipse.orientationRad()).isCloseTo(Math.toRadians(45.0), within(1e-12));
        // Long east-west and long north-south, given directly.
        assertThat(ellipse.set(9.0, 0.0, 1.0)).isTrue();
        assertThat(ellipse.orientationRad()).isCloseTo(0.5 * Math.PI, within(1e-15));
        assertThat(ellipse.set(1.0, 0.0, 9.0)).isTrue();
        assertThat(ellipse.orientationRad()).isCloseTo(0.0, within(1e-15));
        // North-west: a negative correlation.
        assertThat(ellipse.set(5.0, -4.0, 5.0)).isTrue();
        assertThat(ellipse.orientationRad()).isCloseTo(Math.toRadians(135.0), within(1e-12));
        for (int degrees = 0; degrees < 360; degrees += 5) {
            if (degrees == 180) {
                // Rounding makes the correlation -1e-16 here, so the axis folds to the other end
                // of [0, pi): an orientation of 0 and of pi are the same axis.
                continue;
            }
            final double[] c = covariance(3.0, 1.0, Math.toRadians(degrees));
            assertThat(ellipse.set(c[0], c[1], c[2])).isTrue();
            final double o = ellipse.orientationRad();
            assertThat(o).as("%d deg", degrees).isGreaterThanOrEqualTo(0.0).isLessThan(Math.PI);
            // The same axis as the bearing, modulo a half turn.
            final double folded = Math.toRadians(degrees % 180);
            final double difference = Math.abs(o - folded);
            assertThat(Math.min(difference, Math.PI - difference)).as("%d deg", degrees).isLessThan(1e-12);
        }
    }

    @Test
    void orientationStaysBelowPiForATinyNegativeCorrelation() {
        final ImpactEllipse ellipse = new ImpactEllipse();
        // Long north-south with a correlation of -1e-20: the axis is north (0, or pi - 1e-21).
        assertThat(ellipse.set(1.0, -1e-20, 4.0)).isTrue();
        assertThat(ellipse.orientationRad()).isGreaterThanOrEqualTo(0.0).isLessThan(Math.PI);
        // The same from an ordinary computation: a bearing of 180 deg, where sin(pi) = 1.2e-16.
        final double[] south = covariance(3.0, 1.0, Math.PI);
        assertThat(ellipse.set(south[0], south[1], south[2])).isTrue();
        assertThat(ellipse.orientationRad()).isGreaterThanOrEqualTo(0.0).isLessThan(Math.PI);
    }

    @Test
    void veryElongatedGaussiansKeepTheirCepAboveTheLineLimitAndHoldHalfTheSamples() {
        final ImpactEllipse ellipse = new ImpactEllipse();
        final SplittableRandom random = new SplittableRandom(77L);
        final double s1 = 5_000.0;
        for (final double ratio : new double[] {100.0, 300.0, 1_000.0, 1e6}) {
            final double s2 = s1 / ratio;
            final double bearing = Math.toRadians(37.0);
            final double[] c = covariance(s1, s2, bearing);
            assertThat(ellipse.set(c[0], c[1], c[2])).isTrue();
            // The quadrature is exact to about 1e-8 (relative) at any ratio; the bound holds to that.
            assertThat(ellipse.cep50M()).as("ratio %s", ratio).isGreaterThanOrEqualTo(MEDIAN_ABS_NORMAL * s1 * (1.0 - 1e-7));
            int inside = 0;
            for (int i = 0; i < SAMPLES; i++) {
                final double major = s1 * random.nextGaussian();
                final double minor = s2 * random.nextGaussian();
                if (major * major + minor * minor <= ellipse.cep50M() * ellipse.cep50M()) {
                    inside++;
                }
            }
            assertThat(((double) inside / SAMPLES - 0.5) / Math.sqrt(0.25 / SAMPLES)).as("ratio %s", ratio)
                .isBetween(-4.0, 4.0);
        }
        // A line at 37 deg: its minor variance is rounding (about 5e-13 of the major), not 0.
        final double s = 100.0;
        final double sin = Math.sin(Math.toRadians(37.0));
        final double cos = Math.cos(Math.toRadians(37.0));
        assertThat(ellipse.set(s * s * sin * sin, s * s * sin * cos, s * s * cos * cos)).isTrue();
        assertThat(ellipse.cep50M()).isCloseTo(MEDIAN_ABS_NORMAL * s, within(1e-3 * s));
    }

    @Test
    void rejectsCovariancesThatAreNotPositiveSemiDefiniteOrNotFinite() {
        final ImpactEllipse ellipse = new ImpactEllipse();
        final double[][] bad = {
            {1.0, 2.0, 1.0},
            {-1.0, 0.0, 4.0},
            {4.0, 0.0, -1e-9},
            {-1.0, 0.0, -1.0},
            {Double.NaN, 0.0, 1.0},
            {1.0, Double.NaN, 1.0},
            {1.0, 0.0, Double.NaN},
            {Double.POSITIVE_INFINITY, 0.0, 1.0},
            {1.0, Double.POSITIVE_INFINITY, 1.0},
            {Double.POSITIVE_INFINITY, 0.0, Double.POSITIVE_INFINITY},
        };
        for (final double[] c : bad) {
            // A valid value first, so that a stale one would show.
            assertThat(ellipse.set(4.0, 1.0, 9.0)).isTrue();
            assertThat(ellipse.set(c[0], c[1], c[2])).as("%s", java.util.Arrays.toString(c)).isFalse();
            assertThat(ellipse.semiMajor95M()).isNaN();
            assertThat(ellipse.semiMinor95M()).isNaN();
            assertThat(ellipse.orientationRad()).isNaN();
            assertThat(ellipse.cep50M()).isNaN();
        }
    }

    /** The east/north covariance of sigmas s1 along a bearing (clockwise from north) and s2 across it. */
    static double[] covariance(final double s1, final double s2, final double bearingRad) {
        final double se = Math.sin(bearingRad);
        final double cn = Math.cos(bearingRad);
        final double v1 = s1 * s1;
        final double v2 = s2 * s2;
        return new double[] {v1 * se * se + v2 * cn * cn, (v1 - v2) * se * cn, v1 * cn * cn + v2 * se * se};
    }

    /** Solves integral from 0 to x of the normal density = 1/4 by bisection, Simpson's rule inside. */
    private static double medianOfAbsoluteNormal() {
        double lo = 0.0;
        double hi = 2.0;
        for (int k = 0; k < 60; k++) {
            final double mid = 0.5 * (lo + hi);
            if (normalMassFromZero(mid) < 0.25) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double normalMassFromZero(final double x) {
        final int intervals = 2_000;
        final double h = x / intervals;
        double sum = density(0.0) + density(x);
        for (int i = 1; i < intervals; i++) {
            sum += (i % 2 == 1 ? 4.0 : 2.0) * density(i * h);
        }
        return sum * h / 3.0;
    }

    private static double density(final double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2.0 * Math.PI);
    }
}
