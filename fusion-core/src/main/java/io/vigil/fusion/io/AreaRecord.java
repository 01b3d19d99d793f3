package io.vigil.fusion.io;

/**
 * One row of {@code areas.csv}: a defended area, a circle on the WGS-84 ellipsoid.
 *
 * @param areaId the area's id
 * @param latDeg centre geodetic latitude, degrees
 * @param lonDeg centre longitude, degrees
 * @param radiusM radius along the surface (geodesic), metres
 */
public record AreaRecord(String areaId, double latDeg, double lonDeg, double radiusM) {
}
