package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.testing.ConcurrentProducers;
import io.vigil.fusion.track.TrackStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Bad input, determinism, concurrent producers and engine time from ticks, end to end. */
class EngineRobustnessTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
    private final Sensor radar = Sensor.radar("TPY2", "JPN", site.latitudeRad(), site.longitudeRad(), site.heightM(),
        20.0, 1e-3, 1e-3, Double.NaN, 0.9, 3_000_000.0);

    /** A running hash over every field of every track callback, in order. */
    private static final class CallbackHash implements FusionListener {
        long hash = 17L;
        long callbacks;
        final Map<RejectReason, Long> rejects = new EnumMap<>(RejectReason.class);
        TrackStatus lastStatus;

        private void mix(final long value) {
            hash = hash * 1_000_003L ^ value;
        }

        @Override
        public void onTrack(final TrackView t) {
            callbacks++;
            lastStatus = t.status();
            mix(t.trackId());
            mix(t.status().ordinal());
            mix(t.timeNanos());
            mix(t.hits());
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    mix(Double.doubleToRawLongBits(t.covariance(i, j)));
                }
            }
            mix(Double.doubleToRawLongBits(t.x()));
            mix(Double.doubleToRawLongBits(t.y()));
            mix(Double.doubleToRawLongBits(t.z()));
            mix(Double.doubleToRawLongBits(t.vx()));
            mix(Double.doubleToRawLongBits(t.vy()));
            mix(Double.doubleToRawLongBits(t.vz()));
        }

        @Override
        public void onTrackDropped(final TrackView t) {
            mix(-t.trackId());
        }

        @Override
        public void onReject(final RejectView reject) {
            rejects.merge(reject.reason(), 1L, Long::sum);
        }
    }

    private FusionEngine newEngine(final FusionListener listener) {
        return FusionEngine.builder().sensor(radar).listener(listener).ringSize(1 << 12).maxTracks(64)
            .motion(() -> new ConstantVelocityMotion(1.0)).initialVelocitySigma(400.0).build();
    }

    /** Publishes 300 s of two targets; every {@code badEvery}-th step also a burst of invalid plots. */
    private Map<RejectReason, Long> runScenario(final FusionEngine engine, final int badPerScan, final long seed) {
        final Map<RejectReason, Long> expected = new EnumMap<>(RejectReason.class);
        final PlotPublisher publisher = engine.publisher();
        final SplittableRandom clean = new SplittableRandom(seed);
        final SplittableRandom bad = new SplittableRandom(seed + 1);
        final double[][] truth = new double[2][6];
        for (int k = 0; k < 2; k++) {
            Geodetic.toEcef(Math.toRadians(41.9), Math.toRadians(141.5 + 2.4 * k), 10_000.0, truth[k]);
            truth[k][3] = 150.0;
            truth[k][4] = -120.0;
        }
        final double[] measured = new double[3];
        for (int step = 0; step < 300; step++) {
            final long time = T0 + step * SECOND;
            for (final double[] target : truth) {
                site.ecefToRadar(target[0], target[1], target[2], measured);
                publisher.claim().sensor(0).time(time).radar(measured[0] + 20.0 * clean.nextGaussian(),
                    measured[1] + 1e-3 * clean.nextGaussian(), measured[2] + 1e-3 * clean.nextGaussian()).commit();
                for (int i = 0; i < 3; i++) {
                    target[i] += target[3 + i];
                }
            }
            for (int b = 0; b < badPerScan; b++) {
                final RejectReason reason = publishInvalid(publisher, bad, time);
                expected.merge(reason, 1L, Long::sum);
            }
        }
        return expected;
    }

    /** One invalid plot, breaking a rule drawn at random; returns the reason it must get. */
    private static RejectReason publishInvalid(final PlotPublisher publisher, final SplittableRandom random, final long time) {
        final PlotClaim c = publisher.claim().sensor(0).time(time).radar(200_000.0, 1.0, 0.1);
        switch (random.nextInt(8)) {
            case 0:
                c.sensor(1 + random.nextInt(100)).commit();
                return RejectReason.UNKNOWN_SENSOR;
            case 1:
                c.lineOfSight(1, 0, 0).sensorPosition(4e7, 0, 0).commit();
                return RejectReason.WRONG_KIND_FOR_SENSOR;
            case 2:
                c.radar(random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY, 1.0, 0.1).commit();
                return RejectReason.NOT_FINITE;
            case 3:
                c.radar(-random.nextDouble() * 1e5, 1.0, 0.1).commit();
                return RejectReason.RANGE_NOT_POSITIVE;
            case 4:
                c.radar(3_000_001.0 + random.nextDouble() * 1e7, 1.0, 0.1).commit();
                return RejectReason.RANGE_BEYOND_MAXIMUM;
            case 5:
                c.radar(200_000.0, 2 * Math.PI + random.nextDouble(), 0.1).commit();
                return RejectReason.AZIMUTH_OUT_OF_RANGE;
            case 6:
                c.radar(200_000.0, 1.0, 1.6 + random.nextDouble()).commit();
                return RejectReason.ELEVATION_OUT_OF_RANGE;
            default:
                c.time(time + 3 * SECOND + random.nextInt(1000) * SECOND).commit();
                return RejectReason.TIME_TOO_FAR_AHEAD;
        }
    }

    @Test
    void aMillionBadPlotsLeaveTheTracksBitIdenticalAndAreCountedByReason() {
        final CallbackHash cleanHash = new CallbackHash();
        try (FusionEngine engine = newEngine(cleanHash)) {
            engine.start();
            runScenario(engine, 0, 99L);
        }
        final CallbackHash dirtyHash = new CallbackHash();
        final Map<RejectReason, Long> expected;
        try (FusionEngine engine = newEngine(dirtyHash)) {
            engine.start();
            expected = runScenario(engine, 3_334, 99L);
            engine.close();
            final EngineCounters counters = engine.counters();
            assertThat(counters.rejected()).isGreaterThanOrEqualTo(1_000_000);
            for (final RejectReason reason : RejectReason.values()) {
                assertThat(counters.rejected(reason)).as(reason.name()).isEqualTo(expected.getOrDefault(reason, 0L));
            }
            assertThat(counters.published()).isEqualTo(counters.fused() + counters.rejected() + counters.dropped());
        }
        assertThat(dirtyHash.rejects).isEqualTo(expected);
        assertThat(dirtyHash.callbacks).isEqualTo(cleanHash.callbacks).isPositive();
        assertThat(dirtyHash.hash).isEqualTo(cleanHash.hash);
    }

    @Test
    void theSameInputGivesBitIdenticalCallbacksInTwoEngines() {
        final CallbackHash first = new CallbackHash();
        final CallbackHash second = new CallbackHash();
        try (FusionEngine a = newEngine(first); FusionEngine b = newEngine(second)) {
            a.start();
            b.start();
            runScenario(a, 5, 7L);
            runScenario(b, 5, 7L);
        }
        assertThat(first.callbacks).isPositive();
        assertThat(second.hash).isEqualTo(first.hash);
    }

    @Test
    void fourConcurrentProducersLoseAndDuplicateNothing() throws InterruptedException {
        final int producers = 4;
        final int each = 250_000;
        final long[] next = new long[producers];
        final long[] outOfOrder = new long[1];
        final FusionListener checker = new FusionListener() {
            @Override
            public void onReject(final RejectView reject) {
                final int producer = (int) (reject.tag() >>> 32);
                final long sequence = reject.tag() & 0xffffffffL;
                if (sequence != next[producer]) {
                    outOfOrder[0]++;
                }
                next[producer] = sequence + 1;
            }
        };
        try (FusionEngine engine = newEngine(checker)) {
            engine.start();
            // Rejected plots (unknown sensor) each come back once on onReject with their tag.
            ConcurrentProducers.run(producers, producer -> {
                final PlotPublisher publisher = engine.publisher();
                for (int i = 0; i < each; i++) {
                    publisher.claim().sensor(-1).time(T0).tag(((long) producer << 32) | i).commit();
                }
            });
            engine.close();
            assertThat(engine.counters().published()).isEqualTo((long) producers * each);
            assertThat(engine.counters().rejected(RejectReason.UNKNOWN_SENSOR)).isEqualTo((long) producers * each);
        }
        assertThat(outOfOrder[0]).isZero();
        assertThat(next).containsOnly(each);
    }

    @Test
    void ticksAdvanceEngineTimeSoTracksCoastAndAreDropped() {
        final CallbackHash recorder = new CallbackHash();
        try (FusionEngine engine = FusionEngine.builder().sensor(radar).listener(recorder).ringSize(1 << 10)
            .motion(() -> new ConstantVelocityMotion(1.0)).initialVelocitySigma(400.0)
            .trackTimes(SECOND, 5 * SECOND, 60 * SECOND, 20 * SECOND).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            final double[] target = new double[6];
            Geodetic.toEcef(Math.toRadians(41.9), Math.toRadians(141.5), 10_000.0, target);
            final double[] measured = new double[3];
            for (int step = 0; step < 10; step++) {
                site.ecefToRadar(target[0] + 150.0 * step, target[1], target[2], measured);
                publisher.claim().sensor(0).time(T0 + step * SECOND).radar(measured[0], measured[1], measured[2]).commit();
            }
            for (int second = 10; second <= 30; second++) {
                publisher.tick(T0 + second * SECOND);
            }
            awaitDrained(engine);
            assertThat(recorder.lastStatus).isEqualTo(TrackStatus.COASTING);
            assertThat(engine.counters().tracksAlive()).isEqualTo(1);
            for (int second = 31; second <= 80; second++) {
                publisher.tick(T0 + second * SECOND);
            }
            awaitDrained(engine);
            assertThat(engine.counters().tracksAlive()).isZero();
            assertThat(engine.counters().tracksDropped()).isEqualTo(1);
        }
    }

    private static void awaitDrained(final FusionEngine engine) {
        final EngineCounters c = engine.counters();
        while (c.fused() + c.rejected() + c.dropped() < c.published()) {
            Thread.onSpinWait();
        }
    }
}
