package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.Wgs84;

/**
 * The Earth's gravitational attraction in the simulator's inertial frame: a point mass plus
 * the second zonal harmonic J2.
 *
 * <p>The J2 field is symmetric about the Earth's spin axis, which is the z axis of both ECEF
 * and the simulator's ECI (ECEF frozen at the scenario epoch), so the same formula holds in
 * either frame and the field does not change with time in ECI: a free body's energy
 * v^2/2 + {@link #potential} is conserved there. Positions are ECI metres from the Earth's
 * centre; accelerations m/s^2. The values (GM, J2, a) are WGS-84's, see {@link Wgs84}.
 * Immutable; allocation-free.
 */
public final class InertialGravity {

    private final double gm;
    private final double j2;
    private final double radius;

    /**
     * Creates a gravity field.
     *
     * @param gmM3PerS2 gravitational parameter GM, m^3/s^2
     * @param j2 second zonal harmonic, dimensionless (0 for a point mass)
     * @param equatorialRadiusM reference radius of J2, metres
     */
    public InertialGravity(final double gmM3PerS2, final double j2, final double equatorialRadiusM) {
        this.gm = gmM3PerS2;
        this.j2 = j2;
        this.radius = equatorialRadiusM;
    }

    /**
     * WGS-84's point mass and J2: the field of every simulated trajectory.
     *
     * @return the field
     */
    public static InertialGravity wgs84() {
        return new InertialGravity(Wgs84.GM_M3_PER_S2, Wgs84.J2, Wgs84.SEMI_MAJOR_AXIS_M);
    }

    /**
     * WGS-84's point mass alone (J2 = 0), for checks against Kepler's closed form.
     *
     * @return the field
     */
    public static InertialGravity pointMass() {
        return new InertialGravity(Wgs84.GM_M3_PER_S2, 0.0, Wgs84.SEMI_MAJOR_AXIS_M);
    }

    /**
     * Writes the gravitational acceleration at a position.
     *
     * @param x ECI x, metres
     * @param y ECI y, metres
     * @param z ECI z, metres
     * @param accelerationOut receives the acceleration's x, y, z, m/s^2, at indices 0, 1, 2
     */
    public void acceleration(final double x, final double y, final double z, final double[] accelerationOut) {
        final double r2 = x * x + y * y + z * z;
        final double r = Math.sqrt(r2);
        final double muOverR3 = gm / (r2 * r);
        final double k = 1.5 * j2 * radius * radius / r2;
        final double zz = 5.0 * z * z / r2;
        final double horizontal = -muOverR3 * (1.0 + k * (1.0 - zz));
        accelerationOut[0] = horizontal * x;
        accelerationOut[1] = horizontal * y;
        accelerationOut[2] = -muOverR3 * (1.0 + k * (3.0 - zz)) * z;
    }

    /**
     * The gravitational potential energy per unit mass, V = -GM/r + GM J2 a^2 (3 z^2/r^2 - 1)
     * / (2 r^3), whose negative gradient is {@link #acceleration}.
     *
     * @param x ECI x, metres
     * @param y ECI y, metres
     * @param z ECI z, metres
     * @return V, J/kg (m^2/s^2)
     */
    public double potential(final double x, final double y, final double z) {
        final double r2 = x * x + y * y + z * z;
        final double r = Math.sqrt(r2);
        return -gm / r + 0.5 * gm * j2 * radius * radius * (3.0 * z * z / r2 - 1.0) / (r2 * r);
    }
}
