package io.vigil.fusion.engine;

import java.util.Objects;

/**
 * One sensor's configuration: identity, nation, type, site, default measurement sigmas,
 * detection probability and maximum range. Immutable; built with {@link #radar},
 * {@link #movingRadar} or {@link #infrared} and validated there, so a bad configuration
 * fails before the engine starts. SI units: radians, metres, seconds.
 */
public final class Sensor {

    private final String id;
    private final String nation;
    private final SensorType type;
    private final double latitudeRad;
    private final double longitudeRad;
    private final double heightM;
    private final double sigmaRangeM;
    private final double sigmaAzimuthRad;
    private final double sigmaElevationRad;
    private final double sigmaRangeRateMps;
    private final double detectionProbability;
    private final double maxRangeM;

    private Sensor(
        final String id, final String nation, final SensorType type,
        final double latitudeRad, final double longitudeRad, final double heightM,
        final double sigmaRangeM, final double sigmaAzimuthRad, final double sigmaElevationRad,
        final double sigmaRangeRateMps, final double detectionProbability, final double maxRangeM) {
        this.id = requireText(id, "sensor id");
        this.nation = requireText(nation, "sensor " + id + ": nation");
        this.type = Objects.requireNonNull(type, "type");
        this.latitudeRad = latitudeRad;
        this.longitudeRad = longitudeRad;
        this.heightM = heightM;
        this.sigmaRangeM = sigmaRangeM;
        this.sigmaAzimuthRad = sigmaAzimuthRad;
        this.sigmaElevationRad = sigmaElevationRad;
        this.sigmaRangeRateMps = sigmaRangeRateMps;
        this.detectionProbability = detectionProbability;
        this.maxRangeM = maxRangeM;
        if (type == SensorType.RADAR) {
            if (!(Math.abs(latitudeRad) <= Math.PI / 2) || !Double.isFinite(longitudeRad) || !Double.isFinite(heightM)) {
                throw new IllegalArgumentException("sensor " + id + ": site must be a finite latitude in [-pi/2, pi/2] rad,"
                    + " longitude and height, got " + latitudeRad + ", " + longitudeRad + ", " + heightM);
            }
        }
        if (type != SensorType.IR_LOS) {
            requirePositive(sigmaRangeM, "sigma range (m)");
            requirePositive(maxRangeM, "maximum range (m)");
            requirePositive(sigmaElevationRad, "sigma elevation (rad)");
            if (!Double.isNaN(sigmaRangeRateMps)) {
                requirePositive(sigmaRangeRateMps, "sigma range rate (m/s)");
            }
        }
        requirePositive(sigmaAzimuthRad, type == SensorType.IR_LOS ? "line-of-sight sigma (rad)" : "sigma azimuth (rad)");
        if (!(detectionProbability > 0.0 && detectionProbability <= 1.0)) {
            throw new IllegalArgumentException("sensor " + id + ": detection probability must be in (0, 1], got "
                + detectionProbability);
        }
    }

    /**
     * A radar at a fixed WGS-84 site.
     *
     * @param id unique sensor id, for example "TPY2-SHARIKI"
     * @param nation the owning nation's code, for example "JPN"
     * @param latitudeRad geodetic latitude of the site, radians
     * @param longitudeRad longitude of the site, radians
     * @param heightM ellipsoidal height of the site, metres
     * @param sigmaRangeM default range sigma, metres
     * @param sigmaAzimuthRad default azimuth sigma, radians
     * @param sigmaElevationRad default elevation sigma, radians
     * @param sigmaRangeRateMps default range-rate sigma, m/s, or NaN if the radar does not measure range rate
     * @param detectionProbability probability of detecting a target in coverage, in (0, 1]
     * @param maxRangeM maximum instrumented range, metres
     * @return the sensor
     */
    public static Sensor radar(
        final String id, final String nation, final double latitudeRad, final double longitudeRad, final double heightM,
        final double sigmaRangeM, final double sigmaAzimuthRad, final double sigmaElevationRad,
        final double sigmaRangeRateMps, final double detectionProbability, final double maxRangeM) {
        return new Sensor(id, nation, SensorType.RADAR, latitudeRad, longitudeRad, heightM, sigmaRangeM,
            sigmaAzimuthRad, sigmaElevationRad, sigmaRangeRateMps, detectionProbability, maxRangeM);
    }

