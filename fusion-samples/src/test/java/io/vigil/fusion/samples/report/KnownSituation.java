package io.vigil.fusion.samples.report;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.io.WarningRecord;
import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.trajectory.FlightPhase;
import io.vigil.fusion.trajectory.WarningState;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small, fixed raid for the picture tests: two ballistic objects launched across the Sea
 * of Japan at two defended areas, two fixed radars and two sensors without a site, tracks
 * that follow the truth with seeded noise, and impact predictions whose ellipses shrink.
 * The ground tracks are straight in latitude/longitude and the heights a parabola: the
 * pictures need places, not flight dynamics.
 */
final class KnownSituation {

    static final long EPOCH_NANOS = 1_767_225_600_000_000_000L; // 2026-01-01T00:00:00Z
    static final long SECOND = 1_000_000_000L;
    static final double FLIGHT_S = 600.0;
    static final double STEP_S = 10.0;
    static final double APOGEE_M = 450_000.0;

    static final SensorRecord RADAR_1 = radar("JPN-R1", 35.2, 138.0);
    static final SensorRecord RADAR_2 = radar("JPN-R2", 38.3, 140.9);
    static final AreaRecord TOKYO = new AreaRecord("DA-TOKYO", 35.68, 139.77, 50_000.0);
    static final AreaRecord OSAKA = new AreaRecord("DA-OSAKA", 34.69, 135.50, 40_000.0);

    /**
     * Warnings for Tokyo, where object 1 falls: raised by track 2 at 300 s (listed first) and
     * by track 1 at 200 s, 420.6 s before the impact it predicted (the first warning), then
     * updated and cleared. None for Osaka; one for an area that is not defended.
     */
    static final List<WarningRecord> TOKYO_WARNED = List.of(
        new WarningRecord(EPOCH_NANOS + 300 * SECOND, TOKYO.areaId(), 2L, WarningState.RAISED, 0.3, 290.0),
        new WarningRecord(EPOCH_NANOS + 200 * SECOND, TOKYO.areaId(), 1L, WarningState.RAISED, 0.6, 420.6),
        new WarningRecord(EPOCH_NANOS + 320 * SECOND, TOKYO.areaId(), 1L, WarningState.UPDATED, 0.95, 280.0),
        new WarningRecord(EPOCH_NANOS + 600 * SECOND, TOKYO.areaId(), 1L, WarningState.CLEARED, 0.95, 0.0),
        new WarningRecord(EPOCH_NANOS + 250 * SECOND, "DA-ELSEWHERE", 2L, WarningState.RAISED, 0.5, 300.0));

    /** Launch and impact points (lat, lon) of the two objects. */
    static final double[][] OBJECTS = {
        {39.0, 125.5, 35.70, 139.60},
        {40.0, 127.0, 34.75, 135.40},
    };

    private KnownSituation() {
    }

    static Situation situation() {
        return situation(new Random(20_260_101L));
    }

