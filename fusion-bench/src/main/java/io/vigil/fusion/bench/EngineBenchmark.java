package io.vigil.fusion.bench;

import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.engine.FusionListener;
import io.vigil.fusion.engine.FusionThreadWait;
import io.vigil.fusion.engine.PlotPublisher;
import io.vigil.fusion.engine.Producers;
import io.vigil.fusion.engine.Sensor;
import io.vigil.fusion.engine.TrackView;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole engine: a JMH thread publishes radar plots into a started {@link FusionEngine}
 * whose fusion thread validates, associates, updates and calls back.
 *
 * <pre>
 *   JMH thread --claim/commit--> ring (4,096 slots, single producer) --> fusion thread --> onTrack
 *                 ^                                                                          |
 *                 +------------------- publishToCallback waits for this ---------------------+
 * </pre>
 *
 * <p>Load: {@code tracks} stationary targets 150 km from one radar, 5 km apart, plotted in
 * turn (one scan of all targets per 10 ms of plot time), noise-free, after three scans half a
 * second apart that start their tracks; constant-velocity EKF
 * tracks or the default flight-phase IMM ({@code model}); the fusion thread busy-spins. {@code throughput} publishes as fast as the ring
 * accepts (back-pressure BLOCK), so its rate is the fusion thread's. {@code publishToCallback}
 * publishes one plot and spins until its track callback has run: the round trip through the
 * ring and the whole pipeline, sampled (no coordinated-omission correction: one plot in
 * flight at a time). Both need two cores.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SCAN_NANOS = 10_000_000L;
    private static final long WARM_UP_SCAN_NANOS = 500_000_000L;

    /** Live tracks: the plots cycle over this many targets. */
    @Param({"1", "100"})
    public int tracks;

    /**
     * How tracks are estimated: "cv", one constant-velocity EKF; "imm", the engine's default
     * flight-phase IMM (boost, ballistic, re-entry).
     */
    @Param({"cv", "imm"})
    public String model;

    private FusionEngine engine;
    private PlotPublisher publisher;
    private double[] range;
    private double[] azimuth;
    private double[] elevation;
    private long published;
    private volatile long calledBack;

    /** Builds and starts the engine, and computes each target's plot. */
    @Setup(Level.Trial)
    public void setUp() {
        final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
        final FusionEngine.Builder builder = FusionEngine.builder()
            .sensor(Sensor.radar("TPY2", "JPN", site.latitudeRad(), site.longitudeRad(), site.heightM(),
                20.0, 1e-3, 1e-3, Double.NaN, 0.9, 3_000_000.0))
            .ringSize(1 << 12).maxTracks(1024).producers(Producers.SINGLE).fusionThreadWait(FusionThreadWait.BUSY_SPIN)
            .initialVelocitySigma(50.0)
            .listener(new FusionListener() {
                @Override
                public void onTrack(final TrackView track) {
                    // Interval reports of other tracks carry older tags: keep the newest seen.
                    if (track.lastTag() > calledBack) {
                        calledBack = track.lastTag();
                    }
                }
            });
        if ("cv".equals(model)) {
            builder.motion(() -> new ConstantVelocityMotion(1.0));
        }
        // The trajectory stage is measured on ballistic targets (ImpactBenchmark and the
        // latency harness's ballistic mode): these hovering targets look like boost to the
        // IMM, and their launch search would be the benchmark.
        builder.impacts(false);
        engine = builder.build();
        range = new double[tracks];
        azimuth = new double[tracks];
        elevation = new double[tracks];
        final double[] spherical = new double[3];
        for (int k = 0; k < tracks; k++) {
            // A grid of targets 5 km apart, 150 km north-east, 10 km up.
            site.enuToEcef(100_000.0 + 5_000.0 * (k % 10), 100_000.0 + 5_000.0 * (k / 10), 10_000.0, spherical);
            site.ecefToRadar(spherical[0], spherical[1], spherical[2], spherical);
            range[k] = spherical[0];
            azimuth[k] = spherical[1];
            elevation[k] = spherical[2];
        }
        engine.start();
        publisher = engine.publisher();
        // Three scans half a second apart first (tag 0), so that every target has its track
        // (two plots at least 0.5 s apart start one) and every measured plot updates a track
        // and is called back.
        for (int scan = 0; scan < 3; scan++) {
            for (int k = 0; k < tracks; k++) {
                publisher.claim().sensor(0).time(T0 + scan * WARM_UP_SCAN_NANOS).tag(0L)
                    .radar(range[k], azimuth[k], elevation[k]).commit();
            }
        }
        while (engine.counters().fused() < 3L * tracks) {
            Thread.onSpinWait();
        }
    }

    /** Stops the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    private void publishNext() {
        final long n = published++;
        final int k = (int) (n % tracks);
        publisher.claim().sensor(0).time(T0 + 3 * WARM_UP_SCAN_NANOS + (n / tracks) * SCAN_NANOS).tag(n + 1)
            .radar(range[k], azimuth[k], elevation[k]).commit();
    }

    /** Publishes one plot; the rate is the fusion thread's sustained rate under back-pressure. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void throughput() {
        publishNext();
    }

    /** Publishes one plot and waits for its track callback. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void publishToCallback() {
        publishNext();
        final long expected = published;
        while (calledBack < expected) {
            Thread.onSpinWait();
        }
    }
}
