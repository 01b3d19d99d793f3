package io.vigil.fusion.samples.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vigil.fusion.engine.SensorType;
import java.util.Objects;

/**
 * One sensor of a scenario: where it is, how well it measures, how often it looks.
 *
 * <p>A {@link SensorType#RADAR} has a {@code site}, a {@link SensorType#MOVING_RADAR} a
 * {@code ship}, an {@link SensorType#IR_LOS} a {@code satellite}; exactly the one its type
 * needs. Radars measure range, azimuth, elevation and, with {@code rangeRate}, range rate;
 * an infrared sensor measures a line of sight, with {@code sigmaAzimuthDeg} and
 * {@code sigmaElevationDeg} as the noise on its two axes and no range, mask or clutter.
 *
 * <p>A radar's resolution cell, {@code rangeResolutionM} by {@code angularResolutionDeg},
 * decides which objects it can tell apart ({@link RadarSensor}): objects closer than both in
 * one look give one plot. Both are optional; absent, they take the defaults of a long-range
 * surveillance or missile-defence radar in its track waveform:
 * <ul>
 *   <li>{@value #DEFAULT_RANGE_RESOLUTION_M} m of range, c / (2B) for a 5 MHz waveform
 *       bandwidth. Wideband discrimination waveforms resolve far finer, but they are not
 *       what a radar tracks a raid with, and long search pulses far coarser;</li>
 *   <li>{@value #DEFAULT_ANGULAR_RESOLUTION_DEG} degrees of angle, the 3 dB beamwidth (about
 *       lambda / D) of an X-band array some 6 m across: two echoes within one beam are not
 *       told apart by monopulse. It is a beamwidth, not a measurement sigma; the angle sigmas
 *       of the built-in radars (0.05 to 0.15 degrees) are a fraction of it, as a beam split
 *       at a good signal-to-noise ratio gives.</li>
 * </ul>
 * Zero for either resolves every object (an ideal radar, as the simulator was before it had
 * cells). An infrared sensor has neither.
 *
 * @param id the sensor's id
 * @param nation the owning nation's code; its link latency comes from the scenario's {@code latency}
 * @param type RADAR, MOVING_RADAR or IR_LOS
 * @param site a fixed radar's site
 * @param ship a ship radar's track
 * @param satellite an infrared sensor's orbit
 * @param sigmaRangeM range noise, metres (radars)
 * @param sigmaAzimuthDeg azimuth noise (radars) or first line-of-sight axis noise (IR), degrees
 * @param sigmaElevationDeg elevation noise (radars) or second line-of-sight axis noise (IR), degrees
 * @param rangeRate whether the radar measures range rate
 * @param sigmaRangeRateMps range-rate noise, m/s (with {@code rangeRate})
 * @param pd probability of detecting an object in coverage on one scan, in (0, 1]
 * @param maxRangeKm maximum range, kilometres (radars)
 * @param maskDeg elevation mask: nothing below it is seen, degrees in [0, 60) (radars)
 * @param revisitS time between scans (radars) or frames (IR), seconds
 * @param scanOffsetS time of the first scan after the epoch, seconds (0 if absent)
 * @param rangeResolutionM range resolution, metres, at least 0 (radars; {@value
 *     #DEFAULT_RANGE_RESOLUTION_M} if absent; NaN for IR_LOS)
 * @param angularResolutionDeg angular resolution, the largest angle between two lines of sight
 *     the radar cannot tell apart, degrees in [0, 90] (radars; {@value
 *     #DEFAULT_ANGULAR_RESOLUTION_DEG} if absent; NaN for IR_LOS)
 */
