package io.vigil.fusion.geo;

import io.vigil.fusion.math.StrictTrig;

/**
 * Radar spherical coordinates (slant range, azimuth, elevation) to and from local
 * east-north-up (ENU) Cartesian coordinates.
 *
 * <p>Azimuth is measured clockwise from geodetic north, radians in [0, 2pi); elevation is
 * the angle above the local tangent plane (normal to the ellipsoid), radians in
 * [-pi/2, pi/2]; range is the straight-line (slant) distance, metres. Straight lines only:
 * no refraction model. At the zenith and nadir the azimuth is undefined and reported as 0;
 * at the origin all three are 0.
 *
 * <p>Static, allocation-free, {@link StrictMath} and {@link StrictTrig} for transcendental
 * functions.
 */
public final class RadarSpherical {

    /** Index of slant range (metres) in a spherical array. */
    public static final int RANGE = 0;
    /** Index of azimuth (radians clockwise from north, [0, 2pi)) in a spherical array. */
    public static final int AZIMUTH = 1;
    /** Index of elevation (radians above the tangent plane) in a spherical array. */
    public static final int ELEVATION = 2;

    private static final double TWO_PI = 2.0 * Math.PI;

    private RadarSpherical() {
    }

    /**
     * Converts an ENU vector to range, azimuth and elevation.
     *
     * @param eastM east component, metres
     * @param northM north component, metres
     * @param upM up component, metres
     * @param sphericalOut receives range (m), azimuth (rad), elevation (rad) at
     *     {@link #RANGE}, {@link #AZIMUTH}, {@link #ELEVATION}
     */
    public static void fromEnu(final double eastM, final double northM, final double upM, final double[] sphericalOut) {
        final double horizontal = Math.sqrt(eastM * eastM + northM * northM);
        sphericalOut[RANGE] = Math.sqrt(horizontal * horizontal + upM * upM);
        sphericalOut[AZIMUTH] = horizontal == 0.0 ? 0.0 : normaliseAzimuth(StrictMath.atan2(eastM, northM));
        sphericalOut[ELEVATION] = StrictMath.atan2(upM, horizontal);
    }

    /**
     * Converts range, azimuth and elevation to an ENU vector.
     *
     * @param rangeM slant range, metres
     * @param azimuthRad azimuth, radians clockwise from north
     * @param elevationRad elevation above the tangent plane, radians
     * @param enuOut receives east, north, up in metres at indices 0, 1, 2
     */
    public static void toEnu(
        final double rangeM, final double azimuthRad, final double elevationRad, final double[] enuOut) {
        final double horizontal = rangeM * StrictTrig.cos(elevationRad);
        enuOut[0] = horizontal * StrictTrig.sin(azimuthRad);
        enuOut[1] = horizontal * StrictTrig.cos(azimuthRad);
        enuOut[2] = rangeM * StrictTrig.sin(elevationRad);
    }

    /**
     * Maps any angle to an azimuth in [0, 2pi).
     *
     * @param angleRad an angle in radians
     * @return the same direction as an azimuth in [0, 2pi)
     */
    public static double normaliseAzimuth(final double angleRad) {
        double azimuth = angleRad % TWO_PI;
        if (azimuth < 0.0) {
            azimuth += TWO_PI;
        }
        // A tiny negative angle plus 2pi rounds to 2pi itself, outside the interval.
        return azimuth >= TWO_PI ? 0.0 : azimuth;
    }
}
