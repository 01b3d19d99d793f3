package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;

/**
 * The equations of motion of one flying body in the simulator's ECI frame (ECEF at the
 * scenario epoch): gravity (point mass + J2), drag on the velocity relative to the
 * atmosphere, and, in boost, thrust.
 *
 * <p>State: ECI position (m) and velocity (m/s), six components; time: seconds since the
 * scenario epoch. The atmosphere turns with the Earth, so the air-relative velocity is
 * v - omega x r and the drag acceleration is -rho |v_rel| v_rel / (2 beta), with beta = m /
 * (Cd A) the ballistic coefficient in kg/m^2. In boost beta is the stack's current mass over
 * its drag area; afterwards it is the body's own, fixed value. Density is that of
 * {@link StandardAtmosphere1976} at the body's WGS-84 ellipsoidal height (a rotation about
 * the polar axis leaves the height unchanged, so it is computed from the ECI position).
 *
 * <p>Mutable (the step's regime time, scratch buffers): one instance per integration.
 */
final class FlightDynamics implements Rk4.Derivative {

    private static final double OMEGA = Wgs84.ANGULAR_VELOCITY_RAD_PER_S;
    /** Below this radius minus a the atmosphere may matter; above it the density is 0. */
    private static final double ATMOSPHERE_RADIUS_M = Wgs84.SEMI_MAJOR_AXIS_M + StandardAtmosphere1976.TOP_M;

    private final InertialGravity gravity;
    private final StandardAtmosphere1976 atmosphere;
    private final AscentProgram ascent;
    private final double ballisticCoefficient;
    private final double[] scratch = new double[3];
    private double regimeS;

    /**
     * Creates the equations of a body.
     *
     * @param gravity the gravity field
     * @param atmosphere the atmosphere, or null for flight in vacuum
     * @param ascent the powered flight, or null for a body that coasts (its beta is then fixed)
     * @param ballisticCoefficient the coasting body's beta, kg/m^2 (positive infinity: no drag);
     *     ignored with an ascent
     */
    FlightDynamics(
        final InertialGravity gravity, final StandardAtmosphere1976 atmosphere, final AscentProgram ascent,
        final double ballisticCoefficient) {
        this.gravity = gravity;
        this.atmosphere = atmosphere;
        this.ascent = ascent;
        this.ballisticCoefficient = ballisticCoefficient;
    }

    /**
     * Sets the regime of the coming step (see {@link AscentProgram}): its midpoint.
     *
     * @param stepStartS step start, seconds since the epoch
     * @param stepEndS step end, seconds since the epoch
     */
    void beginStep(final double stepStartS, final double stepEndS) {
        regimeS = 0.5 * (stepStartS + stepEndS);
    }

    /**
     * Whether a step starting at a time is powered (it then takes the boost step size).
     *
     * @param timeS time, seconds since the epoch
     * @return true if the engine burns just after that time
     */
    boolean poweredAfter(final double timeS) {
        return ascent != null && ascent.powered(timeS);
    }

    @Override
    public void derivative(final double t, final double[] y, final double[] dydt) {
        final double x = y[0];
        final double yy = y[1];
        final double z = y[2];
        gravity.acceleration(x, yy, z, scratch);
        double ax = scratch[0];
        double ay = scratch[1];
        double az = scratch[2];
        final double mass = ascent == null ? Double.NaN : ascent.massKg(t, regimeS);
        if (atmosphere != null && x * x + yy * yy + z * z < ATMOSPHERE_RADIUS_M * ATMOSPHERE_RADIUS_M) {
            final double beta = ascent == null ? ballisticCoefficient : mass / ascent.dragAreaM2();
            final double rho = atmosphere.density(heightM(y));
            if (rho > 0.0) {
                final double vx = y[3] + OMEGA * yy;
                final double vy = y[4] - OMEGA * x;
                final double vz = y[5];
                final double k = -0.5 * rho * Math.sqrt(vx * vx + vy * vy + vz * vz) / beta;
                ax += k * vx;
                ay += k * vy;
                az += k * vz;
            }
        }
        if (ascent != null) {
            final double thrust = ascent.thrustN(regimeS);
            if (thrust > 0.0) {
                ascent.thrustDirection(t, regimeS, y, scratch);
                final double a = thrust / mass;
                ax += a * scratch[0];
                ay += a * scratch[1];
                az += a * scratch[2];
            }
        }
        dydt[0] = y[3];
        dydt[1] = y[4];
        dydt[2] = y[5];
        dydt[3] = ax;
        dydt[4] = ay;
        dydt[5] = az;
    }

    /**
     * The WGS-84 ellipsoidal height of a state's position.
     *
     * @param y ECI (or ECEF) state; only the position is read
     * @return height, metres
     */
    double heightM(final double[] y) {
        Geodetic.fromEcef(y[0], y[1], y[2], scratch);
        return scratch[Geodetic.HEIGHT];
    }
}
