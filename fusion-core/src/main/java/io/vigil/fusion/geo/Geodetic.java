package io.vigil.fusion.geo;

import io.vigil.fusion.math.StrictTrig;

/**
 * Conversions between WGS-84 geodetic coordinates (latitude, longitude, ellipsoidal height)
 * and Earth-centred, Earth-fixed (ECEF) Cartesian coordinates, and the local vertical.
 *
 * <p>Geodetic latitude is the angle between the ellipsoid normal and the equatorial plane,
 * positive north; longitude is positive east of Greenwich; height is along the normal above
 * the ellipsoid, metres. Angles are radians. ECEF is WGS-84: origin at the Earth's centre of
 * mass, z through the IERS reference pole, x through the reference meridian. See
 * {@code docs/CONVENTIONS.md}.
 *
 * <p>ECEF to geodetic uses Vermeille's closed form (J. Geodesy 85, 2011) with Karney's
 * changes for numerical stability (GeographicLib's {@code Geocentric}, 2011): exact to
 * rounding for every finite input, including the poles, points near the Earth's centre
 * (inside the evolute of the meridian ellipse, where the nearest point on the ellipsoid is
 * chosen) and heights of tens of thousands of kilometres. No iteration.
 *
 * <p>All methods are static, allocate nothing, and use {@link StrictMath} (sine and cosine
 * through {@link StrictTrig}, its allocation-free equal) for transcendental functions, so
 * that results are bit-identical on every JVM.
 */
public final class Geodetic {

    /** Index of latitude (radians) in a geodetic output array. */
    public static final int LATITUDE = 0;
    /** Index of longitude (radians) in a geodetic output array. */
    public static final int LONGITUDE = 1;
    /** Index of ellipsoidal height (metres) in a geodetic output array. */
    public static final int HEIGHT = 2;

    private static final double A = Wgs84.SEMI_MAJOR_AXIS_M;
    private static final double E2 = Wgs84.ECCENTRICITY_SQUARED;
    private static final double E2M = 1.0 - E2;
    private static final double E4 = E2 * E2;
    /**
     * Beyond this distance from the centre (about 5.7e22 m) the Earth is a point: the closed
     * form's intermediate squares would lose all precision, and geocentric latitude equals
     * geodetic latitude to rounding.
     */
    private static final double FAR_RADIUS_M = 2.0 * A / Math.ulp(1.0);

    private Geodetic() {
    }

    /**
     * Converts a geodetic position to ECEF.
     *
     * @param latitudeRad geodetic latitude, radians, in [-pi/2, pi/2]
     * @param longitudeRad longitude, radians, positive east (any value; it is periodic)
     * @param heightM ellipsoidal height, metres
     * @param ecefOut receives x, y, z in metres at indices 0, 1, 2
     */
    public static void toEcef(
        final double latitudeRad, final double longitudeRad, final double heightM, final double[] ecefOut) {
        final double sinLat = StrictTrig.sin(latitudeRad);
        final double cosLat = StrictTrig.cos(latitudeRad);
        final double n = primeVerticalRadius(sinLat);
        final double horizontal = (n + heightM) * cosLat;
        ecefOut[0] = horizontal * StrictTrig.cos(longitudeRad);
        ecefOut[1] = horizontal * StrictTrig.sin(longitudeRad);
        ecefOut[2] = (n * E2M + heightM) * sinLat;
    }

