package io.vigil.fusion.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static io.vigil.fusion.motion.Trajectories.at;

import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.InertialReference;
import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SurfaceCrossing} against an independent truth: the crossing of a height by the
 * Dormand-Prince reference integrator ({@link InertialReference}, point mass + J2 in the
 * inertial frame, rotated to ECEF with {@link EarthRotation}), found by bisection in time.
 * The finder cuts its step to 1 ms, so its time may be off by up to a millisecond and its
 * point by up to a millisecond of flight; the model's own integration error is centimetres.
 */
class SurfaceCrossingTest {

    private static final long EPOCH = 1_780_000_000_000_000_000L;
    /** The finder's time tolerance, seconds (SurfaceCrossing cuts the step to 1 ms). */
    private static final double TIME_TOLERANCE_S = 1e-3;
    /** Allowance for the two integrators' disagreement (BallisticMotion: centimetres over 1,000 s). */
    private static final double INTEGRATION_M = 1.0;
    private static final InertialReference REFERENCE =
        new InertialReference(Wgs84.GM_M3_PER_S2, Wgs84.J2, Wgs84.SEMI_MAJOR_AXIS_M, 1e-13, 1e-9);

    /** A named initial ECEF state. */
    private record Flight(String name, double[] state) {
    }

    private static Flight[] descending() {
        return new Flight[] {
            // About 1,900 km and 11 minutes from a 250 km burnout.
            new Flight("4.5 km/s at 30 deg from 250 km", at(39.0, 126.0, 250e3, 90.0, 30.0, 4_500.0)),
            // Minimum-energy 10,000 km shot from a 200 km burnout: about half an hour.
            new Flight("minimum-energy 10,000 km", at(40.0, 60.0, 200e3, 30.0, 22.5, 7_085.0)),
            // Short range, starting low: every step is a 2 s step.
            new Flight("short range from 30 km", at(35.0, 45.0, 30e3, 120.0, 45.0, 2_300.0)),
            // Already descending, steeply, over the southern hemisphere.
            new Flight("descending at -40 deg from 400 km", at(-33.0, 151.0, 400e3, 250.0, -40.0, 6_000.0)),
        };
    }

    @Test
    void forwardCrossingOfHeightZeroMatchesTheReferenceIntegratorToAMillisecondOfFlight() {
        final SurfaceCrossing crossing = new SurfaceCrossing(6, SurfaceCrossing.DEFAULT_HORIZON_SECONDS);
        final BallisticMotion motion = new BallisticMotion(0.0);
        final Measured.Worst timeError = new Measured.Worst();
        final Measured.Worst pointError = new Measured.Worst();
        for (final Flight flight : descending()) {
            final double[] state = flight.state().clone();
            final double dt = crossing.cross(motion, state, null, false, 0.0);
            final double[] truth = referenceCrossing(flight.state(), 1.0, 0.0);
            final double speed = norm(truth[3], truth[4], truth[5]);
            assertThat(dt).as(flight.name()).isPositive();
            assertThat(Math.abs(timeError.of(dt - truth[6]))).as(flight.name() + ": time (s)")
                .isLessThan(TIME_TOLERANCE_S + INTEGRATION_M / speed);
            assertThat(pointError.of(distance(state, truth))).as(flight.name() + ": point (m)")
                .isLessThan(INTEGRATION_M + speed * TIME_TOLERANCE_S);
            // The state returned is at the surface, to a millisecond of vertical flight.
            assertThat(Math.abs(crossing.height(state))).as(flight.name() + ": height (m)")
                .isLessThan(INTEGRATION_M + speed * TIME_TOLERANCE_S);
        }
        timeError.report("surface crossing vs Dormand-Prince reference, worst impact time error (s)");
        pointError.report("surface crossing vs Dormand-Prince reference, worst impact point error (m)");
    }

