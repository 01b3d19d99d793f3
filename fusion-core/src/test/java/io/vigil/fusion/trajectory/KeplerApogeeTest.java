package io.vigil.fusion.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.testing.Measured;
import org.junit.jupiter.api.Test;

class KeplerApogeeTest {

    private static final double GM = Wgs84.GM_M3_PER_S2;
    private static final double OMEGA = Wgs84.ANGULAR_VELOCITY_RAD_PER_S;
    private static final double STEP_S = 0.1;

    @Test
    void apogeeOverThePoleIsItsRadiusLessTheSemiMinorAxis() {
        final Measured.Worst worst = new Measured.Worst();
        final double apogeeRadius = Wgs84.SEMI_MAJOR_AXIS_M + 1_200e3;
        for (final double longitudeDeg : new double[] {0.0, 37.0, 160.0, -100.0}) {
            final double lon = Math.toRadians(longitudeDeg);
            final double[] across = {Math.cos(lon), Math.sin(lon), 0.0};
            for (final double trueAnomalyDeg : new double[] {100.0, 150.0, 179.0, 181.0, 230.0}) {
                final double[] ecef = ecefStateOnEllipse(
                    5_000e3, apogeeRadius, new double[] {0.0, 0.0, -1.0}, across, Math.toRadians(trueAnomalyDeg));
                final double height = KeplerApogee.heightM(ecef[0], ecef[1], ecef[2], ecef[3], ecef[4], ecef[5],
                    new double[3]);
                assertThat(height).isCloseTo(apogeeRadius - Wgs84.SEMI_MINOR_AXIS_M, within(1e-3));
                worst.of(height - (apogeeRadius - Wgs84.SEMI_MINOR_AXIS_M));
            }
        }
        worst.report("Kepler apogee over the pole vs r_a - b, worst difference (m)");
    }

    @Test
    void apogeeOverTheEquatorIsItsRadiusLessTheSemiMajorAxis() {
        final Measured.Worst worst = new Measured.Worst();
        final double apogeeRadius = Wgs84.SEMI_MAJOR_AXIS_M + 900e3;
        for (final double longitudeDeg : new double[] {0.0, 80.0, -135.0}) {
            final double lon = Math.toRadians(longitudeDeg);
            final double[] perigee = {-Math.cos(lon), -Math.sin(lon), 0.0};
            // In the equatorial plane, then in a polar plane through the same apogee.
            final double[][] acrosses = {{-Math.sin(lon), Math.cos(lon), 0.0}, {0.0, 0.0, 1.0}};
            for (final double[] across : acrosses) {
                for (final double trueAnomalyDeg : new double[] {120.0, 170.0, 200.0, 260.0}) {
                    final double[] ecef = ecefStateOnEllipse(
                        3_000e3, apogeeRadius, perigee, across, Math.toRadians(trueAnomalyDeg));
                    final double height = KeplerApogee.heightM(
                        ecef[0], ecef[1], ecef[2], ecef[3], ecef[4], ecef[5], new double[3]);
                    assertThat(height).isCloseTo(apogeeRadius - Wgs84.SEMI_MAJOR_AXIS_M, within(1e-3));
                    worst.of(height - (apogeeRadius - Wgs84.SEMI_MAJOR_AXIS_M));
                }
            }
        }
        worst.report("Kepler apogee over the equator vs r_a - a, worst difference (m)");
    }

    @Test
    void matchesANumericallyIntegratedTwoBodyArc() {
        final Measured.Worst worst = new Measured.Worst();
        for (final double speed : new double[] {3_000.0, 5_000.0}) {
            final double[] ecef = launch(40.0, 125.0, speed, 45.0, 60.0);
            final double kepler =
                KeplerApogee.heightM(ecef[0], ecef[1], ecef[2], ecef[3], ecef[4], ecef[5], new double[3]);
            final double integrated = integratedApogee(toInertial(ecef), false).heightM;
            // RK4 at 0.1 s is exact to micrometres here; 1 cm leaves room for the apogee interpolation.
            assertThat(kepler).isCloseTo(integrated, within(0.01));
            worst.of(kepler - integrated);
        }
        worst.report("Kepler apogee vs RK4 two-body integration (0.1 s), worst difference (m)");
    }

