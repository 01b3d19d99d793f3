package io.vigil.fusion.samples.report;

/**
 * A point on the map: geodetic latitude and longitude in degrees. The longitude is not
 * reduced to (-180, 180]: on a map it lives in the window of a {@link LongitudeWindow}, so a
 * line that crosses the antimeridian can run on to 181 deg and stay continuous.
 *
 * @param latDeg geodetic latitude, degrees, positive north
 * @param lonDeg longitude, degrees, positive east
 */
record GroundPoint(double latDeg, double lonDeg) {

    /**
     * Whether the point can be drawn: both coordinates finite and the latitude in [-90, 90].
     *
     * @return true if the point is a real place
     */
    boolean isValid() {
        return Double.isFinite(lonDeg) && Math.abs(latDeg) <= 90.0;
    }
}
