package io.vigil.fusion.geo;

import io.vigil.fusion.math.StrictTrig;

/**
 * A local east-north-up (ENU) frame at a site: the tangent plane of the WGS-84 ellipsoid
 * at a geodetic position, with x east, y north and z along the ellipsoid normal (up).
 *
 * <p>Converts positions and vectors between ECEF and ENU, rotates covariances between the
 * two frames, and converts ECEF positions to radar spherical coordinates as seen from the
 * site (see {@link RadarSpherical} for the angle conventions). The rotation from ECEF to
 * ENU is
 * <pre>
 *   | -sin(lon)            cos(lon)           0        |
 *   | -sin(lat) cos(lon)  -sin(lat) sin(lon)  cos(lat) |
 *   |  cos(lat) cos(lon)   cos(lat) sin(lon)  sin(lat) |
 * </pre>
 *
 * <p>A frame is a mutable holder so that a moving sensor can re-place one frame per plot
 * without allocating: {@link #at} and {@link #atEcef} reset it. It is not thread-safe; each
 * thread keeps its own. All methods allocate nothing; every output array may be the same
 * array as an input.
 */
public final class LocalFrame {

    private double latitudeRad;
    private double longitudeRad;
    private double heightM;
    private double originX;
    private double originY;
    private double originZ;
    // Rows of the ECEF-to-ENU rotation: east, north, up.
    private double ex;
    private double ey;
    private double nx;
    private double ny;
    private double nz;
    private double ux;
    private double uy;
    private double uz;
    private final double[] scratch = new double[3];

    /** Creates a frame at latitude 0, longitude 0, height 0; place it with {@link #at}. */
    public LocalFrame() {
        at(0.0, 0.0, 0.0);
    }

    /**
     * Creates a frame at a geodetic site.
     *
     * @param latitudeRad geodetic latitude of the origin, radians
     * @param longitudeRad longitude of the origin, radians
     * @param heightM ellipsoidal height of the origin, metres
     */
    public LocalFrame(final double latitudeRad, final double longitudeRad, final double heightM) {
        at(latitudeRad, longitudeRad, heightM);
    }

    /**
     * Places the frame at a geodetic site.
     *
     * @param latitudeRad geodetic latitude of the origin, radians, in [-pi/2, pi/2]
     * @param longitudeRad longitude of the origin, radians
     * @param heightM ellipsoidal height of the origin, metres
     * @return this frame
     */
    public LocalFrame at(final double latitudeRad, final double longitudeRad, final double heightM) {
        this.latitudeRad = latitudeRad;
        this.longitudeRad = longitudeRad;
        this.heightM = heightM;
        final double sinLat = StrictTrig.sin(latitudeRad);
        final double cosLat = StrictTrig.cos(latitudeRad);
        final double sinLon = StrictTrig.sin(longitudeRad);
        final double cosLon = StrictTrig.cos(longitudeRad);
        ex = -sinLon;
        ey = cosLon;
        nx = -sinLat * cosLon;
        ny = -sinLat * sinLon;
        nz = cosLat;
        ux = cosLat * cosLon;
        uy = cosLat * sinLon;
        uz = sinLat;
        Geodetic.toEcef(latitudeRad, longitudeRad, heightM, scratch);
        originX = scratch[0];
        originY = scratch[1];
        originZ = scratch[2];
        return this;
    }

    /**
     * Places the frame at an ECEF position (for example a moving sensor's position at the
     * time of a plot); its orientation is that of the geodetic normal there.
     *
     * @param xM ECEF x, metres
     * @param yM ECEF y, metres
     * @param zM ECEF z, metres
     * @return this frame
     */
    public LocalFrame atEcef(final double xM, final double yM, final double zM) {
        Geodetic.fromEcef(xM, yM, zM, scratch);
        at(scratch[Geodetic.LATITUDE], scratch[Geodetic.LONGITUDE], scratch[Geodetic.HEIGHT]);
        // Keep the caller's origin exactly, not its round trip through geodetic coordinates.
        originX = xM;
        originY = yM;
        originZ = zM;
        return this;
    }

    /**
     * Returns geodetic latitude of the origin, radians.
     *
     * @return geodetic latitude of the origin, radians
     */
    public double latitudeRad() {
        return latitudeRad;
    }

