package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Geodetic;
import org.junit.jupiter.api.Test;

/**
 * The free-flight physics against closed forms computed here, independently of the simulator:
 * Kepler's two-body orbit for a point-mass Earth, and conservation of energy with J2.
 */
class SimulatedFreeFlightTest {

    private static final double GM = 3.986004418e14;
    private static final double J2 = 1.08262998905e-3;
    private static final double A = 6_378_137.0;
    private static final double OMEGA = 7.292115e-5;
    private static final long EPOCH_NANOS = 1_772_334_000_000_000_000L;
    /** The flight starts 500 s after the epoch, so ECI and ECEF already differ by 2 degrees. */
    private static final double START_S = 500.0;
    private static final double FLIGHT_S = 1000.0;

    /**
     * An ECEF state 2,000 km above 40N 130E, moving north-east at 6.6 km/s relative to the
     * Earth: an inertial ellipse that stays far above the atmosphere for the whole test.
     */
    private static double[] startEcef() {
        final double lat = Math.toRadians(40.0);
        final double lon = Math.toRadians(130.0);
        final double[] position = new double[3];
        Geodetic.toEcef(lat, lon, 2_000_000.0, position);
        final double[] east = {-Math.sin(lon), Math.cos(lon), 0.0};
        final double[] north = {-Math.sin(lat) * Math.cos(lon), -Math.sin(lat) * Math.sin(lon), Math.cos(lat)};
        final double[] state = new double[6];
        for (int k = 0; k < 3; k++) {
            state[k] = position[k];
            state[3 + k] = 5_000.0 * east[k] + 4_300.0 * north[k] + 100.0 * position[k] / norm(position);
        }
        return state;
    }

    @Test
    void pointMassFreeFlightMatchesKeplersClosedFormInEcefToUnderAMetre() {
        final EarthRotation rotation = new EarthRotation(EPOCH_NANOS);
        final double[] ecef0 = startEcef();
        final double[] eci0 = ecefToEci(START_S, ecef0);
        final FlownObject object = fly(InertialGravity.pointMass(), rotation, eci0);

        final double[] simulated = new double[6];
        double worstPosition = 0.0;
        double worstVelocity = 0.0;
        for (double t = START_S; t <= START_S + FLIGHT_S; t += 1.0) {
            object.stateEcef(rotation, t, EPOCH_NANOS + Math.round(t * 1e9), simulated);
            final double[] expected = eciToEcef(t, kepler(eci0, t - START_S));
            worstPosition = Math.max(worstPosition, distance(simulated, 0, expected, 0));
            worstVelocity = Math.max(worstVelocity, distance(simulated, 3, expected, 3));
        }
        assertThat(worstPosition).as("worst ECEF position error against Kepler, m").isLessThan(1.0);
        assertThat(worstVelocity).as("worst ECEF velocity error against Kepler, m/s").isLessThan(1e-3);
        // The comparison must have had something to compare: the body moved thousands of km.
        object.stateEcef(rotation, START_S + FLIGHT_S, EPOCH_NANOS + Math.round((START_S + FLIGHT_S) * 1e9), simulated);
        assertThat(distance(simulated, 0, ecef0, 0)).isGreaterThan(5e6);
    }

    @Test
    void energyIsConservedWithJ2InTheInertialFrame() {
        // The J2 field is symmetric about the spin axis, which ECI and ECEF share, so it does not
        // change with time in ECI: v^2/2 + V(r) is a constant of the motion there.
        final EarthRotation rotation = new EarthRotation(EPOCH_NANOS);
        final double[] eci0 = ecefToEci(START_S, startEcef());
        final FlightPath path = fly(InertialGravity.wgs84(), rotation, eci0).path();
        final double[] state = new double[6];
        path.state(0, state);
        final double initial = energy(state, J2);
        final double initialPointMass = energy(state, 0.0);
        double worstDrift = 0.0;
        double worstPointMassDrift = 0.0;
        for (int i = 0; i < path.size(); i++) {
            path.state(i, state);
            worstDrift = Math.max(worstDrift, Math.abs(energy(state, J2) - initial));
            worstPointMassDrift = Math.max(worstPointMassDrift, Math.abs(energy(state, 0.0) - initialPointMass));
        }
        // The energy is about -2.5e7 J/kg; RK4 at 1 s keeps it to rounding.
        assertThat(worstDrift).as("drift of the J2 energy, J/kg").isLessThan(1e-3);
        // Without the J2 term the 'energy' is not conserved: the test can tell J2 is really there.
        assertThat(worstPointMassDrift).as("drift of the point-mass energy under J2, J/kg").isGreaterThan(1e3);
    }