    @Test
    void measuresWhatOblatenessAndTheEllipsoidChange() {
        // Not an accuracy requirement: documents the size of what the closed form leaves out.
        final double[] oblateness = new double[2];
        final double[] highestPoint = new double[2];
        final double[] speeds = {3_000.0, 5_000.0};
        for (int i = 0; i < speeds.length; i++) {
            final double[] ecef = launch(40.0, 125.0, speeds[i], 45.0, 60.0);
            final double kepler =
                KeplerApogee.heightM(ecef[0], ecef[1], ecef[2], ecef[3], ecef[4], ecef[5], new double[3]);
            final Apogee withJ2 = integratedApogee(toInertial(ecef), true);
            oblateness[i] = kepler - withJ2.heightM;
            highestPoint[i] = integratedApogee(toInertial(ecef), false).greatestHeightM - kepler;
        }
        Measured.report("Kepler apogee minus J2-integrated apogee, 3 km/s at 45 deg (m)", oblateness[0]);
        Measured.report("Kepler apogee minus J2-integrated apogee, 5 km/s at 45 deg (m)", oblateness[1]);
        Measured.report("greatest height on the arc minus height of apogee, 3 km/s (m)", highestPoint[0]);
        Measured.report("greatest height on the arc minus height of apogee, 5 km/s (m)", highestPoint[1]);
        assertThat(Math.abs(oblateness[0])).isLessThan(Math.abs(oblateness[1])).isLessThan(3_000.0);
        assertThat(highestPoint[0]).isBetween(0.0, 20.0);
        assertThat(highestPoint[1]).isBetween(0.0, 20.0);
    }

    @Test
    void descendingStateGivesTheSameApogeeAsAscendingState() {
        final double[] ecef = launch(40.0, 125.0, 3_000.0, 45.0, 60.0);
        final double ascending =
            KeplerApogee.heightM(ecef[0], ecef[1], ecef[2], ecef[3], ecef[4], ecef[5], new double[3]);
        final double[] state = toInertial(ecef);
        final Measured.Worst worst = new Measured.Worst();
        // The arc peaks after about 250 s and lands after about 500 s.
        double t = 0.0;
        for (final double later : new double[] {100.0, 250.0, 350.0, 420.0}) {
            while (t < later - 1e-9) {
                rk4(state, false);
                t += STEP_S;
            }
            final double[] now = toEcef(state, t);
            final double descending = KeplerApogee.heightM(now[0], now[1], now[2], now[3], now[4], now[5],
                new double[3]);
            assertThat(descending).isCloseTo(ascending, within(0.01));
            worst.of(descending - ascending);
        }
        assertThat(radialVelocity(state)).as("the last state descends").isNegative();
        worst.report("Kepler apogee from later states on the arc vs from the launch state (m)");
    }

    @Test
    void unboundStateHasNoApogee() {
        final double[] position = new double[3];
        Geodetic.toEcef(Math.toRadians(20.0), Math.toRadians(-40.0), 300e3, position);
        final double r = Math.sqrt(dot(position, position));
        final double escape = Math.sqrt(2.0 * GM / r);
        for (final double factor : new double[] {1.0 + 1e-9, 1.01, 3.0}) {
            // Straight up in inertial space, at or above escape speed.
            final double speed = escape * factor;
            final double[] inertial = {
                position[0], position[1], position[2],
                speed * position[0] / r, speed * position[1] / r, speed * position[2] / r,
            };
            final double[] ecef = toEcef(inertial, 0.0);
            assertThat(KeplerApogee.heightM(ecef[0], ecef[1], ecef[2], ecef[3], ecef[4], ecef[5], new double[3]))
                .isEqualTo(Double.POSITIVE_INFINITY);
        }
    }