    /**
     * Returns longitude of the origin, radians.
     *
     * @return longitude of the origin, radians
     */
    public double longitudeRad() {
        return longitudeRad;
    }

    /**
     * Returns ellipsoidal height of the origin, metres.
     *
     * @return ellipsoidal height of the origin, metres
     */
    public double heightM() {
        return heightM;
    }

    /**
     * Returns ECEF x of the origin, metres.
     *
     * @return ECEF x of the origin, metres
     */
    public double originX() {
        return originX;
    }

    /**
     * Returns ECEF y of the origin, metres.
     *
     * @return ECEF y of the origin, metres
     */
    public double originY() {
        return originY;
    }

    /**
     * Returns ECEF z of the origin, metres.
     *
     * @return ECEF z of the origin, metres
     */
    public double originZ() {
        return originZ;
    }

    /**
     * Converts an ECEF position to ENU coordinates relative to the origin.
     *
     * @param xM ECEF x, metres
     * @param yM ECEF y, metres
     * @param zM ECEF z, metres
     * @param enuOut receives east, north, up in metres
     */
    public void ecefToEnu(final double xM, final double yM, final double zM, final double[] enuOut) {
        ecefVectorToEnu(xM - originX, yM - originY, zM - originZ, enuOut);
    }

    /**
     * Converts an ENU position relative to the origin to ECEF.
     *
     * @param eastM east, metres
     * @param northM north, metres
     * @param upM up, metres
     * @param ecefOut receives ECEF x, y, z in metres
     */
    public void enuToEcef(final double eastM, final double northM, final double upM, final double[] ecefOut) {
        enuVectorToEcef(eastM, northM, upM, ecefOut);
        ecefOut[0] += originX;
        ecefOut[1] += originY;
        ecefOut[2] += originZ;
    }

    /**
     * Rotates a free vector (velocity, line of sight, displacement) from ECEF to ENU axes.
     *
     * @param vx ECEF x component
     * @param vy ECEF y component
     * @param vz ECEF z component
     * @param enuOut receives the east, north, up components, same unit as the input
     */
    public void ecefVectorToEnu(final double vx, final double vy, final double vz, final double[] enuOut) {
        final double east = ex * vx + ey * vy;
        final double north = nx * vx + ny * vy + nz * vz;
        final double up = ux * vx + uy * vy + uz * vz;
        enuOut[0] = east;
        enuOut[1] = north;
        enuOut[2] = up;
    }

    /**
     * Rotates a free vector from ENU to ECEF axes.
     *
     * @param east east component
     * @param north north component
     * @param up up component
     * @param ecefOut receives the ECEF x, y, z components, same unit as the input
     */
    public void enuVectorToEcef(final double east, final double north, final double up, final double[] ecefOut) {
        final double x = ex * east + nx * north + ux * up;
        final double y = ey * east + ny * north + uy * up;
        final double z = nz * north + uz * up;
        ecefOut[0] = x;
        ecefOut[1] = y;
        ecefOut[2] = z;
    }

    /**
     * Writes the unit vector of the local vertical (the frame's up axis) in ECEF.
     *
     * @param upOut receives ECEF x, y, z of the unit normal
     */
    public void up(final double[] upOut) {
        upOut[0] = ux;
        upOut[1] = uy;
        upOut[2] = uz;
    }

    /**
     * Writes the 3x3 rotation from ECEF to ENU, row-major (rows: east, north, up axes in
     * ECEF). Its transpose rotates ENU to ECEF.
     *
     * @param rotationOut receives 9 elements, row-major
     */
    public void rotation(final double[] rotationOut) {
        rotationOut[0] = ex;
        rotationOut[1] = ey;
        rotationOut[2] = 0.0;
        rotationOut[3] = nx;
        rotationOut[4] = ny;
        rotationOut[5] = nz;
        rotationOut[6] = ux;
        rotationOut[7] = uy;
        rotationOut[8] = uz;
    }

    /**
     * Rotates a 3x3 position (or velocity) covariance from ECEF to ENU axes: R C R^T.
     *
     * @param ecefCovariance 9 elements, row-major, ECEF axes, m^2 (or the input's unit)
     * @param enuCovarianceOut receives 9 elements, row-major, ENU axes; may be the input array
     */
    public void covarianceEcefToEnu(final double[] ecefCovariance, final double[] enuCovarianceOut) {
        rotateCovariance(ecefCovariance, enuCovarianceOut, false);
    }

