package io.vigil.fusion.io;

import io.vigil.fusion.engine.Sensor;
import io.vigil.fusion.engine.SensorType;
import java.util.Objects;

/**
 * One row of {@code sensors.csv}: a sensor's configuration as the file holds it (degrees;
 * an absent value is NaN). {@link #toSensor()} turns it into the engine's {@link Sensor}.
 *
 * @param sensorId unique sensor id
 * @param nation the owning nation's code (for example "JPN")
 * @param type RADAR, MOVING_RADAR or IR_LOS
 * @param latDeg site geodetic latitude, degrees (NaN for moving and space sensors)
 * @param lonDeg site longitude, degrees (NaN for moving and space sensors)
 * @param heightM site ellipsoidal height, metres (NaN for moving and space sensors)
 * @param sigmaRangeM default range sigma, metres (NaN for IR_LOS)
 * @param sigmaAzimuthDeg default azimuth sigma, degrees; for IR_LOS the line-of-sight noise on one axis
 * @param sigmaElevationDeg default elevation sigma, degrees; for IR_LOS the line-of-sight noise on the other axis
 * @param sigmaRangeRateMps default range-rate sigma, m/s, or NaN if the sensor does not measure range rate
 * @param pd detection probability of a target in coverage, in (0, 1]
 * @param maxRangeM maximum instrumented range, metres (NaN: unbounded, for IR_LOS)
 */
public record SensorRecord(
    String sensorId, String nation, SensorType type, double latDeg, double lonDeg, double heightM,
    double sigmaRangeM, double sigmaAzimuthDeg, double sigmaElevationDeg, double sigmaRangeRateMps,
    double pd, double maxRangeM) {

    /**
     * Checks the identity fields.
     *
     * @param sensorId see the record
     * @param nation see the record
     * @param type see the record
     * @param latDeg see the record
     * @param lonDeg see the record
     * @param heightM see the record
     * @param sigmaRangeM see the record
     * @param sigmaAzimuthDeg see the record
     * @param sigmaElevationDeg see the record
     * @param sigmaRangeRateMps see the record
     * @param pd see the record
     * @param maxRangeM see the record
     */
    public SensorRecord {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The engine's sensor for this row. An IR sensor's two axis sigmas become one
     * line-of-sight sigma, the larger of the two (the engine's line-of-sight model is
     * isotropic; the larger keeps the covariance honest).
     *
     * @return the sensor, in SI units
     * @throws IllegalArgumentException if the values are not a valid sensor (the message says which)
     */
    public Sensor toSensor() {
        switch (type) {
            case RADAR:
                return Sensor.radar(sensorId, nation, Math.toRadians(latDeg), Math.toRadians(lonDeg), heightM,
                    sigmaRangeM, Math.toRadians(sigmaAzimuthDeg), Math.toRadians(sigmaElevationDeg), sigmaRangeRateMps,
                    pd, maxRangeM);
            case MOVING_RADAR:
                return Sensor.movingRadar(sensorId, nation, sigmaRangeM, Math.toRadians(sigmaAzimuthDeg),
                    Math.toRadians(sigmaElevationDeg), sigmaRangeRateMps, pd, maxRangeM);
            default:
                return Sensor.infrared(sensorId, nation, Math.toRadians(Math.max(sigmaAzimuthDeg, sigmaElevationDeg)), pd);
        }
    }
}