public record SensorSpec(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) String nation,
    @JsonProperty(required = true) SensorType type,
    Site site,
    Ship ship,
    Satellite satellite,
    double sigmaRangeM,
    @JsonProperty(required = true) double sigmaAzimuthDeg,
    @JsonProperty(required = true) double sigmaElevationDeg,
    boolean rangeRate,
    double sigmaRangeRateMps,
    @JsonProperty(required = true) double pd,
    double maxRangeKm,
    double maskDeg,
    @JsonProperty(required = true) double revisitS,
    double scanOffsetS,
    Double rangeResolutionM,
    Double angularResolutionDeg) {

    /** Range resolution of a radar whose file gives none, metres: see the class comment. */
    public static final double DEFAULT_RANGE_RESOLUTION_M = 30.0;

    /** Angular resolution of a radar whose file gives none, degrees: see the class comment. */
    public static final double DEFAULT_ANGULAR_RESOLUTION_DEG = 0.3;

    /**
     * A fixed radar's site.
     *
     * @param latDeg geodetic latitude, degrees
     * @param lonDeg longitude, degrees
     * @param heightM antenna ellipsoidal height, metres (0 if absent)
     */
    public record Site(
        @JsonProperty(required = true) double latDeg,
        @JsonProperty(required = true) double lonDeg,
        double heightM) {

        /**
         * Checks the values.
         *
         * @param latDeg see the record
         * @param lonDeg see the record
         * @param heightM see the record
         */
        public Site {
            ScenarioChecks.latitude("site latDeg", latDeg);
            ScenarioChecks.longitude("site lonDeg", lonDeg);
        }
    }

    /**
     * A ship's track: from a position at the epoch, at constant speed and course (a rhumb
     * line along the ellipsoid).
     *
     * @param latDeg geodetic latitude at the epoch, degrees
     * @param lonDeg longitude at the epoch, degrees
     * @param speedMps speed over ground, m/s (0 if absent)
     * @param courseDeg course, degrees clockwise from north (0 if absent)
     * @param antennaHeightM antenna height above the ellipsoid, metres (0 if absent)
     */
    public record Ship(
        @JsonProperty(required = true) double latDeg,
        @JsonProperty(required = true) double lonDeg,
        double speedMps,
        double courseDeg,
        double antennaHeightM) {

        /**
         * Checks the values.
         *
         * @param latDeg see the record
         * @param lonDeg see the record
         * @param speedMps see the record
         * @param courseDeg see the record
         * @param antennaHeightM see the record
         */
        public Ship {
            ScenarioChecks.latitude("ship latDeg", latDeg);
            ScenarioChecks.longitude("ship lonDeg", lonDeg);
            if (!(Math.abs(latDeg) <= 80.0)) {
                throw new IllegalArgumentException("ship latDeg must be within 80 degrees of the equator, got " + latDeg);
            }
            if (!(speedMps >= 0.0 && speedMps <= 30.0)) {
                throw new IllegalArgumentException("ship speedMps must be in [0, 30] m/s, got " + speedMps);
            }
        }
    }

    /**
     * An infrared satellite's orbit: geostationary over a longitude, or a circular orbit
     * fixed in the simulator's inertial frame.
     *
     * @param orbit GEOSTATIONARY or CIRCULAR
     * @param lonDeg GEOSTATIONARY: the sub-satellite longitude, degrees
     * @param altitudeKm CIRCULAR: height above the equatorial radius, kilometres
     * @param inclinationDeg CIRCULAR: inclination, degrees
     * @param raanDeg CIRCULAR: right ascension of the ascending node from ECEF x at the epoch, degrees
     * @param argumentOfLatitudeDeg CIRCULAR: angle from the ascending node at the epoch, degrees
     */
    public record Satellite(
        @JsonProperty(required = true) Orbit orbit,
        double lonDeg,
        double altitudeKm,
        double inclinationDeg,
        double raanDeg,
        double argumentOfLatitudeDeg) {

        /** The kind of orbit. */
        public enum Orbit {
            /** Fixed over the equator at a longitude. */
            GEOSTATIONARY,
            /** A circular orbit fixed in the inertial frame. */
            CIRCULAR
        }

        /**
         * Checks the values.
         *
         * @param orbit see the record
         * @param lonDeg see the record
         * @param altitudeKm see the record
         * @param inclinationDeg see the record
         * @param raanDeg see the record
         * @param argumentOfLatitudeDeg see the record
         */
        public Satellite {
            Objects.requireNonNull(orbit, "orbit");
            if (orbit == Orbit.GEOSTATIONARY) {
                ScenarioChecks.longitude("satellite lonDeg", lonDeg);
            } else if (!(altitudeKm >= 200.0 && altitudeKm <= 100_000.0)) {
                throw new IllegalArgumentException("satellite altitudeKm must be in [200, 100000] km, got " + altitudeKm);
            }
        }
    }

    /**
     * Checks that the sensor is complete for its type.
     *
     * @param id see the record
     * @param nation see the record
     * @param type see the record
     * @param site see the record
     * @param ship see the record
     * @param satellite see the record
     * @param sigmaRangeM see the record
     * @param sigmaAzimuthDeg see the record
     * @param sigmaElevationDeg see the record
     * @param rangeRate see the record
     * @param sigmaRangeRateMps see the record
     * @param pd see the record
     * @param maxRangeKm see the record
     * @param maskDeg see the record
     * @param revisitS see the record
     * @param scanOffsetS see the record
     * @param rangeResolutionM see the record
     * @param angularResolutionDeg see the record
     */
    public SensorSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(type, "type");
        final String name = "sensor " + id + ": ";
        final int placements = (site != null ? 1 : 0) + (ship != null ? 1 : 0) + (satellite != null ? 1 : 0);
        final boolean placed = switch (type) {
            case RADAR -> site != null;
            case MOVING_RADAR -> ship != null;
            case IR_LOS -> satellite != null;
        };
        if (!placed || placements != 1) {
            throw new IllegalArgumentException(name + "a " + type + " needs exactly "
                + (type == SensorType.RADAR ? "a site" : type == SensorType.MOVING_RADAR ? "a ship" : "a satellite")
                + " and nothing else of site, ship, satellite");
        }
        ScenarioChecks.positive(name + "sigmaAzimuthDeg", sigmaAzimuthDeg);
        ScenarioChecks.positive(name + "sigmaElevationDeg", sigmaElevationDeg);
        ScenarioChecks.positive(name + "revisitS", revisitS);
        if (!(pd > 0.0 && pd <= 1.0)) {
            throw new IllegalArgumentException(name + "pd must be in (0, 1], got " + pd);
        }
        if (!(scanOffsetS >= 0.0)) {
            throw new IllegalArgumentException(name + "scanOffsetS must be >= 0 s, got " + scanOffsetS);
        }
        if (type != SensorType.IR_LOS) {
            ScenarioChecks.positive(name + "sigmaRangeM", sigmaRangeM);
            ScenarioChecks.positive(name + "maxRangeKm", maxRangeKm);
            // A mask at or above the antenna's horizontal plane keeps every line of sight clear of the Earth.
            if (!(maskDeg >= 0.0 && maskDeg < 60.0)) {
                throw new IllegalArgumentException(name + "maskDeg must be in [0, 60) degrees, got " + maskDeg);
            }
            if (rangeRate) {
                ScenarioChecks.positive(name + "sigmaRangeRateMps", sigmaRangeRateMps);
            }
            // Boxed so that an absent field (null) differs from an explicit 0, which means "resolves all".
            rangeResolutionM = rangeResolutionM == null ? DEFAULT_RANGE_RESOLUTION_M : rangeResolutionM;
            angularResolutionDeg = angularResolutionDeg == null ? DEFAULT_ANGULAR_RESOLUTION_DEG : angularResolutionDeg;
            if (!(rangeResolutionM >= 0.0 && rangeResolutionM < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(name + "rangeResolutionM must be >= 0 m and finite, got "
                    + rangeResolutionM);
            }
            if (!(angularResolutionDeg >= 0.0 && angularResolutionDeg <= 90.0)) {
                throw new IllegalArgumentException(name + "angularResolutionDeg must be in [0, 90] degrees, got "
                    + angularResolutionDeg);
            }
        } else if (rangeRate) {
            throw new IllegalArgumentException(name + "an IR_LOS sensor measures no range rate");
        } else if (rangeResolutionM != null || angularResolutionDeg != null) {
            throw new IllegalArgumentException(name + "an IR_LOS sensor has no rangeResolutionM or angularResolutionDeg");
        } else {
            rangeResolutionM = Double.NaN;
            angularResolutionDeg = Double.NaN;
        }
    }
}