    @Test
    void backwardCrossingFromMidcourseReturnsTheLaunchPointAndTime() {
        final SurfaceCrossing crossing = new SurfaceCrossing(6, SurfaceCrossing.DEFAULT_HORIZON_SECONDS);
        final BallisticMotion motion = new BallisticMotion(0.0);
        final Measured.Worst timeError = new Measured.Worst();
        final Measured.Worst pointError = new Measured.Worst();
        final double[][] launches = {
            at(39.0, 126.0, 0.0, 60.0, 40.0, 4_500.0),
            at(-10.0, -60.0, 0.0, 200.0, 55.0, 6_000.0),
            at(65.0, 20.0, 0.0, 330.0, 35.0, 3_500.0),
        };
        final double flownS = 200.0;
        for (final double[] launch : launches) {
            final double[] midcourse = referenceFlight(launch, flownS);
            assertThat(crossing.height(midcourse)).isGreaterThan(100e3);
            final double[] state = midcourse.clone();
            final double dt = crossing.cross(motion, state, null, true, 0.0);
            final double speed = norm(launch[3], launch[4], launch[5]);
            assertThat(Math.abs(timeError.of(dt + flownS))).isLessThan(TIME_TOLERANCE_S + INTEGRATION_M / speed);
            assertThat(pointError.of(distance(state, launch))).isLessThan(INTEGRATION_M + speed * TIME_TOLERANCE_S);
        }
        timeError.report("backward surface crossing, worst launch time error (s)");
        pointError.report("backward surface crossing, worst launch point error (m)");
    }

    @Test
    void aStateAtOrBelowTheSurfaceHasNoCrossing() {
        final SurfaceCrossing crossing = new SurfaceCrossing(6, SurfaceCrossing.DEFAULT_HORIZON_SECONDS);
        final BallisticMotion motion = new BallisticMotion(0.0);
        final double[] below = at(20.0, 30.0, -10.0, 0.0, -30.0, 2_000.0);
        assertThat(crossing.cross(motion, below.clone(), null, false, 0.0)).isNaN();
        assertThat(crossing.cross(motion, below.clone(), null, true, 0.0)).isNaN();
        // Above the ellipsoid but below the surface asked for.
        final double[] low = at(20.0, 30.0, 500.0, 0.0, -30.0, 2_000.0);
        assertThat(crossing.cross(motion, low.clone(), null, false, 1_000.0)).isNaN();
        // The same state does cross height 0, within a second.
        assertThat(crossing.cross(motion, low.clone(), null, false, 0.0)).isBetween(0.0, 1.0);
    }

    @Test
    void anEscapingOrOrbitingStateHasNoCrossing() {
        final SurfaceCrossing crossing = new SurfaceCrossing(6, SurfaceCrossing.DEFAULT_HORIZON_SECONDS);
        final BallisticMotion motion = new BallisticMotion(0.0);
        // 12 km/s straight up from 500 km: above the escape speed (10.8 km/s there).
        assertThat(crossing.cross(motion, at(10.0, 20.0, 500e3, 0.0, 90.0, 12_000.0), null, false, 0.0)).isNaN();
        // A circular orbit at 400 km never comes down, forwards or backwards.
        final double[] orbit = at(0.0, 0.0, 400e3, 45.0, 0.0, 7_669.0);
        assertThat(crossing.cross(motion, orbit.clone(), null, false, 0.0)).isNaN();
        assertThat(crossing.cross(motion, orbit.clone(), null, true, 0.0)).isNaN();
    }

    @Test
    void aFallLongerThanTheHorizonHasNoCrossing() {
        final BallisticMotion motion = new BallisticMotion(0.0);
        // At the apogee of a 1,000 km lofted arc: the fall takes several minutes.
        final double[] apogee = at(30.0, -100.0, 1_000e3, 90.0, 0.0, 3_000.0);
        assertThat(new SurfaceCrossing(6, 100.0).cross(motion, apogee.clone(), null, false, 0.0)).isNaN();
        final double fall = new SurfaceCrossing(6, SurfaceCrossing.DEFAULT_HORIZON_SECONDS)
            .cross(motion, apogee.clone(), null, false, 0.0);
        assertThat(fall).isGreaterThan(100.0);
        Measured.report("fall from a 1,000 km apogee at 3 km/s (s)", fall);
    }

