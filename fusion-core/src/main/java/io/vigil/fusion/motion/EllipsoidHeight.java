package io.vigil.fusion.motion;

import io.vigil.fusion.geo.Wgs84;

/**
 * A cheap approximation of the height above the WGS-84 ellipsoid, and its exact gradient,
 * for the density in drag: the distance from the ellipsoid along the radius rather than
 * along the normal, h ~ |r| - R(psi), with R(psi) = b / sqrt(1 - e^2 cos^2 psi) the radius
 * of the ellipsoid at the point's geocentric latitude psi.
 *
 * <p>Why not {@link io.vigil.fusion.geo.Geodetic#fromEcef}: it is exact but costs a cube
 * root, two atan2 and two hypot (about 140 ns) at every Runge-Kutta stage, and the normal
 * for its gradient three sines and cosines more; this costs two square roots. Error: the
 * radius and the normal differ by at most the angle delta between geodetic and geocentric
 * latitude (3.4e-3 rad at 45 deg), so the approximation exceeds the true height by about
 * h delta^2 / 2: under 0.6 m below 100 km and under 6 m at 1,000 km, and falls short of it
 * by under 6 mm down to 1 km below the ellipsoid (a test bounds it against the exact
 * conversion). The density's scale height is 5 km or more, so the
 * density changes by under 1e-4 relative below 100 km, far inside the atmosphere model's
 * own error.
 */
final class EllipsoidHeight {

    private static final double B = Wgs84.SEMI_MINOR_AXIS_M;
    private static final double E2 = Wgs84.ECCENTRICITY_SQUARED;

    private EllipsoidHeight() {
    }

    /**
     * The approximate height of an ECEF point, and optionally its gradient.
     *
     * @param x ECEF x, metres
     * @param y ECEF y, metres
     * @param z ECEF z, metres (the point must not be the Earth's centre)
     * @param gradientOut if not null, receives d h / d(x, y, z) (dimensionless, nearly the
     *     outward unit vector)
     * @return the height, metres
     */
    static double height(final double x, final double y, final double z, final double[] gradientOut) {
        final double equatorial2 = x * x + y * y;
        final double r2 = equatorial2 + z * z;
        final double r = Math.sqrt(r2);
        // s = cos^2 psi; R = b (1 - e^2 s)^(-1/2).
        final double invR2 = 1.0 / r2;
        final double s = equatorial2 * invR2;
        final double root = Math.sqrt(1.0 - E2 * s);
        final double ellipsoidRadius = B / root;
        if (gradientOut != null) {
            final double invR = 1.0 / r;
            // dR/ds = (b e^2 / 2) (1 - e^2 s)^(-3/2); ds/dr = (2 x z^2, 2 y z^2, -2 (x^2 + y^2) z) / r^4.
            final double dRds = 0.5 * E2 * ellipsoidRadius / (root * root);
            final double c = 2.0 * dRds * invR2 * invR2;
            gradientOut[0] = x * invR - c * x * z * z;
            gradientOut[1] = y * invR - c * y * z * z;
            gradientOut[2] = z * invR + c * equatorial2 * z;
        }
        return r - ellipsoidRadius;
    }
}