    /**
     * A radar on a moving platform; its position comes with every plot.
     *
     * @param id unique sensor id
     * @param nation the owning nation's code
     * @param sigmaRangeM default range sigma, metres
     * @param sigmaAzimuthRad default azimuth sigma, radians
     * @param sigmaElevationRad default elevation sigma, radians
     * @param sigmaRangeRateMps default range-rate sigma, m/s, or NaN if not measured
     * @param detectionProbability in (0, 1]
     * @param maxRangeM maximum instrumented range, metres
     * @return the sensor
     */
    public static Sensor movingRadar(
        final String id, final String nation, final double sigmaRangeM, final double sigmaAzimuthRad,
        final double sigmaElevationRad, final double sigmaRangeRateMps, final double detectionProbability,
        final double maxRangeM) {
        return new Sensor(id, nation, SensorType.MOVING_RADAR, Double.NaN, Double.NaN, Double.NaN, sigmaRangeM,
            sigmaAzimuthRad, sigmaElevationRad, sigmaRangeRateMps, detectionProbability, maxRangeM);
    }

    /**
     * A space-based infrared sensor reporting lines of sight; its position comes with every plot.
     *
     * @param id unique sensor id
     * @param nation the owning nation's code
     * @param sigmaLineOfSightRad default line-of-sight sigma per axis, radians
     * @param detectionProbability in (0, 1]
     * @return the sensor
     */
    public static Sensor infrared(
        final String id, final String nation, final double sigmaLineOfSightRad, final double detectionProbability) {
        return new Sensor(id, nation, SensorType.IR_LOS, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            sigmaLineOfSightRad, sigmaLineOfSightRad, Double.NaN, detectionProbability, Double.POSITIVE_INFINITY);
    }

    /**
     * Returns the unique sensor id.
     *
     * @return the unique sensor id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the owning nation's code.
     *
     * @return the owning nation's code
     */
    public String nation() {
        return nation;
    }

    /**
     * Returns the sensor type.
     *
     * @return the sensor type
     */
    public SensorType type() {
        return type;
    }

    /**
     * Returns the site's geodetic latitude, radians (NaN for moving and IR sensors).
     *
     * @return the site's geodetic latitude, radians
     */
    public double latitudeRad() {
        return latitudeRad;
    }

    /**
     * Returns the site's longitude, radians (NaN for moving and IR sensors).
     *
     * @return the site's longitude, radians
     */
    public double longitudeRad() {
        return longitudeRad;
    }

    /**
     * Returns the site's ellipsoidal height, metres (NaN for moving and IR sensors).
     *
     * @return the site's ellipsoidal height, metres
     */
    public double heightM() {
        return heightM;
    }

    /**
     * Returns the default range sigma, metres (NaN for IR sensors).
     *
     * @return the default range sigma, metres
     */
    public double sigmaRangeM() {
        return sigmaRangeM;
    }

    /**
     * Returns the default azimuth sigma, radians (the line-of-sight sigma for IR sensors).
     *
     * @return the default azimuth sigma, radians
     */
    public double sigmaAzimuthRad() {
        return sigmaAzimuthRad;
    }

    /**
     * Returns the default elevation sigma, radians (the line-of-sight sigma for IR sensors).
     *
     * @return the default elevation sigma, radians
     */
    public double sigmaElevationRad() {
        return sigmaElevationRad;
    }

    /**
     * Returns the default range-rate sigma, m/s, or NaN if the sensor does not measure range rate.
     *
     * @return the default range-rate sigma, m/s, or NaN
     */
    public double sigmaRangeRateMps() {
        return sigmaRangeRateMps;
    }

    /**
     * Returns whether the sensor measures range rate.
     *
     * @return true if plots of this sensor carry a range rate
     */
    public boolean measuresRangeRate() {
        return !Double.isNaN(sigmaRangeRateMps);
    }

    /**
     * Returns the detection probability, in (0, 1].
     *
     * @return the detection probability
     */
    public double detectionProbability() {
        return detectionProbability;
    }

    /**
     * Returns the maximum range, metres (infinite for IR sensors).
     *
     * @return the maximum range, metres
     */
    public double maxRangeM() {
        return maxRangeM;
    }

    @Override
    public String toString() {
        return "Sensor[" + id + ", " + nation + ", " + type + "]";
    }

    private void requirePositive(final double value, final String what) {
        if (!(value > 0.0) || Double.isNaN(value)) {
            throw new IllegalArgumentException("sensor " + id + ": " + what + " must be > 0, got " + value);
        }
    }

    private static String requireText(final String text, final String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return text;
    }
}
