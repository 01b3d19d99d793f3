package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.track.TrackStatus;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FusionEngineTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final double SIGMA_RANGE = 20.0;
    private static final double SIGMA_ANGLE = 1e-3;

    private final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
    private final Sensor radar = Sensor.radar("TPY2", "JPN", site.latitudeRad(), site.longitudeRad(), site.heightM(),
        SIGMA_RANGE, SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 0.9, 3_000_000.0);

    /** Records every callback, copying what the views show. */
    private static final class Recorder implements FusionListener {
        final Map<Long, double[]> lastState = new TreeMap<>();
        final Map<Long, TrackStatus> lastStatus = new TreeMap<>();
        final Map<RejectReason, Integer> rejects = new EnumMap<>(RejectReason.class);
        final List<Long> dropped = new ArrayList<>();
        long reports;

        @Override
        public void onTrack(final TrackView track) {
            reports++;
            lastState.put(track.trackId(), new double[] {track.x(), track.y(), track.z(), track.vx(), track.vy(), track.vz()});
            lastStatus.put(track.trackId(), track.status());
        }

        @Override
        public void onTrackDropped(final TrackView track) {
            dropped.add(track.trackId());
        }

        @Override
        public void onReject(final RejectView reject) {
            rejects.merge(reject.reason(), 1, Integer::sum);
        }
    }

    /** Two aircraft-like targets 200 km apart, 150 km from the radar, 10 km up. */
    private static double[][] targets() {
        final double[][] truth = new double[2][6];
        final double[] lat = {41.9, 41.9};
        final double[] lon = {141.5, 143.9};
        for (int k = 0; k < 2; k++) {
            Geodetic.toEcef(Math.toRadians(lat[k]), Math.toRadians(lon[k]), 10_000.0, truth[k]);
            final double[] v = new double[3];
            new LocalFrame(Math.toRadians(lat[k]), Math.toRadians(lon[k]), 10_000.0).enuVectorToEcef(200.0, -100.0, 0.0, v);
            System.arraycopy(v, 0, truth[k], 3, 3);
        }
        return truth;
    }

    private void publishScan(final PlotPublisher publisher, final double[][] truth, final long time,
        final SplittableRandom random, final double[] measured) {
        for (final double[] target : truth) {
            site.ecefToRadar(target[0], target[1], target[2], measured);
            double azimuth = measured[1] + SIGMA_ANGLE * random.nextGaussian();
            azimuth = azimuth < 0 ? azimuth + 2 * Math.PI : azimuth >= 2 * Math.PI ? azimuth - 2 * Math.PI : azimuth;
            publisher.claim().sensor(0).time(time).radar(measured[0] + SIGMA_RANGE * random.nextGaussian(), azimuth,
                measured[2] + SIGMA_ANGLE * random.nextGaussian()).commit();
        }
    }

    private static void move(final double[][] truth, final double dt) {
        for (final double[] target : truth) {
            for (int i = 0; i < 3; i++) {
                target[i] += target[3 + i] * dt;
            }
        }
    }

    private FusionEngine.Builder engine(final FusionListener listener) {
        return FusionEngine.builder().sensor(radar).listener(listener).ringSize(1 << 12).maxTracks(64)
            .motion(() -> new ConstantVelocityMotion(1.0)).initialVelocitySigma(400.0);
    }

    @Test
    void tracksTwoTargetsFromOneRadarAndConfirmsThem() {
        final Recorder recorder = new Recorder();
        final double[][] truth = targets();
        final SplittableRandom random = new SplittableRandom(11L);
        final double[] measured = new double[3];
        try (FusionEngine engine = engine(recorder).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            for (int second = 0; second < 60; second++) {
                publishScan(publisher, truth, T0 + second * SECOND, random, measured);
                move(truth, 1.0);
            }
            move(truth, -1.0);
            engine.close();
            final EngineCounters counters = engine.counters();
            assertThat(counters.published()).isEqualTo(120);
            assertThat(counters.fused()).isEqualTo(120);
            assertThat(counters.published()).isEqualTo(counters.fused() + counters.rejected() + counters.dropped());
            assertThat(counters.tracksAlive()).isEqualTo(2);
            assertThat(counters.tracksConfirmed()).isEqualTo(2);
        }
        assertThat(recorder.lastState.keySet()).containsExactly(1L, 2L);
        assertThat(recorder.lastStatus.values()).containsOnly(TrackStatus.CONFIRMED);
        for (final double[] target : truth) {
            double best = Double.POSITIVE_INFINITY;
            for (final double[] state : recorder.lastState.values()) {
                best = Math.min(best, Math.sqrt(Math.pow(state[0] - target[0], 2) + Math.pow(state[1] - target[1], 2)
                    + Math.pow(state[2] - target[2], 2)));
            }
            assertThat(best).as("position error of the nearest track, m").isLessThan(150.0);
        }
    }

    @Test
    void startsTracksFromTwoPlotsConfirmsThreeOfFourAndDropsAfterThreeMissedScans() {
        // Deletion waits for the out-of-sequence bound after the third miss (a late plot of
        // another sensor could still break the run): 5 s by default, none with a bound of 0.
        assertThat(dropTimes(5 * SECOND)).containsOnly(T0 + 17 * SECOND);
        assertThat(dropTimes(0L)).containsOnly(T0 + 12 * SECOND);
    }

    /** Runs the two-target scans of the test above; returns the drop times of its tracks. */
    private List<Long> dropTimes(final long outOfSequence) {
        final Map<Long, Long> created = new TreeMap<>();
        final Map<Long, Long> confirmedAt = new TreeMap<>();
        final Map<Long, Integer> firstHits = new TreeMap<>();
        final Map<Long, Long> droppedAt = new TreeMap<>();
        final long[] clock = new long[1];
        final FusionListener listener = new FusionListener() {
            @Override
            public void onTrack(final TrackView track) {
                clock[0] = track.timeNanos(); // the fusion thread's last report: the scan being fused
                created.putIfAbsent(track.trackId(), track.timeNanos());
                firstHits.putIfAbsent(track.trackId(), track.hits());
                if (track.status() == TrackStatus.CONFIRMED) {
                    confirmedAt.putIfAbsent(track.trackId(), track.timeNanos());
                }
            }

            @Override
            public void onTrackDropped(final TrackView track) {
                droppedAt.put(track.trackId(), clock[0]);
            }
        };
        final double[][] truth = targets();
        final SplittableRandom random = new SplittableRandom(3L);
        final double[] measured = new double[3];
        try (FusionEngine engine = engine(listener).timeLimits(2 * SECOND, outOfSequence).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            // 10 scans of both targets, then 10 of the first only; one scan a second, each
            // closed by its last plot.
            for (int scan = 0; scan < 20; scan++) {
                final int count = scan < 10 ? 2 : 1;
                for (int k = 0; k < count; k++) {
                    site.ecefToRadar(truth[k][0], truth[k][1], truth[k][2], measured);
                    double azimuth = measured[1] + SIGMA_ANGLE * random.nextGaussian();
                    azimuth = azimuth < 0 ? azimuth + 2 * Math.PI : azimuth;
                    publisher.claim().sensor(0).time(T0 + scan * SECOND).scan(scan, k == count - 1)
                        .radar(measured[0] + SIGMA_RANGE * random.nextGaussian(), azimuth,
                            measured[2] + SIGMA_ANGLE * random.nextGaussian()).commit();
                }
                awaitDrained(engine);
                move(truth, 1.0);
            }
            engine.close();
            assertThat(engine.counters().tracksAlive()).isEqualTo(1);
        }
        // The first scan's plots are stored; the second's pair with them.
        assertThat(created).hasSize(2).containsValues(T0 + SECOND);
        assertThat(firstHits.values()).containsOnly(2);
        // Three of four scans: confirmed by the third plot.
        assertThat(confirmedAt.values()).containsOnly(T0 + 2 * SECOND);
        // The second target's track misses scans 10, 11 and 12; the drop time is the caller's
        // to check, far inside the coasting limit either way.
        assertThat(droppedAt).hasSize(1);
        return new ArrayList<>(droppedAt.values());
    }

    @Test
    void rejectsBadPlotsWithTheirReasonsAndKeepsTheCountersBalanced() {
        final Recorder recorder = new Recorder();
        try (FusionEngine engine = engine(recorder).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            publisher.claim().sensor(0).time(T0).radar(150_000.0, 1.0, 0.1).commit();
            publisher.claim().sensor(0).time(T0).radar(Double.NaN, 1.0, 0.1).commit();
            publisher.claim().sensor(5).time(T0).radar(150_000.0, 1.0, 0.1).commit();
            publisher.claim().sensor(0).time(T0).radar(150_000.0, 7.0, 0.1).commit();
            publisher.claim().sensor(0).time(T0 + 10 * SECOND).radar(150_000.0, 1.0, 0.1).commit();
            publisher.claim().sensor(0).time(T0 - 10 * SECOND).radar(150_000.0, 1.0, 0.1).commit();
            publisher.claim().commit();
            engine.close();
            final EngineCounters counters = engine.counters();
            assertThat(counters.fused()).isEqualTo(1);
            assertThat(counters.rejected()).isEqualTo(6);
            assertThat(counters.rejected(RejectReason.UNKNOWN_SENSOR)).isEqualTo(2);
            assertThat(counters.published()).isEqualTo(counters.fused() + counters.rejected() + counters.dropped());
        }
        assertThat(recorder.rejects).containsEntry(RejectReason.NOT_FINITE, 1).containsEntry(RejectReason.UNKNOWN_SENSOR, 2)
            .containsEntry(RejectReason.AZIMUTH_OUT_OF_RANGE, 1).containsEntry(RejectReason.TIME_TOO_FAR_AHEAD, 1)
            .containsEntry(RejectReason.LATE, 1);
    }

    @Test
    void countsAThrowingListenerAndGoesOn() {
        final FusionListener throwing = new FusionListener() {
            @Override
            public void onTrack(final TrackView track) {
                throw new IllegalStateException("host bug");
            }
        };
        final double[][] truth = targets();
        try (FusionEngine engine = engine(throwing).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            final SplittableRandom random = new SplittableRandom(3L);
            final double[] measured = new double[3];
            for (int second = 0; second < 10; second++) {
                publishScan(publisher, truth, T0 + second * SECOND, random, measured);
                move(truth, 1.0);
            }
            engine.close();
            assertThat(engine.counters().fused()).isEqualTo(20);
            assertThat(engine.counters().listenerExceptions()).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void refusesABadConfigurationAndAWrongLifecycle() {
        assertThatThrownBy(() -> FusionEngine.builder().build()).hasMessageContaining("at least one sensor is required");
        assertThatThrownBy(() -> FusionEngine.builder().sensor(radar).ringSize(1000).build())
            .hasMessageContaining("ring size must be a power of two >= 2, got 1000");
        assertThatThrownBy(() -> FusionEngine.builder().sensor(radar).sensor(radar).build())
            .hasMessageContaining("duplicate sensor id TPY2");
        assertThatThrownBy(() -> FusionEngine.builder().sensor(radar).maxSensors(0).build())
            .hasMessageContaining("maximum sensors must be >= the 1 sensors added, got 0");
        assertThatThrownBy(() -> FusionEngine.builder().sensor(radar).maxPlotsPerScan(0).build())
            .hasMessageContaining("maximum plots per scan must be >= 1, got 0");
        assertThat(FusionEngine.builder().sensor(radar).maxSensors(3).maxPlotsPerScan(40).build().configuration())
            .satisfies(c -> assertThat(c.maxSensors()).isEqualTo(3))
            .satisfies(c -> assertThat(c.maxPlotsPerScan()).isEqualTo(40));
        final FusionEngine engine = engine(new Recorder()).build();
        engine.start();
        assertThatThrownBy(engine::start).hasMessageContaining("already started");
        engine.close();
        engine.close();
        assertThatThrownBy(engine::start).hasMessageContaining("closed");
    }

    @Test
    void fusionAndPublishingThreadsAllocateNothingInSteadyState() {
        final Thread[] fusionThread = new Thread[1];
        final double[][] truth = targets();
        final SplittableRandom random = new SplittableRandom(5L);
        final double[] measured = new double[3];
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (FusionEngine engine = engine(new FusionListener() { }).threadFactory(r -> {
            fusionThread[0] = new Thread(r, "fusion-under-test");
            return fusionThread[0];
        }).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            long time = T0;
            // Warm up: 100,000 scans of both targets, one every 5 ms (the targets stay in
            // coverage for the up to 8,000 s the whole test spans).
            for (int i = 0; i < 100_000; i++) {
                publishScan(publisher, truth, time, random, measured);
                move(truth, 0.005);
                time += SECOND / 200;
            }
            awaitDrained(engine);
            // Up to three measured windows of 1,000,000 plots; the quietest counts (a rare JIT
            // transition inside a window can show as ~100 bytes, a real per-plot allocation as
            // megabytes in every window; see AllocationMeter).
            long fusionBytes = Long.MAX_VALUE;
            long publisherBytes = Long.MAX_VALUE;
            for (int window = 0; window < 3 && (fusionBytes > 0 || publisherBytes > 0); window++) {
                final long fusionBefore = threads.getThreadAllocatedBytes(fusionThread[0].getId());
                final long publisherBefore = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                for (int i = 0; i < 500_000; i++) {
                    publishScan(publisher, truth, time, random, measured);
                    move(truth, 0.005);
                    time += SECOND / 200;
                }
                final long publisherAfter = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                awaitDrained(engine);
                final long fusionAfter = threads.getThreadAllocatedBytes(fusionThread[0].getId());
                fusionBytes = Math.min(fusionBytes, fusionAfter - fusionBefore);
                publisherBytes = Math.min(publisherBytes, publisherAfter - publisherBefore);
            }
            assertThat(engine.counters().rejected()).isZero();
            // Tracks come and go in the measured phase too (a plot outside its 99.9 % gate
            // starts a tentative track), so creation and deletion are covered.
            assertThat(engine.counters().tracksDropped()).isPositive();
            assertThat(publisherBytes).as("publishing thread, bytes over 1,000,000 plots").isZero();
            assertThat(fusionBytes).as("fusion thread, bytes over 1,000,000 plots").isZero();
        }
    }

    private static void awaitDrained(final FusionEngine engine) {
        final EngineCounters c = engine.counters();
        while (c.fused() + c.rejected() + c.dropped() < c.published()) {
            Thread.onSpinWait();
        }
    }
}
