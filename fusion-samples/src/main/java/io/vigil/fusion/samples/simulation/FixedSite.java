package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.Geodetic;

/** A sensor fixed to the ground: constant ECEF position, zero Earth-relative velocity. */
final class FixedSite implements SensorPlatform {

    private final double[] position = new double[3];

    /**
     * Places the site.
     *
     * @param latitudeRad geodetic latitude, radians
     * @param longitudeRad longitude, radians
     * @param heightM ellipsoidal height, metres
     */
    FixedSite(final double latitudeRad, final double longitudeRad, final double heightM) {
        Geodetic.toEcef(latitudeRad, longitudeRad, heightM, position);
    }

    @Override
    public void stateEcef(final double timeS, final long timeNanos, final double[] stateOut) {
        stateOut[0] = position[0];
        stateOut[1] = position[1];
        stateOut[2] = position[2];
        stateOut[3] = 0.0;
        stateOut[4] = 0.0;
        stateOut[5] = 0.0;
    }
}
