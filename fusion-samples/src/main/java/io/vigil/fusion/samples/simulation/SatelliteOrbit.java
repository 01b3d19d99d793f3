package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.math.StrictTrig;

/**
 * An infrared satellite's position: geostationary (fixed in ECEF over the equator at the
 * synchronous radius (GM / omega^2)^(1/3), 42,164 km), or a circular Keplerian orbit fixed
 * in the simulator's ECI frame (no J2 precession, no drag: over the minutes of a scenario
 * the difference is metres, far below what a line of sight resolves).
 */
final class SatelliteOrbit implements SensorPlatform {

    /** Geostationary radius, metres. */
    static final double GEOSTATIONARY_RADIUS_M = StrictMath.cbrt(
        Wgs84.GM_M3_PER_S2 / (Wgs84.ANGULAR_VELOCITY_RAD_PER_S * Wgs84.ANGULAR_VELOCITY_RAD_PER_S));

    private final EarthRotation rotation;
    private final boolean geostationary;
    private final double radiusM;
    private final double meanMotion;
    private final double argumentOfLatitude;
    // Orbit-plane axes in ECI: toward the ascending node, and 90 degrees ahead in the plane.
    private final double[] nodeAxis = new double[3];
    private final double[] aheadAxis = new double[3];
    private final double[] eci = new double[3];
    private final double[] ecef = new double[3];

    private SatelliteOrbit(
        final EarthRotation rotation, final boolean geostationary, final double radiusM, final double inclinationRad,
        final double raanRad, final double argumentOfLatitudeRad) {
        this.rotation = rotation;
        this.geostationary = geostationary;
        this.radiusM = radiusM;
        this.meanMotion = Math.sqrt(Wgs84.GM_M3_PER_S2 / (radiusM * radiusM * radiusM));
        this.argumentOfLatitude = argumentOfLatitudeRad;
        final double cosNode = StrictTrig.cos(raanRad);
        final double sinNode = StrictTrig.sin(raanRad);
        final double cosInclination = StrictTrig.cos(inclinationRad);
        nodeAxis[0] = cosNode;
        nodeAxis[1] = sinNode;
        nodeAxis[2] = 0.0;
        aheadAxis[0] = -sinNode * cosInclination;
        aheadAxis[1] = cosNode * cosInclination;
        aheadAxis[2] = StrictTrig.sin(inclinationRad);
    }

    /**
     * A geostationary satellite.
     *
     * @param rotation the Earth's rotation since the scenario epoch
     * @param longitudeRad sub-satellite longitude, radians
     * @return the orbit
     */
    static SatelliteOrbit geostationary(final EarthRotation rotation, final double longitudeRad) {
        return new SatelliteOrbit(rotation, true, GEOSTATIONARY_RADIUS_M, 0.0, longitudeRad, 0.0);
    }

    /**
     * A circular orbit fixed in ECI.
     *
     * @param rotation the Earth's rotation since the scenario epoch
     * @param altitudeM height above the equatorial radius, metres
     * @param inclinationRad inclination, radians
     * @param raanRad ascending node, radians from ECEF x at the epoch
     * @param argumentOfLatitudeRad angle from the node at the epoch, radians
     * @return the orbit
     */
    static SatelliteOrbit circular(
        final EarthRotation rotation, final double altitudeM, final double inclinationRad, final double raanRad,
        final double argumentOfLatitudeRad) {
        return new SatelliteOrbit(rotation, false, Wgs84.SEMI_MAJOR_AXIS_M + altitudeM, inclinationRad, raanRad,
            argumentOfLatitudeRad);
    }

    @Override
    public void stateEcef(final double timeS, final long timeNanos, final double[] stateOut) {
        if (geostationary) {
            // Fixed in ECEF: the node axis is the sub-satellite direction.
            stateOut[0] = radiusM * nodeAxis[0];
            stateOut[1] = radiusM * nodeAxis[1];
            stateOut[2] = 0.0;
        } else {
            final double u = argumentOfLatitude + meanMotion * timeS;
            final double c = radiusM * StrictTrig.cos(u);
            final double s = radiusM * StrictTrig.sin(u);
            for (int k = 0; k < 3; k++) {
                eci[k] = c * nodeAxis[k] + s * aheadAxis[k];
            }
            rotation.positionToEcef(timeNanos, eci, ecef);
            stateOut[0] = ecef[0];
            stateOut[1] = ecef[1];
            stateOut[2] = ecef[2];
        }
        // The line-of-sight model needs no sensor velocity; it is not reported.
        stateOut[3] = Double.NaN;
        stateOut[4] = Double.NaN;
        stateOut[5] = Double.NaN;
    }
}
