package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.engine.EngineConfiguration;
import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.engine.FusionListener;
import io.vigil.fusion.engine.PlotPublisher;
import io.vigil.fusion.engine.RejectReason;
import io.vigil.fusion.engine.RejectView;
import io.vigil.fusion.engine.Sensor;
import io.vigil.fusion.engine.TrackView;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.track.TrackStatus;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Plots written to plots.csv, read back and published with {@link PlotRecord#fill} reach a
 * real engine as the plots they describe: the engine fuses the good ones into a track at
 * the measured position and rejects the bad ones for the reason each was made to fail.
 * {@link TrackRecord#of} copies the track callbacks.
 */
class PlotRecordEngineTest {

    private static final long T0 = 1_780_089_185_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;

    private final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
    private final double[] target = new double[3];
    private final double[] ship = new double[3];
    private final double[] shipVelocity = new double[3];
    private final double[] satellite = new double[3];

    /** Copies every callback: the record, and the view's values read directly. */
    private static final class Recorder implements FusionListener {
        volatile EngineConfiguration config;
        final List<TrackRecord> records = new ArrayList<>();
        final List<double[]> views = new ArrayList<>();
        final Map<Long, RejectReason> rejects = new TreeMap<>();

        @Override
        public void onTrack(final TrackView track) {
            records.add(TrackRecord.of(track, config));
            final double[] copy = new double[6 + 36 + 3];
            copy[0] = track.x();
            copy[1] = track.y();
            copy[2] = track.z();
            copy[3] = track.vx();
            copy[4] = track.vy();
            copy[5] = track.vz();
            for (int i = 0; i < 36; i++) {
                copy[6 + i] = track.covariance(i / 6, i % 6);
            }
            copy[42] = track.latitudeDeg();
            copy[43] = track.longitudeDeg();
            copy[44] = track.heightM();
            views.add(copy);
        }

        @Override
        public void onReject(final RejectView reject) {
            rejects.put(reject.timeNanos(), reject.reason());
        }
    }

    PlotRecordEngineTest() {
        Geodetic.toEcef(Math.toRadians(41.9), Math.toRadians(141.5), 10_000.0, target);
        Geodetic.toEcef(Math.toRadians(40.0), Math.toRadians(142.0), 0.0, ship);
        new LocalFrame(Math.toRadians(40.0), Math.toRadians(142.0), 0.0).enuVectorToEcef(10.0, 0.0, 0.0, shipVelocity);
        Geodetic.toEcef(0.0, Math.toRadians(140.0), 35_786_000.0, satellite);
    }

    private static PlotRecord radar(final long time, final String sensor, final double rangeM, final double azimuthDeg,
        final double elevationDeg, final double rangeRateMps, final double[] position, final double[] velocity,
        final double sigmaAzimuthDeg) {
        final double[] p = position == null ? new double[] {Double.NaN, Double.NaN, Double.NaN} : position;
        final double[] v = velocity == null ? new double[] {Double.NaN, Double.NaN, Double.NaN} : velocity;
        return new PlotRecord(time, sensor, 7, rangeM, azimuthDeg, elevationDeg, rangeRateMps, p[0], p[1], p[2],
            v[0], v[1], v[2], Double.NaN, Double.NaN, Double.NaN, Double.NaN, sigmaAzimuthDeg, Double.NaN, Double.NaN);
    }

    private static PlotRecord lineOfSight(final long time, final String sensor, final double[] los,
        final double[] position) {
        final double[] p = position == null ? new double[] {Double.NaN, Double.NaN, Double.NaN} : position;
        return new PlotRecord(time, sensor, PlotRecord.NO_SCAN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            p[0], p[1], p[2], Double.NaN, Double.NaN, Double.NaN, los[0], los[1], los[2],
            Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The good plots of the target, then one plot made to fail each check. */
    private List<PlotRecord> plots() {
        final List<PlotRecord> plots = new ArrayList<>();
        final double[] seen = new double[3];
        site.ecefToRadar(target[0], target[1], target[2], seen);
        final double rangeM = seen[0];
        final double azimuthDeg = Math.toDegrees(seen[1]);
        final double elevationDeg = Math.toDegrees(seen[2]);
        // The ship sees the target from its own moving frame; the target stands still, so the
        // range rate is minus the ship's velocity along the line of sight. With its range rate
        // the ship's plot starts a track alone; R1's plot (no range rate) then updates it.
        new LocalFrame().atEcef(ship[0], ship[1], ship[2]).ecefToRadar(target[0], target[1], target[2], seen);
        double closing = 0;
        for (int i = 0; i < 3; i++) {
            closing += (target[i] - ship[i]) / seen[0] * shipVelocity[i];
        }
        plots.add(radar(T0, "SHIP", seen[0], Math.toDegrees(seen[1]), Math.toDegrees(seen[2]), -closing, ship,
            shipVelocity, Double.NaN));
        plots.add(radar(T0 + SECOND, "R1", rangeM, azimuthDeg, elevationDeg, Double.NaN, null, null, Double.NaN));
        final double[] los = new double[3];
        final double distance = Math.sqrt(Math.pow(target[0] - satellite[0], 2) + Math.pow(target[1] - satellite[1], 2)
            + Math.pow(target[2] - satellite[2], 2));
        for (int i = 0; i < 3; i++) {
            los[i] = (target[i] - satellite[i]) / distance;
        }
        plots.add(lineOfSight(T0 + 1500 * MILLI, "IR", los, satellite));
        // 350 degrees is a valid azimuth only once converted to radians; the positive sigma
        // override is accepted.
        plots.add(radar(T0 + 1600 * MILLI, "R1", 900_000.0, 350.0, 5.0, Double.NaN, null, null, 0.5));
        long t = T0 + 1700 * MILLI;
        plots.add(radar(t += MILLI, "R1", rangeM, 400.0, elevationDeg, Double.NaN, null, null, Double.NaN));
        plots.add(radar(t += MILLI, "R1", rangeM, azimuthDeg, 95.0, Double.NaN, null, null, Double.NaN));
        plots.add(radar(t += MILLI, "R1", -5.0, azimuthDeg, elevationDeg, Double.NaN, null, null, Double.NaN));
        plots.add(radar(t += MILLI, "R1", rangeM, azimuthDeg, elevationDeg, Double.NaN, null, null, -1.0));
        plots.add(lineOfSight(t += MILLI, "R1", los, satellite));
        plots.add(lineOfSight(t += MILLI, "IR", los, null));
        plots.add(lineOfSight(t += MILLI, "IR", new double[] {0.5, 0.0, 0.0}, satellite));
        plots.add(radar(t += MILLI, "SHIP", seen[0], 10.0, 10.0, -closing, ship, null, Double.NaN));
        plots.add(radar(T0 + 100 * SECOND, "R1", rangeM, azimuthDeg, elevationDeg, Double.NaN, null, null, Double.NaN));
        return plots;
    }

    @Test
    void publishedPlotsReachTheEngineAsTheyWereWrittenAndTrackReportsCopyTheViews() throws IOException {
        final Recorder recorder = new Recorder();
        final FusionEngine engine = FusionEngine.builder()
            .sensor(Sensor.radar("R1", "JPN", site.latitudeRad(), site.longitudeRad(), site.heightM(), 20.0, 1e-3,
                1e-3, Double.NaN, 0.9, 3_000_000.0))
            .sensor(Sensor.movingRadar("SHIP", "USA", 20.0, 1e-3, 1e-3, 1.0, 0.8, 2_000_000.0))
            .sensor(Sensor.infrared("IR", "USA", 1e-4, 0.9))
            .listener(recorder).ringSize(1 << 10).maxTracks(16)
            .motion(() -> new ConstantVelocityMotion(1.0)).initialVelocitySigma(400.0).build();
        recorder.config = engine.configuration();
        final String text = FileFormat.PLOTS.write(plots());
        final List<String> problems = new ArrayList<>();
        final Set<String> known = new HashSet<>(List.of("R1", "SHIP", "IR"));
        try (engine; PlotReader reader = new PlotReader(new StringReader(text), "plots.csv", known,
            (file, line, reason) -> problems.add(reason))) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            for (PlotRecord plot = reader.next(); plot != null; plot = reader.next()) {
                plot.fill(publisher.claim(), engine.sensorIndex(plot.sensorId())).commit();
            }
            engine.close();
            assertThat(engine.counters().published()).isEqualTo(13);
            assertThat(engine.counters().fused()).isEqualTo(4);
        }
        assertThat(problems).isEmpty();

        long t = T0 + 1700 * MILLI;
        final Map<Long, RejectReason> expected = new TreeMap<>();
        expected.put(t += MILLI, RejectReason.AZIMUTH_OUT_OF_RANGE);
        expected.put(t += MILLI, RejectReason.ELEVATION_OUT_OF_RANGE);
        expected.put(t += MILLI, RejectReason.RANGE_NOT_POSITIVE);
        expected.put(t += MILLI, RejectReason.SIGMA_NOT_POSITIVE);
        expected.put(t += MILLI, RejectReason.WRONG_KIND_FOR_SENSOR);
        expected.put(t += MILLI, RejectReason.NOT_FINITE);
        expected.put(t += MILLI, RejectReason.LINE_OF_SIGHT_NOT_UNIT);
        expected.put(t += MILLI, RejectReason.NOT_FINITE);
        expected.put(T0 + 100 * SECOND, RejectReason.TIME_TOO_FAR_AHEAD);
        assertThat(recorder.rejects).isEqualTo(expected);

        // The ship's plot, with its position, velocity and range rate, initiates a track where
        // it saw the target; R1's plot updates the same track.
        final TrackRecord first = recorder.records.get(0);
        assertThat(first.timeNanos()).isEqualTo(T0);
        assertThat(first.status()).isEqualTo(TrackStatus.TENTATIVE);
        assertThat(Math.sqrt(Math.pow(first.xM() - target[0], 2) + Math.pow(first.yM() - target[1], 2)
            + Math.pow(first.zM() - target[2], 2))).isLessThan(1e-3);
        assertThat(first.sensors()).containsExactly("SHIP");
        assertThat(first.nations()).containsExactly("USA");
        final TrackRecord second = recorder.records.get(1);
        assertThat(second.trackId()).isEqualTo(first.trackId());
        assertThat(second.timeNanos()).isEqualTo(T0 + SECOND);
        assertThat(second.sensors()).containsExactly("R1", "SHIP");
        assertThat(second.nations()).containsExactly("JPN", "USA");
        // The plot with the sigma override at 1.6 s is accepted (fused, not rejected); far from
        // the track and without range rate, it is kept for two-point initiation, not a track.
        for (final TrackRecord record : recorder.records) {
            if (record.sensors().contains("IR")) {
                assertThat(record.nations()).containsExactly("JPN", "USA");
            }
        }

        // Each record holds exactly what its view showed.
        for (int k = 0; k < recorder.records.size(); k++) {
            final TrackRecord record = recorder.records.get(k);
            final double[] view = recorder.views.get(k);
            assertThat(new double[] {record.xM(), record.yM(), record.zM(), record.vxMps(), record.vyMps(),
                record.vzMps()}).containsExactly(view[0], view[1], view[2], view[3], view[4], view[5]);
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    assertThat(record.covariance(i, j)).isEqualTo(view[6 + 6 * i + j]);
                }
            }
            assertThat(new double[] {record.latDeg(), record.lonDeg(), record.heightM()})
                .containsExactly(view[42], view[43], view[44]);
            assertThat(record.phase()).isNull();
        }
        assertThat(FileFormat.TRACKS.read(FileFormat.TRACKS.write(recorder.records), (f, l, r) -> problems.add(r))
            .records).containsExactlyElementsOf(recorder.records);
        assertThat(problems).isEmpty();
    }
}
