package io.vigil.fusion.engine;

/** What a sensor measures and where it stands. */
public enum SensorType {
    /** A radar at a fixed WGS-84 site: range, azimuth, elevation, optionally range rate. */
    RADAR,
    /**
     * A radar on a moving platform (ship, aircraft): its ECEF position (and velocity, for
     * range rate) comes with every plot; azimuth and elevation are in the local geodetic
     * frame at that position.
     */
    MOVING_RADAR,
    /** A space-based infrared sensor: a unit line of sight from its ECEF position per plot. */
    IR_LOS
}