    @Test
    void circularOrbitHasItsApogeeAtItsOwnHeight() {
        final double r = Wgs84.SEMI_MAJOR_AXIS_M + 500e3;
        final double speed = Math.sqrt(GM / r);
        final double[] ecef = toEcef(new double[] {r, 0.0, 0.0, 0.0, speed, 0.0}, 0.0);
        final double[] work = new double[3];
        assertThat(KeplerApogee.heightM(ecef[0], ecef[1], ecef[2], ecef[3], ecef[4], ecef[5], work))
            .isCloseTo(500e3, within(1e-3));
        assertThat(work[Geodetic.LATITUDE]).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void unusableInputGivesNaN() {
        final double[] work = new double[3];
        assertThat(KeplerApogee.heightM(0.0, 0.0, 0.0, 1.0, 2.0, 3.0, work)).isNaN();
        assertThat(KeplerApogee.heightM(Double.NaN, 6.4e6, 0.0, 1.0, 2.0, 3.0, work)).isNaN();
        assertThat(KeplerApogee.heightM(6.4e6, 0.0, 0.0, 1.0, Double.POSITIVE_INFINITY, 3.0, work)).isNaN();
    }

    /**
     * An ECEF state on an ellipse with the given perigee and apogee radii, at a true anomaly
     * (0 at perigee), built in the inertial frame that coincides with ECEF at the instant.
     */
    private static double[] ecefStateOnEllipse(
        final double perigeeRadius, final double apogeeRadius, final double[] perigee, final double[] across,
        final double trueAnomaly) {
        final double a = 0.5 * (perigeeRadius + apogeeRadius);
        final double e = (apogeeRadius - perigeeRadius) / (apogeeRadius + perigeeRadius);
        final double p = a * (1.0 - e * e);
        final double r = p / (1.0 + e * Math.cos(trueAnomaly));
        final double speedScale = Math.sqrt(GM / p);
        final double[] inertial = new double[6];
        for (int i = 0; i < 3; i++) {
            inertial[i] = r * (Math.cos(trueAnomaly) * perigee[i] + Math.sin(trueAnomaly) * across[i]);
            inertial[3 + i] =
                speedScale * (-Math.sin(trueAnomaly) * perigee[i] + (e + Math.cos(trueAnomaly)) * across[i]);
        }
        return toEcef(inertial, 0.0);
    }

    /** ECEF state of a launch from the surface: speed relative to the Earth, elevation, azimuth. */
    private static double[] launch(
        final double latDeg, final double lonDeg, final double speed, final double elevationDeg,
        final double azimuthDeg) {
        final double lat = Math.toRadians(latDeg);
        final double lon = Math.toRadians(lonDeg);
        final double[] state = new double[6];
        Geodetic.toEcef(lat, lon, 0.0, state);
        final double[] east = {-Math.sin(lon), Math.cos(lon), 0.0};
        final double[] north = {-Math.sin(lat) * Math.cos(lon), -Math.sin(lat) * Math.sin(lon), Math.cos(lat)};
        final double[] up = {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
        final double horizontal = speed * Math.cos(Math.toRadians(elevationDeg));
        final double vertical = speed * Math.sin(Math.toRadians(elevationDeg));
        final double az = Math.toRadians(azimuthDeg);
        for (int i = 0; i < 3; i++) {
            state[3 + i] = horizontal * (Math.sin(az) * east[i] + Math.cos(az) * north[i]) + vertical * up[i];
        }
        return state;
    }

    /** ECEF to the inertial frame that coincides with ECEF at t = 0: v_i = v_e + omega x r. */
    private static double[] toInertial(final double[] ecef) {
        return new double[] {
            ecef[0], ecef[1], ecef[2], ecef[3] - OMEGA * ecef[1], ecef[4] + OMEGA * ecef[0], ecef[5],
        };
    }

    /** Inertial state at time t (s) to ECEF: rotate by -omega t, then v_e = v_i' - omega x r_e. */
    private static double[] toEcef(final double[] inertial, final double t) {
        final double c = Math.cos(OMEGA * t);
        final double s = Math.sin(OMEGA * t);
        final double x = c * inertial[0] + s * inertial[1];
        final double y = -s * inertial[0] + c * inertial[1];
        final double vx = c * inertial[3] + s * inertial[4];
        final double vy = -s * inertial[3] + c * inertial[4];
        return new double[] {x, y, inertial[2], vx + OMEGA * y, vy - OMEGA * x, inertial[5]};
    }

    private record Apogee(double heightM, double greatestHeightM) {
    }

    /**
     * Integrates until the radius has passed its maximum; the apogee is located between the
     * samples by a parabola through the three around the largest radius.
     */
    private static Apogee integratedApogee(final double[] inertial, final boolean j2) {
        final double[] state = inertial.clone();
        final double[] geodetic = new double[3];
        double[] before = state.clone();
        double[] best = state.clone();
        double greatestHeight = Double.NEGATIVE_INFINITY;
        while (true) {
            rk4(state, j2);
            Geodetic.fromEcef(state[0], state[1], state[2], geodetic);
            greatestHeight = Math.max(greatestHeight, geodetic[Geodetic.HEIGHT]);
            if (radius(state) < radius(best)) {
                break;
            }
            before = best;
            best = state.clone();
        }
        // Continue a little so the greatest height, slightly off the apogee, is also seen.
        for (int i = 0; i < 600; i++) {
            rk4(state, j2);
            Geodetic.fromEcef(state[0], state[1], state[2], geodetic);
            greatestHeight = Math.max(greatestHeight, geodetic[Geodetic.HEIGHT]);
        }
        final double[] after = best.clone();
        rk4(after, j2);
        final double r0 = radius(before);
        final double r1 = radius(best);
        final double r2 = radius(after);
        final double tau = 0.5 * (r0 - r2) / (r0 - 2.0 * r1 + r2);
        final double[] apogee = new double[3];
        for (int i = 0; i < 3; i++) {
            // Quadratic Lagrange interpolation at tau in [-1, 1] (in steps) around best.
            apogee[i] = best[i] + 0.5 * tau * (after[i] - before[i])
                + 0.5 * tau * tau * (after[i] - 2.0 * best[i] + before[i]);
        }
        Geodetic.fromEcef(apogee[0], apogee[1], apogee[2], geodetic);
        return new Apogee(geodetic[Geodetic.HEIGHT], greatestHeight);
    }

    private static void rk4(final double[] s, final boolean j2) {
        final double[] k1 = derivative(s, j2);
        final double[] k2 = derivative(offset(s, k1, 0.5 * STEP_S), j2);
        final double[] k3 = derivative(offset(s, k2, 0.5 * STEP_S), j2);
        final double[] k4 = derivative(offset(s, k3, STEP_S), j2);
        for (int i = 0; i < 6; i++) {
            s[i] += STEP_S / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
        }
    }

    private static double[] offset(final double[] s, final double[] k, final double h) {
        final double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = s[i] + h * k[i];
        }
        return out;
    }

    /** Two-body gravity in the inertial frame, optionally with the J2 zonal term. */
    private static double[] derivative(final double[] s, final boolean j2) {
        final double r2 = s[0] * s[0] + s[1] * s[1] + s[2] * s[2];
        final double r = Math.sqrt(r2);
        final double g = -GM / (r2 * r);
        double horizontal = 1.0;
        double vertical = 1.0;
        if (j2) {
            final double k = 1.5 * Wgs84.J2 * Wgs84.SEMI_MAJOR_AXIS_M * Wgs84.SEMI_MAJOR_AXIS_M / r2;
            final double z2 = s[2] * s[2] / r2;
            horizontal += k * (1.0 - 5.0 * z2);
            vertical += k * (3.0 - 5.0 * z2);
        }
        return new double[] {s[3], s[4], s[5], g * horizontal * s[0], g * horizontal * s[1], g * vertical * s[2]};
    }

    private static double radius(final double[] s) {
        return Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
    }

    private static double radialVelocity(final double[] s) {
        return (s[0] * s[3] + s[1] * s[4] + s[2] * s[5]) / radius(s);
    }

    private static double dot(final double[] a, final double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
