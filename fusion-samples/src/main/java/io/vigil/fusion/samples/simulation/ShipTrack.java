package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.math.StrictTrig;

/**
 * A ship steaming at constant speed and course: a rhumb line on the WGS-84 ellipsoid.
 *
 * <p>Along a rhumb line the north and east speeds are constant, so latitude and longitude
 * obey dlat/dt = v cos(course) / M(lat) and dlon/dt = v sin(course) / (N(lat) cos(lat)), M
 * and N the meridional and prime-vertical radii of curvature. They are integrated by RK4 in
 * steps of {@value #NODE_STEP_S} s from the epoch (nodes kept), and a state between nodes
 * is one further RK4 step from the node before it (a ship covers a few hundred metres in a
 * step, so the rounding of the step is all the error there is). The ECEF velocity is exact:
 * v (cos(course) north + sin(course) east) at the ship's position. The antenna stays at a
 * constant height above the ellipsoid (no waves, no roll).
 */
final class ShipTrack implements SensorPlatform {

    /** Spacing of the stored track nodes, seconds. */
    static final double NODE_STEP_S = 60.0;

    private static final double A = Wgs84.SEMI_MAJOR_AXIS_M;
    private static final double E2 = Wgs84.ECCENTRICITY_SQUARED;

    private final double northMps;
    private final double eastMps;
    private final double heightM;
    private final double[] nodeLatitude;
    private final double[] nodeLongitude;
    private final double[] latLon = new double[2];
    private final double[] position = new double[3];

    /**
     * Lays out the track.
     *
     * @param latitudeRad geodetic latitude at the epoch, radians
     * @param longitudeRad longitude at the epoch, radians
     * @param speedMps speed over ground, m/s
     * @param courseRad course, radians clockwise from north
     * @param heightM antenna height above the ellipsoid, metres
     * @param durationS how long the track must reach, seconds after the epoch
     */
    ShipTrack(
        final double latitudeRad, final double longitudeRad, final double speedMps, final double courseRad,
        final double heightM, final double durationS) {
        this.northMps = speedMps * StrictTrig.cos(courseRad);
        this.eastMps = speedMps * StrictTrig.sin(courseRad);
        this.heightM = heightM;
        final int nodes = (int) StrictMath.ceil(durationS / NODE_STEP_S) + 2;
        nodeLatitude = new double[nodes];
        nodeLongitude = new double[nodes];
        nodeLatitude[0] = latitudeRad;
        nodeLongitude[0] = longitudeRad;
        for (int i = 1; i < nodes; i++) {
            step(nodeLatitude[i - 1], nodeLongitude[i - 1], NODE_STEP_S, latLon);
            nodeLatitude[i] = latLon[0];
            nodeLongitude[i] = latLon[1];
        }
    }

    @Override
    public void stateEcef(final double timeS, final long timeNanos, final double[] stateOut) {
        final int node = Math.min(nodeLatitude.length - 1, Math.max(0, (int) StrictMath.floor(timeS / NODE_STEP_S)));
        final double dt = timeS - node * NODE_STEP_S;
        step(nodeLatitude[node], nodeLongitude[node], dt, latLon);
        final double latitude = latLon[0];
        final double longitude = latLon[1];
        Geodetic.toEcef(latitude, longitude, heightM, position);
        final double sinLat = StrictTrig.sin(latitude);
        final double cosLat = StrictTrig.cos(latitude);
        final double sinLon = StrictTrig.sin(longitude);
        final double cosLon = StrictTrig.cos(longitude);
        stateOut[0] = position[0];
        stateOut[1] = position[1];
        stateOut[2] = position[2];
        // north = (-sinLat cosLon, -sinLat sinLon, cosLat), east = (-sinLon, cosLon, 0).
        stateOut[3] = -northMps * sinLat * cosLon - eastMps * sinLon;
        stateOut[4] = -northMps * sinLat * sinLon + eastMps * cosLon;
        stateOut[5] = northMps * cosLat;
    }

    /** One RK4 step of the rhumb-line equations; the speeds are scaled for the antenna height. */
    private void step(final double latitude, final double longitude, final double h, final double[] out) {
        final double k1Lat = latitudeRate(latitude);
        final double k1Lon = longitudeRate(latitude);
        final double k2Lat = latitudeRate(latitude + 0.5 * h * k1Lat);
        final double k2Lon = longitudeRate(latitude + 0.5 * h * k1Lat);
        final double k3Lat = latitudeRate(latitude + 0.5 * h * k2Lat);
        final double k3Lon = longitudeRate(latitude + 0.5 * h * k2Lat);
        final double k4Lat = latitudeRate(latitude + h * k3Lat);
        final double k4Lon = longitudeRate(latitude + h * k3Lat);
        out[0] = latitude + h / 6.0 * (k1Lat + 2.0 * (k2Lat + k3Lat) + k4Lat);
        out[1] = longitude + h / 6.0 * (k1Lon + 2.0 * (k2Lon + k3Lon) + k4Lon);
    }

    private double latitudeRate(final double latitude) {
        final double sinLat = StrictTrig.sin(latitude);
        final double w2 = 1.0 - E2 * sinLat * sinLat;
        final double meridional = A * (1.0 - E2) / (w2 * Math.sqrt(w2));
        return northMps / (meridional + heightM);
    }

    private double longitudeRate(final double latitude) {
        final double sinLat = StrictTrig.sin(latitude);
        final double primeVertical = Geodetic.primeVerticalRadius(sinLat);
        return eastMps / ((primeVertical + heightM) * StrictTrig.cos(latitude));
    }
}
