package io.vigil.fusion.bench;

import io.vigil.fusion.engine.EngineCounters;
import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.engine.FusionListener;
import io.vigil.fusion.engine.FusionThreadWait;
import io.vigil.fusion.engine.PlotPublisher;
import io.vigil.fusion.engine.Producers;
import io.vigil.fusion.engine.Sensor;
import io.vigil.fusion.engine.TrackView;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Publish-to-callback latency of the engine at a fixed offered rate, corrected for
 * coordinated omission, recorded with HdrHistogram.
 *
 * <pre>
 *   pacer thread: plot i is due at t0 + i / rate --claim/commit (tag = due time)--> ring
 *       --> fusion thread --> onTrack: record nanoTime() - due time into the histogram
 * </pre>
 *
 * <p>Latency is measured from when each plot was due, not from when it was actually sent:
 * if the engine (or the machine) stalls, the plots that queue up behind the stall are
 * charged the time they waited to be sent, as a real sensor feed would charge them
 * (Gil Tene's coordinated-omission correction). The load is {@code tracks} stationary
 * radar targets plotted in turn (as in {@link EngineBenchmark}), constant-velocity EKF
 * tracks, the fusion thread busy-spinning unless told otherwise. A warm-up at the same rate precedes the measurement.
 *
 * <p>Usage: {@code java -cp fusion-bench/target/benchmarks.jar io.vigil.fusion.bench.EngineLatencyHarness
 * [plotsPerSecond=100000] [tracks=100] [seconds=10] [BUSY_SPIN|YIELDING|BLOCKING]}
 */
public final class EngineLatencyHarness {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SCAN_NANOS = 10_000_000L;

    private EngineLatencyHarness() {
    }

    /**
     * Runs the harness and prints the latency distribution.
     *
     * @param args plots per second, tracks, measured seconds
     */
    public static void main(final String[] args) {
        final int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        final int tracks = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        final int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        final FusionThreadWait wait = args.length > 3 ? FusionThreadWait.valueOf(args[3]) : FusionThreadWait.BUSY_SPIN;
        // Written only by the fusion thread, read after the engine is closed.
        final Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        final boolean[] recording = {false};
        final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
        final FusionEngine engine = FusionEngine.builder()
            .sensor(Sensor.radar("TPY2", "JPN", site.latitudeRad(), site.longitudeRad(), site.heightM(),
                20.0, 1e-3, 1e-3, Double.NaN, 0.9, 3_000_000.0))
            .ringSize(1 << 16).maxTracks(Math.max(1024, 2 * tracks)).producers(Producers.SINGLE)
            .fusionThreadWait(wait).motion(() -> new ConstantVelocityMotion(1.0))
            .initialVelocitySigma(50.0)
            .listener(new FusionListener() {
                @Override
                public void onTrack(final TrackView track) {
                    if (recording[0] && track.lastTag() > 0) {
                        histogram.recordValue(Math.max(0L, System.nanoTime() - track.lastTag()));
                    }
                }
            })
            .build();
        final double[] range = new double[tracks];
        final double[] azimuth = new double[tracks];
        final double[] elevation = new double[tracks];
        final double[] point = new double[3];
        for (int k = 0; k < tracks; k++) {
            site.enuToEcef(100_000.0 + 5_000.0 * (k % 10), 100_000.0 + 5_000.0 * (k / 10), 10_000.0, point);
            site.ecefToRadar(point[0], point[1], point[2], point);
            range[k] = point[0];
            azimuth[k] = point[1];
            elevation[k] = point[2];
        }
        engine.start();
        final PlotPublisher publisher = engine.publisher();
        final long interval = 1_000_000_000L / rate;
        final long warmUpPlots = 5L * rate;
        final long measuredPlots = (long) seconds * rate;
        long plot = 0L;
        final long start = System.nanoTime();
        for (; plot < warmUpPlots + measuredPlots; plot++) {
            if (plot == warmUpPlots) {
                // The flag is read on the fusion thread; a plot's commit publishes it (release).
                recording[0] = true;
            }
            final long due = start + plot * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            final int k = (int) (plot % tracks);
            publisher.claim().sensor(0).time(T0 + (plot / tracks) * SCAN_NANOS)
                .tag(plot >= warmUpPlots ? due : 0L).radar(range[k], azimuth[k], elevation[k]).commit();
        }
        engine.close();
        final EngineCounters counters = engine.counters();
        System.out.printf(Locale.ROOT, "offered %,d plots/s, %d tracks, %s, %d s measured (%d plots); fused %,d, rejected %,d%n",
            rate, tracks, wait, seconds, measuredPlots, counters.fused(), counters.rejected());
        System.out.printf(Locale.ROOT, "publish-to-callback latency from the due time (us): p50 %.1f  p90 %.1f  p99 %.1f"
                + "  p99.9 %.1f  p99.99 %.1f  max %.1f  (%,d samples)%n",
            histogram.getValueAtPercentile(50) / 1e3, histogram.getValueAtPercentile(90) / 1e3,
            histogram.getValueAtPercentile(99) / 1e3, histogram.getValueAtPercentile(99.9) / 1e3,
            histogram.getValueAtPercentile(99.99) / 1e3, histogram.getMaxValue() / 1e3, histogram.getTotalCount());
    }
}
