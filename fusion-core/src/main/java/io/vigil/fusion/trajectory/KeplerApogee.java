package io.vigil.fusion.trajectory;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;

/**
 * The apogee of the ballistic arc through a state: the highest point of the two-body
 * (Keplerian) orbit that a coasting object on that state follows, as a height above the
 * WGS-84 ellipsoid.
 *
 * <p>The state is ECEF. Its velocity becomes inertial by adding omega x r (omega =
 * {@link Wgs84#ANGULAR_VELOCITY_RAD_PER_S} about z), in the inertial frame that coincides
 * with ECEF at the instant of the state; the position is the same in both. From the specific
 * energy and the eccentricity vector e (GM = {@link Wgs84#GM_M3_PER_S2}), the apogee lies at
 * radius a (1 + |e|) in the direction -e / |e|. That point is fixed in inertial space while
 * the Earth turns under it, but turning about z changes only its longitude, not its height
 * above an ellipsoid of revolution, so the height is that of the inertial point read as ECEF.
 * It is the apogee whether the state is before or after it on the arc.
 *
 * <p>Approximation: a point-mass Earth, no drag, no thrust. Measured by
 * {@code KeplerApogeeTest} against a numerical integration with J2, for shots from 40 N at
 * 45 degrees elevation: at 3 km/s (apogee 263 km, about 1,000 km range) the Earth's
 * oblateness raises the apogee by 0.11 km; at 5 km/s (apogee 937 km, about 3,200 km range)
 * by 0.50 km. Drag matters only while the object is low in the atmosphere: give this a state
 * after burnout and above it. The apogee is the point farthest from the Earth's centre; the
 * greatest height above the ellipsoid along the arc, a little before or after it, is higher
 * by under a metre (0.47 m in the same test).
 *
 * <p>Static, allocation-free (the caller owns the work array) and deterministic: only
 * square roots and {@link Geodetic#fromEcef}, which uses {@link StrictMath}.
 */
public final class KeplerApogee {

    /**
     * Below this eccentricity the orbit is taken as circular: the direction of e is then
     * rounding noise, and the apogee is placed above the current position.
     */
    public static final double CIRCULAR_ECCENTRICITY = 1e-9;

    private static final double GM = Wgs84.GM_M3_PER_S2;
    private static final double OMEGA = Wgs84.ANGULAR_VELOCITY_RAD_PER_S;

    private KeplerApogee() {
    }

    /**
     * The height of the apogee of the Keplerian arc through an ECEF state.
     *
     * <p>Returns +Infinity for an unbound (parabolic or hyperbolic) state, whose arc has no
     * apogee, and NaN for non-finite input or a position at the Earth's centre; never throws.
     * For a circular orbit (|e| &lt; {@value #CIRCULAR_ECCENTRICITY}) it is the height of the
     * point at radius a above the current position.
     *
     * @param x ECEF x position, metres
     * @param y ECEF y position, metres
     * @param z ECEF z position, metres
     * @param vx ECEF x velocity (relative to the rotating Earth), m/s
     * @param vy ECEF y velocity, m/s
     * @param vz ECEF z velocity, m/s
     * @param work3 caller-owned array of at least 3 elements, overwritten: on return it holds
     *     the apogee's geodetic latitude (radians), a longitude in the inertial frame of the
     *     instant (radians; not the longitude below the apogee when it is reached) and the
     *     returned height, at {@link Geodetic#LATITUDE}, {@link Geodetic#LONGITUDE},
     *     {@link Geodetic#HEIGHT}, unless the result is +Infinity or NaN
     * @return the apogee's height above the WGS-84 ellipsoid, metres; +Infinity if unbound;
     *     NaN if the input is unusable
     */
    public static double heightM(
        final double x, final double y, final double z, final double vx, final double vy, final double vz,
        final double[] work3) {
        final double inertialVx = vx - OMEGA * y;
        final double inertialVy = vy + OMEGA * x;
        final double r = Math.sqrt(x * x + y * y + z * z);
        final double v2 = inertialVx * inertialVx + inertialVy * inertialVy + vz * vz;
        if (!(r > 0.0 && Double.isFinite(r) && Double.isFinite(v2))) {
            return Double.NaN;
        }
        final double gmOverR = GM / r;
        final double energy = 0.5 * v2 - gmOverR;
        if (energy >= 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        final double semiMajorAxis = -GM / (2.0 * energy);
        // e = ((v^2 - GM / r) r - (r . v) v) / GM, pointing to perigee.
        final double radial = x * inertialVx + y * inertialVy + z * vz;
        final double excess = v2 - gmOverR;
        final double ex = (excess * x - radial * inertialVx) / GM;
        final double ey = (excess * y - radial * inertialVy) / GM;
        final double ez = (excess * z - radial * vz) / GM;
        final double eccentricity = Math.sqrt(ex * ex + ey * ey + ez * ez);
        if (eccentricity < CIRCULAR_ECCENTRICITY) {
            final double scale = semiMajorAxis / r;
            Geodetic.fromEcef(scale * x, scale * y, scale * z, work3);
        } else {
            final double scale = -semiMajorAxis * (1.0 + eccentricity) / eccentricity;
            Geodetic.fromEcef(scale * ex, scale * ey, scale * ez, work3);
        }
        return work3[Geodetic.HEIGHT];
    }
}
