package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.testing.Measured;
import io.vigil.fusion.track.TrackStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A ballistic track in midcourse coasts through a 15-minute gap in coverage with the default
 * engine (flight-phase IMM): reported every second as COASTING with its predicted state, still
 * alive when a second radar, 1,500 km downrange, sees the object again, and that radar's plots
 * update the same track. The coasted covariance must be honest: over seeded runs the mean
 * position NEES at the end of the gap lies inside the two-sided 99 % interval of the mean of
 * chi-square(3) values, and the first plot after the gap falls in the track's 99.9 % gate (it
 * updates the track rather than starting a new one). Truth flies the engine's ballistic dynamics (J2, rotating Earth) without
 * process noise: the test is about the covariance of a long coast, not about the physics.
 */
class MidcourseCoastTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final double SIGMA_RANGE = 30.0;
    private static final double SIGMA_ANGLE = 1e-3;
    private static final int RUNS = 20;
    private static final int SEEN_BEFORE_S = 60;
    private static final int GAP_S = 900;
    private static final int SEEN_AFTER_S = 20;

    /** One report of the track, as the listener saw it. */
    private record Report(long trackId, TrackStatus status, long timeNanos, double[] position, double[] covariance) {
    }

    @Test
    void aMidcourseTrackCoastsThroughAFifteenMinuteGapAndIsPickedUpAgain() {
        final BallisticMotion truthModel = new BallisticMotion(0.0);
        final double[] start = new double[6];
        final LocalFrame launch = new LocalFrame(Math.toRadians(39.0), Math.toRadians(126.0), 300e3);
        Geodetic.toEcef(launch.latitudeRad(), launch.longitudeRad(), 300e3, start);
        final double[] v = new double[3];
        // 5.5 km/s east, climbing at 35 deg: apogee near 1,200 km, still in flight after 17 min.
        launch.enuVectorToEcef(5_500.0 * Math.cos(Math.toRadians(35.0)), 0.0, 5_500.0 * Math.sin(Math.toRadians(35.0)), v);
        System.arraycopy(v, 0, start, 3, 3);
        final double[][] truth = new double[SEEN_BEFORE_S + GAP_S + SEEN_AFTER_S + 1][];
        truth[0] = start.clone();
        for (int s = 1; s < truth.length; s++) {
            truth[s] = truth[s - 1].clone();
            truthModel.propagate(truth[s], 1.0, null);
        }
        final LocalFrame first = new LocalFrame(Math.toRadians(38.0), Math.toRadians(127.0), 100.0);
        final double[] after = new double[3];
        final double[] end = truth[SEEN_BEFORE_S + GAP_S];
        Geodetic.fromEcef(end[0], end[1], end[2], after);
        // The second radar 8 degrees of longitude short of the object's ground track: in view, not overhead.
        final LocalFrame second = new LocalFrame(after[0], after[1] - Math.toRadians(8.0), 100.0);
        final Sensor radarA = Sensor.radar("A", "KOR", first.latitudeRad(), first.longitudeRad(), first.heightM(),
            SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 0.9, 3_000_000.0);
        final Sensor radarB = Sensor.radar("B", "JPN", second.latitudeRad(), second.longitudeRad(), second.heightM(),
            SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 0.9, 3_000_000.0);

        double neesSum = 0.0;
        for (int run = 0; run < RUNS; run++) {
            final List<Report> reports = new ArrayList<>();
            final FusionListener listener = new FusionListener() {
                @Override
                public void onTrack(final TrackView track) {
                    final double[] p = new double[9];
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j < 3; j++) {
                            p[i * 3 + j] = track.covariance(i, j);
                        }
                    }
                    reports.add(new Report(track.trackId(), track.status(), track.timeNanos(),
                        new double[] {track.x(), track.y(), track.z()}, p));
                }
            };
            final SplittableRandom random = new SplittableRandom(7_000L + run);
            try (FusionEngine engine = FusionEngine.builder().sensor(radarA).sensor(radarB).listener(listener)
                .ringSize(1 << 12).maxTracks(16).build()) {
                engine.start();
                final PlotPublisher publisher = engine.publisher();
                for (int s = 0; s < SEEN_BEFORE_S; s += 2) {
                    RadarPlots.publish(publisher, 0, first, truth[s], T0 + s * SECOND, s, random, SIGMA_RANGE, SIGMA_ANGLE);
                }
                for (int s = SEEN_BEFORE_S; s < SEEN_BEFORE_S + GAP_S; s++) {
                    publisher.tick(T0 + s * SECOND);
                }
                for (int s = SEEN_BEFORE_S + GAP_S; s <= SEEN_BEFORE_S + GAP_S + SEEN_AFTER_S; s += 2) {
                    RadarPlots.publish(publisher, 1, second, truth[s], T0 + s * SECOND, s, random, SIGMA_RANGE, SIGMA_ANGLE);
                }
                engine.close();
            }
            final long coastedId = reports.get(reports.size() - 1).trackId();
            // Before the gap the same track was confirmed from radar A's plots.
            assertThat(reports.stream().filter(r -> r.timeNanos() == T0 + (SEEN_BEFORE_S - 2) * SECOND)
                .map(Report::trackId)).as("run " + run).containsOnly(coastedId);
            // During the gap (engine time moved by a tick a second from the first tick on): a
            // report at least every second of engine time, COASTING after 5 s.
            long last = T0 + SEEN_BEFORE_S * SECOND;
            Report endOfGap = null;
            for (final Report r : reports) {
                if (r.timeNanos() > last && r.timeNanos() < T0 + (SEEN_BEFORE_S + GAP_S) * SECOND) {
                    assertThat(r.trackId()).isEqualTo(coastedId);
                    assertThat(r.timeNanos() - last).as("run " + run + ": report interval").isLessThanOrEqualTo(SECOND);
                    if (r.timeNanos() > T0 + (SEEN_BEFORE_S + 5) * SECOND) {
                        assertThat(r.status()).isEqualTo(TrackStatus.COASTING);
                    }
                    last = r.timeNanos();
                    endOfGap = r;
                }
            }
            assertThat(last).as("run " + run).isEqualTo(T0 + (SEEN_BEFORE_S + GAP_S - 1) * SECOND);
            // Radar B's plots update the coasted track: CONFIRMED again, same id.
            final Report finalReport = reports.get(reports.size() - 1);
            assertThat(finalReport.status()).isEqualTo(TrackStatus.CONFIRMED);
            assertThat(finalReport.timeNanos()).isEqualTo(T0 + (SEEN_BEFORE_S + GAP_S + SEEN_AFTER_S) * SECOND);
            neesSum += positionNees(endOfGap, truth[SEEN_BEFORE_S + GAP_S - 1]);
        }
        final double meanNees = neesSum / RUNS;
        Measured.report("coasted position NEES after a 900 s midcourse gap, mean of " + RUNS + " runs (3 dof)", meanNees);
        // The mean of RUNS chi-square(3) values lies in this two-sided 99 % interval: neither
        // optimistic (the truth outside the gate) nor pessimistic (a gate taking a country).
        assertThat(meanNees).isBetween(ChiSquare.quantile(0.005, 3 * RUNS) / RUNS,
            ChiSquare.quantile(0.995, 3 * RUNS) / RUNS);
    }

    private static double positionNees(final Report report, final double[] truth) {
        final double[] e = {report.position()[0] - truth[0], report.position()[1] - truth[1],
            report.position()[2] - truth[2]};
        final double[] p = report.covariance();
        // Solve P y = e by Cholesky (3 x 3).
        final double l00 = Math.sqrt(p[0]);
        final double l10 = p[3] / l00;
        final double l20 = p[6] / l00;
        final double l11 = Math.sqrt(p[4] - l10 * l10);
        final double l21 = (p[7] - l20 * l10) / l11;
        final double l22 = Math.sqrt(p[8] - l20 * l20 - l21 * l21);
        final double y0 = e[0] / l00;
        final double y1 = (e[1] - l10 * y0) / l11;
        final double y2 = (e[2] - l20 * y0 - l21 * y1) / l22;
        return y0 * y0 + y1 * y1 + y2 * y2;
    }
}