    /**
     * Rotates a 3x3 covariance from ENU to ECEF axes: R^T C R.
     *
     * @param enuCovariance 9 elements, row-major, ENU axes
     * @param ecefCovarianceOut receives 9 elements, row-major, ECEF axes; may be the input array
     */
    public void covarianceEnuToEcef(final double[] enuCovariance, final double[] ecefCovarianceOut) {
        rotateCovariance(enuCovariance, ecefCovarianceOut, true);
    }

    /**
     * Converts an ECEF position to radar spherical coordinates seen from the origin.
     *
     * @param xM ECEF x, metres
     * @param yM ECEF y, metres
     * @param zM ECEF z, metres
     * @param sphericalOut receives range (m), azimuth (rad), elevation (rad), indexed as in
     *     {@link RadarSpherical}
     */
    public void ecefToRadar(final double xM, final double yM, final double zM, final double[] sphericalOut) {
        ecefToEnu(xM, yM, zM, sphericalOut);
        RadarSpherical.fromEnu(sphericalOut[0], sphericalOut[1], sphericalOut[2], sphericalOut);
    }

    /**
     * Converts radar spherical coordinates seen from the origin to an ECEF position.
     *
     * @param rangeM slant range, metres
     * @param azimuthRad azimuth, radians clockwise from north
     * @param elevationRad elevation above the tangent plane, radians
     * @param ecefOut receives ECEF x, y, z in metres
     */
    public void radarToEcef(
        final double rangeM, final double azimuthRad, final double elevationRad, final double[] ecefOut) {
        RadarSpherical.toEnu(rangeM, azimuthRad, elevationRad, ecefOut);
        enuToEcef(ecefOut[0], ecefOut[1], ecefOut[2], ecefOut);
    }

    private void rotateCovariance(final double[] in, final double[] out, final boolean transpose) {
        // Rotation M (ECEF->ENU, or its transpose); out = M C M^T computed in locals so that
        // out may alias in.
        final double m00 = ex;
        final double m01 = transpose ? nx : ey;
        final double m02 = transpose ? ux : 0.0;
        final double m10 = transpose ? ey : nx;
        final double m11 = ny;
        final double m12 = transpose ? uy : nz;
        final double m20 = transpose ? 0.0 : ux;
        final double m21 = transpose ? nz : uy;
        final double m22 = uz;
        // T = M C
        final double t00 = m00 * in[0] + m01 * in[3] + m02 * in[6];
        final double t01 = m00 * in[1] + m01 * in[4] + m02 * in[7];
        final double t02 = m00 * in[2] + m01 * in[5] + m02 * in[8];
        final double t10 = m10 * in[0] + m11 * in[3] + m12 * in[6];
        final double t11 = m10 * in[1] + m11 * in[4] + m12 * in[7];
        final double t12 = m10 * in[2] + m11 * in[5] + m12 * in[8];
        final double t20 = m20 * in[0] + m21 * in[3] + m22 * in[6];
        final double t21 = m20 * in[1] + m21 * in[4] + m22 * in[7];
        final double t22 = m20 * in[2] + m21 * in[5] + m22 * in[8];
        // out = T M^T, symmetrised: a covariance stays exactly symmetric through the rotation.
        final double c00 = t00 * m00 + t01 * m01 + t02 * m02;
        final double c11 = t10 * m10 + t11 * m11 + t12 * m12;
        final double c22 = t20 * m20 + t21 * m21 + t22 * m22;
        final double c01 = 0.5 * ((t00 * m10 + t01 * m11 + t02 * m12) + (t10 * m00 + t11 * m01 + t12 * m02));
        final double c02 = 0.5 * ((t00 * m20 + t01 * m21 + t02 * m22) + (t20 * m00 + t21 * m01 + t22 * m02));
        final double c12 = 0.5 * ((t10 * m20 + t11 * m21 + t12 * m22) + (t20 * m10 + t21 * m11 + t22 * m12));
        out[0] = c00;
        out[1] = c01;
        out[2] = c02;
        out[3] = c01;
        out[4] = c11;
        out[5] = c12;
        out[6] = c02;
        out[7] = c12;
        out[8] = c22;
    }
}
