package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.track.TrackStatus;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Confirmation by the sequential track score, configured on the builder: a midcourse object
 * seen by one radar is confirmed within a few scans, while clutter spread over the radar's
 * coverage at the density the engine assumes (one false plot per scan over its measurement
 * space) starts tentative tracks that the score never confirms; and the same run with M of N
 * confirms the object too.
 */
class ScoreConfirmationTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final double SIGMA_RANGE = 30.0;
    private static final double SIGMA_ANGLE = 1e-3;
    private static final double MAX_RANGE = 3_000_000.0;
    private static final int SCANS = 400;

    private final LocalFrame site = new LocalFrame(Math.toRadians(37.0), Math.toRadians(127.5), 100.0);

    @Test
    void theScoreConfirmsTheObjectAndNoClutter() {
        final long[] result = run(true);
        assertThat(result[0]).as("confirmed tracks").isEqualTo(1);
        assertThat(result[1]).as("scans to confirm the object").isBetween(1L, 6L);
        assertThat(result[2]).as("tracks started (clutter ones included)").isGreaterThan(5);
        final long[] byWindow = run(false);
        assertThat(byWindow[1]).as("scans to confirm by 3 of 4").isBetween(1L, 6L);
    }

    /** Returns confirmed track count, scans until the object's track was confirmed, tracks started. */
    private long[] run(final boolean byScore) {
        final Map<Long, Long> confirmedAt = new TreeMap<>();
        final Map<Long, Long> started = new TreeMap<>();
        final FusionListener listener = new FusionListener() {
            @Override
            public void onTrack(final TrackView track) {
                started.putIfAbsent(track.trackId(), track.timeNanos());
                if (track.status() == TrackStatus.CONFIRMED) {
                    confirmedAt.putIfAbsent(track.trackId(), track.timeNanos());
                }
            }
        };
        final FusionEngine.Builder builder = FusionEngine.builder()
            .sensor(Sensor.radar("R", "KOR", site.latitudeRad(), site.longitudeRad(), site.heightM(), SIGMA_RANGE,
                SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 0.9, MAX_RANGE))
            .listener(listener).ringSize(1 << 12).maxTracks(256);
        if (byScore) {
            builder.confirmationByScore(1e-4, 1e-2);
        }
        final BallisticMotion truthModel = new BallisticMotion(0.0);
        final double[] x = new double[6];
        final LocalFrame start = new LocalFrame(Math.toRadians(39.0), Math.toRadians(130.0), 500e3);
        Geodetic.toEcef(start.latitudeRad(), start.longitudeRad(), 500e3, x);
        final double[] v = new double[3];
        start.enuVectorToEcef(3_000.0, 0.0, 500.0, v);
        System.arraycopy(v, 0, x, 3, 3);
        final SplittableRandom random = new SplittableRandom(5L);
        final double[] seen = new double[3];
        try (FusionEngine engine = builder.build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            for (int scan = 0; scan < SCANS; scan++) {
                final long time = T0 + scan * SECOND;
                final boolean detected = random.nextDouble() < 0.9;
                final int clutter = poisson(random, 1.0);
                int left = clutter + (detected ? 1 : 0);
                if (detected) {
                    site.ecefToRadar(x[0], x[1], x[2], seen);
                    publisher.claim().sensor(0).time(time).scan(scan, --left == 0)
                        .radar(seen[0] + SIGMA_RANGE * random.nextGaussian(), seen[1] + SIGMA_ANGLE * random.nextGaussian(),
                            seen[2] + SIGMA_ANGLE * random.nextGaussian()).commit();
                }
                for (int c = 0; c < clutter; c++) {
                    // Uniform in range, azimuth and elevation over the coverage: the density the engine assumes.
                    publisher.claim().sensor(0).time(time).scan(scan, --left == 0)
                        .radar(1_000.0 + (MAX_RANGE - 1_000.0) * random.nextDouble(), 2 * Math.PI * random.nextDouble(),
                            0.5 * Math.PI * random.nextDouble() * 0.999).commit();
                }
                truthModel.propagate(x, 1.0, null);
            }
            engine.close();
        }
        final long objectTrack = started.keySet().iterator().next();
        final Long at = confirmedAt.get(objectTrack);
        return new long[] {confirmedAt.size(), at == null ? -1 : (at - T0) / SECOND, started.size()};
    }

    private static int poisson(final SplittableRandom random, final double mean) {
        final double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