    static Situation situation(final Random random) {
        final List<TruthRecord> truth = new ArrayList<>();
        final List<TruthEventRecord> events = new ArrayList<>();
        final List<TrackRecord> tracks = new ArrayList<>();
        final List<ImpactRecord> impacts = new ArrayList<>();
        for (int k = 0; k < OBJECTS.length; k++) {
            final double[] o = OBJECTS[k];
            final String objectId = "OBJ-" + (k + 1);
            final long trackId = k + 1;
            events.add(new TruthEventRecord(objectId, EPOCH_NANOS, o[0], o[1], EPOCH_NANOS + (long) FLIGHT_S * SECOND,
                o[2], o[3]));
            for (double t = 0.0; t <= FLIGHT_S; t += STEP_S) {
                final double[] p = position(k, t);
                final double[] ecef = new double[3];
                Geodetic.toEcef(Math.toRadians(p[0]), Math.toRadians(p[1]), p[2], ecef);
                final long time = EPOCH_NANOS + (long) (t * SECOND);
                truth.add(new TruthRecord(time, objectId, ecef[0], ecef[1], ecef[2], 0.0, 0.0, 0.0));
                if (t >= 100.0) {
                    tracks.add(track(time, trackId, t < 500.0 ? TrackStatus.CONFIRMED : TrackStatus.COASTING,
                        p[0] + 0.01 * random.nextGaussian(), p[1] + 0.01 * random.nextGaussian(), p[2]));
                }
                if (t >= 120.0 && t % 60.0 == 0.0) {
                    final double size = 60_000.0 * (FLIGHT_S - t) / FLIGHT_S + 5_000.0;
                    impacts.add(impact(time, trackId, o[2] + 0.02 * random.nextGaussian(),
                        o[3] + 0.02 * random.nextGaussian(), size, size / 3.0, heading(k), o[0], o[1]));
                }
            }
        }
        // A tentative track, which the map must not draw.
        tracks.add(track(EPOCH_NANOS + 200 * SECOND, 99L, TrackStatus.TENTATIVE, 37.0, 130.0, 100_000.0));
        final List<SensorRecord> sensors = List.of(RADAR_1, RADAR_2,
            new SensorRecord("SHIP-1", "JPN", SensorType.MOVING_RADAR, Double.NaN, Double.NaN, Double.NaN, 50.0,
                0.1, 0.1, Double.NaN, 0.9, 500_000.0),
            new SensorRecord("IR-1", "USA", SensorType.IR_LOS, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                0.01, 0.01, Double.NaN, 0.9, Double.NaN));
        return new Situation(sensors, truth, events, tracks, impacts, List.of(TOKYO, OSAKA), List.of());
    }

    /** Object k's (lat deg, lon deg, height m) at t seconds after launch. */
    static double[] position(final int k, final double t) {
        final double[] o = OBJECTS[k];
        final double f = t / FLIGHT_S;
        return new double[] {o[0] + f * (o[2] - o[0]), o[1] + f * (o[3] - o[1]), 4.0 * APOGEE_M * f * (1.0 - f)};
    }

    /** Azimuth of object k's flight, degrees clockwise from north (flat-earth, good enough for a test). */
    static double heading(final int k) {
        final double[] o = OBJECTS[k];
        final double east = (o[3] - o[1]) * Math.cos(Math.toRadians(0.5 * (o[0] + o[2])));
        final double north = o[2] - o[0];
        return (Math.toDegrees(Math.atan2(east, north)) + 360.0) % 180.0;
    }

    static SensorRecord radar(final String id, final double latDeg, final double lonDeg) {
        return new SensorRecord(id, "JPN", SensorType.RADAR, latDeg, lonDeg, 50.0, 50.0, 0.1, 0.1, Double.NaN, 0.9,
            1_000_000.0);
    }

    static TrackRecord track(
        final long timeNanos, final long trackId, final TrackStatus status, final double latDeg, final double lonDeg,
        final double heightM) {
        final double[] ecef = new double[3];
        Geodetic.toEcef(Math.toRadians(latDeg), Math.toRadians(lonDeg), heightM, ecef);
        return new TrackRecord(timeNanos, trackId, status, ecef[0], ecef[1], ecef[2], 0.0, 0.0, 0.0,
            new double[TrackRecord.COVARIANCE_ELEMENTS], latDeg, lonDeg, heightM, FlightPhase.MIDCOURSE, Double.NaN,
            List.of("JPN-R1"), List.of("JPN"));
    }

    static ImpactRecord impact(
        final long timeNanos, final long trackId, final double latDeg, final double lonDeg, final double semiMajorM,
        final double semiMinorM, final double orientationDeg, final double launchLatDeg, final double launchLonDeg) {
        return new ImpactRecord(timeNanos, trackId, timeNanos + 100 * SECOND, latDeg, lonDeg, semiMajorM, semiMinorM,
            orientationDeg, 0.4 * semiMajorM, EPOCH_NANOS, launchLatDeg, launchLonDeg, 2.0 * semiMajorM, semiMajorM,
            orientationDeg);
    }
}