    @Test
    void rejectsADimensionBelowSixAndABadHorizon() {
        assertThatThrownBy(() -> new SurfaceCrossing(5, 100.0)).isInstanceOf(IllegalArgumentException.class);
        for (final double horizon : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new SurfaceCrossing(6, horizon)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void carriedCovarianceIsPhiPPhiTransposeWithoutProcessNoise() {
        final SurfaceCrossing crossing = new SurfaceCrossing(6, SurfaceCrossing.DEFAULT_HORIZON_SECONDS);
        final double[] start = descending()[0].state();
        final double[] p = randomCovariance(new SplittableRandom(4_711L), new double[] {100, 100, 100, 1, 1, 1});
        final double[] state = start.clone();
        final double[] covariance = p.clone();
        // The model carries process noise; the crossing must leave it out (class comment).
        final double dt = crossing.cross(new BallisticMotion(1.0), state, covariance, false, 0.0);
        assertThat(dt).isGreaterThan(100.0);
        // Phi by central differences of the noise-free flight over the same dt.
        final BallisticMotion exact = new BallisticMotion(0.0);
        final double[] phi = new double[36];
        final double[] steps = {1.0, 1.0, 1.0, 1e-3, 1e-3, 1e-3};
        for (int j = 0; j < 6; j++) {
            final double[] plus = start.clone();
            final double[] minus = start.clone();
            plus[j] += steps[j];
            minus[j] -= steps[j];
            exact.propagate(plus, dt, null);
            exact.propagate(minus, dt, null);
            for (int i = 0; i < 6; i++) {
                phi[i * 6 + j] = (plus[i] - minus[i]) / (2.0 * steps[j]);
            }
        }
        final double[] expected = sandwich(phi, p);
        double worst = 0.0;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertThat(covariance[i * 6 + j]).as("symmetric (%d, %d)", i, j).isEqualTo(covariance[j * 6 + i]);
                final double scale = Math.sqrt(expected[i * 6 + i] * expected[j * 6 + j]);
                worst = Math.max(worst, Math.abs(covariance[i * 6 + j] - expected[i * 6 + j]) / scale);
            }
        }
        Measured.report("crossing covariance vs finite-difference Phi P Phi^T, worst difference / sigma_i sigma_j",
            worst);
        // A process noise of q = 1 m^2/s^3 over the flight would add several km of sigma.
        assertThat(worst).isLessThan(1e-5);
        assertThat(choleskyPositive(covariance, 6)).isTrue();
    }

    @Test
    void aHigherSurfaceIsCrossedEarlierByItsHeightOverTheVerticalSpeed() {
        final SurfaceCrossing crossing = new SurfaceCrossing(6, SurfaceCrossing.DEFAULT_HORIZON_SECONDS);
        final BallisticMotion motion = new BallisticMotion(0.0);
        final double surface = 1_000.0;
        final Measured.Worst worst = new Measured.Worst();
        for (final Flight flight : descending()) {
            final double[] atZero = flight.state().clone();
            final double[] atSurface = flight.state().clone();
            final double dtZero = crossing.cross(motion, atZero, null, false, 0.0);
            final double dtSurface = crossing.cross(motion, atSurface, null, false, surface);
            // The geodetic height changes at v . up; over 1,000 m the vertical speed changes by
            // g times a fraction of a second, so the mean of its two ends is exact to well
            // below a millisecond.
            final double meanDescent = 0.5 * (descentRate(atZero) + descentRate(atSurface));
            final double expected = surface / meanDescent;
            assertThat(Math.abs(worst.of(dtZero - dtSurface - expected))).as(flight.name())
                .isLessThan(2.0 * TIME_TOLERANCE_S);
            assertThat(crossing.height(atSurface)).as(flight.name())
                .isCloseTo(surface, within(meanDescent * TIME_TOLERANCE_S));
            // And against the reference integrator's crossing of 1,000 m.
            final double[] truth = referenceCrossing(flight.state(), 1.0, surface);
            final double speed = norm(truth[3], truth[4], truth[5]);
            assertThat(Math.abs(dtSurface - truth[6])).as(flight.name())
                .isLessThan(TIME_TOLERANCE_S + INTEGRATION_M / speed);
            assertThat(distance(atSurface, truth)).isLessThan(INTEGRATION_M + speed * TIME_TOLERANCE_S);
        }
        worst.report("crossing 1,000 m vs 0 m: time difference minus 1,000 m / vertical speed, worst (s)");
    }