    private static FlownObject fly(final InertialGravity gravity, final EarthRotation rotation, final double[] eci0) {
        final FlightPath path = new FlightPath();
        path.add(START_S, eci0, true);
        final double[] state = eci0.clone();
        // Drag is on, with an ordinary beta: above 1,000 km the atmosphere has no density.
        final FlightPropagator.Outcome outcome = new FlightPropagator().fly(
            new FlightDynamics(gravity, new StandardAtmosphere1976(), null, 1_000.0), path, state, START_S,
            START_S + FLIGHT_S, new double[0], START_S, 1.0);
        assertThat(outcome).isEqualTo(FlightPropagator.Outcome.STOPPED);
        return new FlownObject("ORBIT", path, START_S, START_S, Double.POSITIVE_INFINITY, true);
    }

    /** Two-body state after dt from an inertial state, by Kepler's equation and Lagrange's f and g. */
    private static double[] kepler(final double[] state0, final double dt) {
        final double[] r0 = {state0[0], state0[1], state0[2]};
        final double[] v0 = {state0[3], state0[4], state0[5]};
        final double r0n = norm(r0);
        final double energy = 0.5 * dot(v0, v0) - GM / r0n;
        final double a = -GM / (2.0 * energy);
        final double rv = dot(r0, v0);
        final double eCos = 1.0 - r0n / a;
        final double eSin = rv / Math.sqrt(GM * a);
        final double e = Math.hypot(eCos, eSin);
        final double e0 = Math.atan2(eSin, eCos);
        final double meanMotion = Math.sqrt(GM / (a * a * a));
        final double mean = e0 - e * Math.sin(e0) + meanMotion * dt;
        double ecc = mean;
        for (int i = 0; i < 50; i++) {
            ecc -= (ecc - e * Math.sin(ecc) - mean) / (1.0 - e * Math.cos(ecc));
        }
        final double dE = ecc - e0;
        final double f = 1.0 - a / r0n * (1.0 - Math.cos(dE));
        final double g = dt - Math.sqrt(a * a * a / GM) * (dE - Math.sin(dE));
        final double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            r[k] = f * r0[k] + g * v0[k];
        }
        final double rn = norm(r);
        final double fDot = -Math.sqrt(GM * a) / (rn * r0n) * Math.sin(dE);
        final double gDot = 1.0 - a / rn * (1.0 - Math.cos(dE));
        return new double[] {
            r[0], r[1], r[2],
            fDot * r0[0] + gDot * v0[0], fDot * r0[1] + gDot * v0[1], fDot * r0[2] + gDot * v0[2],
        };
    }

    private static double energy(final double[] s, final double j2) {
        final double r2 = s[0] * s[0] + s[1] * s[1] + s[2] * s[2];
        final double r = Math.sqrt(r2);
        final double potential = -GM / r + GM * j2 * A * A * (3.0 * s[2] * s[2] / r2 - 1.0) / (2.0 * r2 * r);
        return 0.5 * (s[3] * s[3] + s[4] * s[4] + s[5] * s[5]) + potential;
    }

    /** ECI = Rz(omega t) ECEF, inertial velocity = R (v + omega x r). */
    private static double[] ecefToEci(final double t, final double[] e) {
        final double c = Math.cos(OMEGA * t);
        final double s = Math.sin(OMEGA * t);
        final double vx = e[3] - OMEGA * e[1];
        final double vy = e[4] + OMEGA * e[0];
        return new double[] {c * e[0] - s * e[1], s * e[0] + c * e[1], e[2], c * vx - s * vy, s * vx + c * vy, e[5]};
    }

    private static double[] eciToEcef(final double t, final double[] i) {
        final double c = Math.cos(OMEGA * t);
        final double s = Math.sin(OMEGA * t);
        final double x = c * i[0] + s * i[1];
        final double y = -s * i[0] + c * i[1];
        final double vx = c * i[3] + s * i[4] + OMEGA * y;
        final double vy = -s * i[3] + c * i[4] - OMEGA * x;
        return new double[] {x, y, i[2], vx, vy, i[5]};
    }

    private static double distance(final double[] a, final int from, final double[] b, final int fromB) {
        final double dx = a[from] - b[fromB];
        final double dy = a[from + 1] - b[fromB + 1];
        final double dz = a[from + 2] - b[fromB + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double dot(final double[] a, final double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(final double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