    /**
     * Converts an ECEF position to geodetic coordinates.
     *
     * <p>At the poles (x = y = 0) the longitude is reported as 0. Near the centre, where
     * several points of the ellipsoid have a normal through the input, the nearest one is
     * chosen and the height is negative.
     *
     * @param xM ECEF x, metres
     * @param yM ECEF y, metres
     * @param zM ECEF z, metres
     * @param geodeticOut receives latitude (radians, [-pi/2, pi/2]), longitude (radians,
     *     (-pi, pi]) and height (metres) at {@link #LATITUDE}, {@link #LONGITUDE}, {@link #HEIGHT}
     */
    public static void fromEcef(final double xM, final double yM, final double zM, final double[] geodeticOut) {
        final double r = Math.sqrt(xM * xM + yM * yM);
        geodeticOut[LONGITUDE] = r == 0.0 ? 0.0 : StrictMath.atan2(yM, xM);
        final double distance = StrictMath.hypot(r, zM);
        if (distance > FAR_RADIUS_M) {
            geodeticOut[LATITUDE] = StrictMath.atan2(zM, r);
            geodeticOut[HEIGHT] = distance;
            return;
        }
        final double p = square(r / A);
        final double q = E2M * square(zM / A);
        final double rr = (p + q - E4) / 6.0;
        final double sinLatUnnormalised;
        final double cosLatUnnormalised;
        final double height;
        if (!(E4 * q == 0.0 && rr <= 0.0)) {
            // Vermeille: u is the real root of a cubic, found without cancellation for either
            // sign of the discriminant.
            final double s = E4 * p * q / 4.0;
            final double r2 = rr * rr;
            final double r3 = rr * r2;
            final double disc = s * (2.0 * r3 + s);
            double u = rr;
            if (disc >= 0.0) {
                double t3 = s + r3;
                t3 += t3 < 0.0 ? -Math.sqrt(disc) : Math.sqrt(disc);
                final double t = StrictMath.cbrt(t3);
                u += t + (t != 0.0 ? r2 / t : 0.0);
            } else {
                // Inside the evolute: three real roots, take the one for the nearest point.
                final double angle = StrictMath.atan2(Math.sqrt(-disc), -(s + r3));
                u += 2.0 * rr * StrictTrig.cos(angle / 3.0);
            }
            final double v = Math.sqrt(u * u + E4 * q);
            // Karney: avoid cancellation in u + v when u < 0.
            final double uv = u < 0.0 ? E4 * q / (v - u) : u + v;
            final double w = Math.max(0.0, E2 * (uv - q) / (2.0 * v));
            final double k = uv / (Math.sqrt(uv + w * w) + w);
            final double k2 = k + E2;
            final double d = k * r / k2;
            sinLatUnnormalised = zM / k;
            cosLatUnnormalised = r / k2;
            height = (1.0 - E2M / k) * StrictMath.hypot(d, zM);
        } else {
            // On the equatorial plane inside the evolute (|r| <= a e^2, z = 0): the nearest
            // points of the ellipsoid are off the plane; pick the one on the side of z's sign.
            final double zz = Math.sqrt((E4 - p) / E2M);
            final double xx = Math.sqrt(p);
            sinLatUnnormalised = zM < 0.0 ? -zz : zz;
            cosLatUnnormalised = xx;
            height = -A * E2M * StrictMath.hypot(zz, xx) / E2;
        }
        geodeticOut[LATITUDE] = StrictMath.atan2(sinLatUnnormalised, cosLatUnnormalised);
        geodeticOut[HEIGHT] = height;
    }

    /**
     * Writes the local vertical: the outward unit normal of the ellipsoid at a geodetic
     * position, in ECEF (the "up" axis of the local east-north-up frame).
     *
     * @param latitudeRad geodetic latitude, radians
     * @param longitudeRad longitude, radians
     * @param upOut receives the unit vector's ECEF x, y, z components
     */
    public static void up(final double latitudeRad, final double longitudeRad, final double[] upOut) {
        final double cosLat = StrictTrig.cos(latitudeRad);
        upOut[0] = cosLat * StrictTrig.cos(longitudeRad);
        upOut[1] = cosLat * StrictTrig.sin(longitudeRad);
        upOut[2] = StrictTrig.sin(latitudeRad);
    }

    /**
     * The radius of curvature in the prime vertical, N = a / sqrt(1 - e^2 sin^2(lat)), metres:
     * the distance along the normal from the surface to the polar axis.
     *
     * @param sinLatitude sine of the geodetic latitude
     * @return N in metres
     */
    public static double primeVerticalRadius(final double sinLatitude) {
        return A / Math.sqrt(1.0 - E2 * sinLatitude * sinLatitude);
    }

    private static double square(final double x) {
        return x * x;
    }
}
