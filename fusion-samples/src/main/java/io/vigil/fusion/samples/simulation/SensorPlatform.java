package io.vigil.fusion.samples.simulation;

/** Where a sensor is: its ECEF (WGS-84) position and Earth-relative velocity at any time. */
interface SensorPlatform {

    /**
     * Writes the platform's state.
     *
     * @param timeS time, seconds since the scenario epoch
     * @param timeNanos the same time, nanoseconds since the Unix epoch (UTC)
     * @param stateOut receives ECEF x, y, z (m) and vx, vy, vz (m/s, Earth-relative)
     */
    void stateEcef(double timeS, long timeNanos, double[] stateOut);
}