    /** The rate of descent, m/s (positive when coming down): minus the velocity along the local vertical. */
    private static double descentRate(final double[] state) {
        final LocalFrame frame = new LocalFrame().atEcef(state[0], state[1], state[2]);
        final double[] enu = new double[3];
        frame.ecefVectorToEnu(state[3], state[4], state[5], enu);
        return -enu[2];
    }

    /** The reference flight of an ECEF state over a duration, as an ECEF state. */
    static double[] referenceFlight(final double[] ecef, final double durationS) {
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final double[] eci = new double[6];
        rotation.stateToEci(EPOCH, ecef, eci);
        final double[] result = new double[6];
        rotation.stateToEcef(EPOCH + Math.round(durationS * 1e9), REFERENCE.propagate(eci, durationS), result);
        return result;
    }

    /**
     * Where and when the reference flight of an ECEF state first crosses a height, forwards
     * (direction 1) or backwards (-1): 5 s steps to bracket it, then bisection to 1e-9 s.
     *
     * @return the ECEF state at the crossing, then the signed time to it, seconds
     */
    static double[] referenceCrossing(final double[] ecef, final double direction, final double heightM) {
        final EarthRotation rotation = new EarthRotation(EPOCH);
        final double[] eci = new double[6];
        rotation.stateToEci(EPOCH, ecef, eci);
        final double step = 5.0 * direction;
        double[] before = eci;
        double t = 0.0;
        while (true) {
            final double[] after = REFERENCE.propagate(before, step);
            if (referenceHeight(rotation, after, t + step) <= heightM) {
                break;
            }
            before = after;
            t += step;
            if (Math.abs(t) > 4.0 * 3600.0) {
                throw new IllegalStateException("the reference flight does not cross " + heightM + " m");
            }
        }
        double lo = 0.0;
        double hi = 1.0;
        while (hi - lo > 1e-9) {
            final double mid = 0.5 * (lo + hi);
            if (referenceHeight(rotation, REFERENCE.propagate(before, mid * step), t + mid * step) > heightM) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        final double time = t + hi * step;
        final double[] result = new double[7];
        rotation.stateToEcef(EPOCH + Math.round(time * 1e9), REFERENCE.propagate(before, hi * step), result);
        result[6] = time;
        return result;
    }

    private static double referenceHeight(final EarthRotation rotation, final double[] eci, final double t) {
        final double[] ecef = new double[6];
        rotation.stateToEcef(EPOCH + Math.round(t * 1e9), eci, ecef);
        final double[] geodetic = new double[3];
        Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], geodetic);
        return geodetic[Geodetic.HEIGHT];
    }

    /** A random covariance S (B B^T / n + I / 10) S with the scales S on the diagonal. */
    static double[] randomCovariance(final SplittableRandom random, final double[] scales) {
        final int n = scales.length;
        final double[] b = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            b[i] = random.nextGaussian();
        }
        final double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = i == j ? 0.1 : 0.0;
                for (int k = 0; k < n; k++) {
                    sum += b[i * n + k] * b[j * n + k] / n;
                }
                p[i * n + j] = scales[i] * sum * scales[j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                p[i * n + j] = p[j * n + i];
            }
        }
        return p;
    }

    /** F P F^T, plainly. */
    private static double[] sandwich(final double[] f, final double[] p) {
        final int n = 6;
        final double[] fp = new double[n * n];
        final double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    fp[i * n + j] += f[i * n + k] * p[k * n + j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    out[i * n + j] += fp[i * n + k] * f[j * n + k];
                }
            }
        }
        return out;
    }

    /** Whether a symmetric matrix has a Cholesky factor with positive pivots. */
    static boolean choleskyPositive(final double[] a, final int n) {
        return !Double.isNaN(DenseKernels.cholesky(a, new double[n * n], n));
    }

    static double distance(final double[] a, final double[] b) {
        return norm(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    }

    static double norm(final double x, final double y, final double z) {
        return Math.sqrt(x * x + y * y + z * z);
    }
}
