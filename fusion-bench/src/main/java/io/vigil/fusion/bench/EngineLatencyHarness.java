package io.vigil.fusion.bench;

import io.vigil.fusion.engine.EngineCounters;
import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.engine.FusionListener;
import io.vigil.fusion.engine.FusionThreadWait;
import io.vigil.fusion.engine.ImpactView;
import io.vigil.fusion.engine.PlotPublisher;
import io.vigil.fusion.engine.Producers;
import io.vigil.fusion.engine.Sensor;
import io.vigil.fusion.engine.TrackView;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.trajectory.FlightPhase;
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
 * radar targets plotted in turn after three scans half a second apart that start their
 * tracks (as in {@link EngineBenchmark}), constant-velocity EKF
 * tracks, the fusion thread busy-spinning unless told otherwise. A warm-up at the same rate
 * (5 s; 15 s for ballistic targets) precedes the measurement, recorded into a histogram of
 * its own so that the measurement runs the code the warm-up compiled: with the recording
 * left out of the warm-up, the JIT undid the compiled track update when the measurement
 * began.
 *
 * <p><b>Ballistic targets, impact prediction off and on</b> ({@code ballistic} as the fifth
 * argument): the engine's default flight-phase IMM tracks {@code tracks} objects in midcourse
 * (a raid on a 20 km grid from the midcourse state of {@link ImpactBenchmark}: 300 km up over
 * 39 N, 130 E, 4.5 km/s east, climbing at 15 deg, some 600 s before impact), plotted
 * noise-free by the same radar, about 900 km away. Their plot times follow the pacer: plot i
 * is stamped 1 s + (i + 1) / rate after the tracks' first plots, so plot time runs at the
 * speed of the clock and the impact interval (1 s of plot time by default) is a second of
 * the measurement too: each confirmed track's impact and launch are predicted once a second,
 * taken in a maintenance pass on the fusion thread, carried out in pieces while the ring is
 * empty, and reported at the next pass. Three scans half a second apart start the tracks
 * first (as in {@link EngineBenchmark}). The same plots go through two engines in turn,
 * {@code impacts(false)} and {@code impacts(true)}, each with its own warm-up; the run
 * prints both distributions and their ratios, and fails unless the engine with impacts
 * predicted some, all in MIDCOURSE, and the one without none. The IMM costs several times a
 * constant-velocity EKF per plot, so offer a rate well within its capacity (2,000 plots/s
 * for 100 tracks: 20 plots a second per target).
 *
 * <pre>
 *   3 initiation scans (0.5 s apart) --> paced plots, plot time = due time --> onTrack (latency)
 *                                          |
 *       maintenance pass (every 100 ms of plot time): takes the impact + launch of each
 *       confirmed track due (once a second), reports the previous pass's --> onImpact (counted)
 *       ring empty: the predictions go on, a piece (a few us) at a time
 * </pre>
 *
 * <p>Usage: {@code java -cp fusion-bench/target/benchmarks.jar io.vigil.fusion.bench.EngineLatencyHarness
 * [plotsPerSecond=100000] [tracks=100] [seconds=10] [BUSY_SPIN|YIELDING|BLOCKING] [stationary|ballistic]
 * [rounds=1]}: rounds (ballistic only) repeats the off and on runs, alternating their order,
 * and pools each's distributions, since one pair of runs on a shared machine differs by more
 * than the predictions do.
 */
public final class EngineLatencyHarness {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SCAN_NANOS = 10_000_000L;
    /** Scans that start the targets' tracks, half a second apart. */
    private static final int INITIATION_SCANS = 3;
    private static final long INITIATION_SCAN_NANOS = 500_000_000L;
    /**
     * Ballistic targets: the raid's grid spacing, m. Wider than the coarse gate of a plot
     * 900 km away (6 sigma of 1 mrad across the line of sight, about 8 km), so that a plot
     * gates its own track only, as the stationary targets' plots do at 150 km.
     */
    private static final double RAID_SPACING_M = 20_000.0;
    /**
     * Ballistic targets: the warm-up, s of plots at the offered rate. The trajectory code's
     * rarer paths (a crossing's refinement, the reports) run a few hundred times a second;
     * after 5 s the JIT was still compiling them, and undoing compiled code, in the
     * measurement.
     */
    private static final int BALLISTIC_WARM_UP_SECONDS = 15;

    private EngineLatencyHarness() {
    }

    /**
     * Runs the harness and prints the latency distribution.
     *
     * @param args plots per second, tracks, measured seconds, the fusion thread's wait, the
     *     targets (stationary, or ballistic: impact prediction off and on)
     */
    public static void main(final String[] args) {
        final int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        final int tracks = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        final int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        final FusionThreadWait wait = args.length > 3 ? FusionThreadWait.valueOf(args[3]) : FusionThreadWait.BUSY_SPIN;
        final String targets = args.length > 4 ? args[4] : "stationary";
        if ("ballistic".equals(targets)) {
            compareImpacts(rate, tracks, seconds, wait, args.length > 5 ? Integer.parseInt(args[5]) : 1);
            return;
        }
        if (!"stationary".equals(targets)) {
            throw new IllegalArgumentException("targets must be stationary or ballistic, got " + targets);
        }
        // Written only by the fusion thread, read after the engine is closed.
        final Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        final Histogram[] recordInto = {new Histogram(3_600_000_000_000L, 3)};
        final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
        final FusionEngine engine = FusionEngine.builder()
            .sensor(radar(site))
            .ringSize(1 << 16).maxTracks(Math.max(1024, 2 * tracks)).producers(Producers.SINGLE)
            .fusionThreadWait(wait).motion(() -> new ConstantVelocityMotion(1.0))
            .initialVelocitySigma(50.0)
            .listener(new FusionListener() {
                @Override
                public void onTrack(final TrackView track) {
                    if (track.lastTag() > 0) {
                        recordInto[0].recordValue(Math.max(0L, System.nanoTime() - track.lastTag()));
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
        // Initiation scans half a second apart first, so that every target has its track and
        // every paced plot updates one (plotted every 10 ms from the start, the targets'
        // plots filled the two-point initiation's store before any pair was 0.5 s apart, and
        // no track ever started).
        for (int scan = 0; scan < INITIATION_SCANS; scan++) {
            for (int k = 0; k < tracks; k++) {
                publisher.claim().sensor(0).time(T0 + scan * INITIATION_SCAN_NANOS).tag(0L)
                    .radar(range[k], azimuth[k], elevation[k]).commit();
            }
        }
        while (engine.counters().fused() < (long) INITIATION_SCANS * tracks) {
            Thread.onSpinWait();
        }
        final long interval = 1_000_000_000L / rate;
        final long warmUpPlots = 5L * rate;
        final long measuredPlots = (long) seconds * rate;
        long plot = 0L;
        final long start = System.nanoTime();
        for (; plot < warmUpPlots + measuredPlots; plot++) {
            if (plot == warmUpPlots) {
                // Read on the fusion thread; a plot's commit publishes it (release).
                recordInto[0] = histogram;
            }
            final long due = start + plot * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            final int k = (int) (plot % tracks);
            publisher.claim().sensor(0).time(T0 + INITIATION_SCANS * INITIATION_SCAN_NANOS + (plot / tracks) * SCAN_NANOS)
                .tag(due).radar(range[k], azimuth[k], elevation[k]).commit();
        }
        engine.close();
        final EngineCounters counters = engine.counters();
        System.out.printf(Locale.ROOT, "offered %,d plots/s, %d tracks, %s, %d s measured (%d plots); fused %,d, rejected %,d,"
                + " confirmed %d%n",
            rate, tracks, wait, seconds, measuredPlots, counters.fused(), counters.rejected(), counters.tracksConfirmed());
        printLatency(histogram);
        if (histogram.getTotalCount() < measuredPlots) {
            throw new IllegalStateException("only " + histogram.getTotalCount() + " of " + measuredPlots
                + " measured plots were called back: not every target has a track");
        }
    }

    private static void printLatency(final Histogram histogram) {
        System.out.printf(Locale.ROOT, "publish-to-callback latency from the due time (us): p50 %.1f  p90 %.1f  p99 %.1f"
                + "  p99.9 %.1f  p99.99 %.1f  max %.1f  (%,d samples)%n",
            histogram.getValueAtPercentile(50) / 1e3, histogram.getValueAtPercentile(90) / 1e3,
            histogram.getValueAtPercentile(99) / 1e3, histogram.getValueAtPercentile(99.9) / 1e3,
            histogram.getValueAtPercentile(99.99) / 1e3, histogram.getMaxValue() / 1e3, histogram.getTotalCount());
    }

    /** The radar of both loads: Shariki, Japan. */
    private static Sensor radar(final LocalFrame site) {
        return Sensor.radar("TPY2", "JPN", site.latitudeRad(), site.longitudeRad(), site.heightM(),
            20.0, 1e-3, 1e-3, Double.NaN, 0.9, 3_000_000.0);
    }

    /**
     * Ballistic targets: the same paced plots through an engine with impact prediction off
     * and through one with it on, in as many rounds as asked (off then on, then on then off,
     * and so on); prints each run's latency distribution, the rounds pooled, and the ratios.
     */
    private static void compareImpacts(final int rate, final int tracks, final int seconds,
        final FusionThreadWait wait, final int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
        }
        final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
        final long interval = 1_000_000_000L / rate;
        final long warmUpPlots = (long) BALLISTIC_WARM_UP_SECONDS * rate;
        final long measuredPlots = (long) seconds * rate;
        final int plots = Math.toIntExact(warmUpPlots + measuredPlots);
        // Plot k of each initiation scan, then every paced plot: range, azimuth, elevation.
        final double[] start = new double[3 * INITIATION_SCANS * tracks];
        final double[] paced = new double[3 * plots];
        final double[][] truth = new double[tracks][6];
        final long[] truthTime = new long[tracks];
        final LocalFrame raid = new LocalFrame(Math.toRadians(39.0), Math.toRadians(130.0), 300_000.0);
        final double[] velocity = new double[3];
        final double climb = Math.toRadians(15.0);
        raid.enuVectorToEcef(4_500.0 * Math.cos(climb), 0.0, 4_500.0 * Math.sin(climb), velocity);
        for (int k = 0; k < tracks; k++) {
            raid.enuToEcef(RAID_SPACING_M * (k % 10), RAID_SPACING_M * (k / 10), 0.0, truth[k]);
            System.arraycopy(velocity, 0, truth[k], 3, 3);
        }
        final BallisticMotion motion = new BallisticMotion(0.0);
        for (int scan = 0; scan < INITIATION_SCANS; scan++) {
            for (int k = 0; k < tracks; k++) {
                plot(site, motion, truth[k], truthTime, k, scan * INITIATION_SCAN_NANOS, start, scan * tracks + k);
            }
        }
        for (int plot = 0; plot < plots; plot++) {
            plot(site, motion, truth[plot % tracks], truthTime, plot % tracks, pacedTime(plot, interval), paced, plot);
        }
        final Histogram off = new Histogram(3_600_000_000_000L, 3);
        final Histogram on = new Histogram(3_600_000_000_000L, 3);
        final double[] p99Ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            // Off-on, then on-off: a drift of the machine's load falls on both alike.
            final boolean onFirst = round % 2 == 1;
            final Histogram first = runBallistic(onFirst, site, rate, tracks, seconds, wait, start, paced);
            final Histogram second = runBallistic(!onFirst, site, rate, tracks, seconds, wait, start, paced);
            final Histogram roundOn = onFirst ? first : second;
            final Histogram roundOff = onFirst ? second : first;
            on.add(roundOn);
            off.add(roundOff);
            p99Ratios[round] = ratio(roundOn, roundOff, 99);
        }
        if (rounds > 1) {
            System.out.printf(Locale.ROOT, "%d rounds pooled, impacts off:%n", rounds);
            printLatency(off);
            System.out.printf(Locale.ROOT, "%d rounds pooled, impacts on:%n", rounds);
            printLatency(on);
            java.util.Arrays.sort(p99Ratios);
            System.out.printf(Locale.ROOT, "p99 on / off by round: median %.2f, from %.2f to %.2f%n",
                p99Ratios[rounds / 2], p99Ratios[0], p99Ratios[rounds - 1]);
        }
        System.out.printf(Locale.ROOT, "impacts on / off%s: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
            rounds > 1 ? " (pooled)" : "", ratio(on, off, 50), ratio(on, off, 90), ratio(on, off, 99),
            ratio(on, off, 99.9), (double) on.getMaxValue() / off.getMaxValue());
    }

    private static double ratio(final Histogram numerator, final Histogram denominator, final double percentile) {
        return (double) numerator.getValueAtPercentile(percentile) / denominator.getValueAtPercentile(percentile);
    }

    /** Plot time of paced plot i, ns after the first initiation scan. */
    private static long pacedTime(final long plot, final long interval) {
        return (INITIATION_SCANS - 1) * INITIATION_SCAN_NANOS + (plot + 1) * interval;
    }

    /** Propagates target k's truth to a plot time and stores its radar plot at index i. */
    private static void plot(final LocalFrame site, final BallisticMotion motion, final double[] truth,
        final long[] truthTime, final int k, final long timeNanos, final double[] out, final int i) {
        if (timeNanos > truthTime[k]) {
            motion.propagate(truth, (timeNanos - truthTime[k]) * 1e-9, null);
            truthTime[k] = timeNanos;
        }
        final double[] spherical = new double[3];
        site.ecefToRadar(truth[0], truth[1], truth[2], spherical);
        System.arraycopy(spherical, 0, out, 3 * i, 3);
    }

    private static Histogram runBallistic(final boolean impacts, final LocalFrame site, final int rate,
        final int tracks, final int seconds, final FusionThreadWait wait, final double[] start,
        final double[] paced) {
        // Written only by the fusion thread, read after the engine is closed.
        final Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        final Histogram[] recordInto = {new Histogram(3_600_000_000_000L, 3)};
        final long[] predicted = new long[FlightPhase.values().length];
        final long[] measuredImpacts = {0L};
        final FusionEngine engine = FusionEngine.builder()
            .sensor(radar(site))
            .ringSize(1 << 16).maxTracks(Math.max(1024, 2 * tracks)).producers(Producers.SINGLE)
            .fusionThreadWait(wait).impacts(impacts)
            .listener(new FusionListener() {
                @Override
                public void onTrack(final TrackView track) {
                    if (track.lastTag() > 0) {
                        recordInto[0].recordValue(Math.max(0L, System.nanoTime() - track.lastTag()));
                    }
                }

                @Override
                public void onImpact(final ImpactView impact) {
                    predicted[impact.phase().ordinal()]++;
                    if (recordInto[0] == histogram) {
                        measuredImpacts[0]++;
                    }
                }
            })
            .build();
        engine.start();
        final PlotPublisher publisher = engine.publisher();
        for (int scan = 0; scan < INITIATION_SCANS; scan++) {
            for (int k = 0; k < tracks; k++) {
                final int i = 3 * (scan * tracks + k);
                publisher.claim().sensor(0).time(T0 + scan * INITIATION_SCAN_NANOS).tag(0L)
                    .radar(start[i], start[i + 1], start[i + 2]).commit();
            }
        }
        while (engine.counters().fused() < (long) INITIATION_SCANS * tracks) {
            Thread.onSpinWait();
        }
        final long interval = 1_000_000_000L / rate;
        final long warmUpPlots = (long) BALLISTIC_WARM_UP_SECONDS * rate;
        final int plots = paced.length / 3;
        final long begin = System.nanoTime();
        for (int plot = 0; plot < plots; plot++) {
            if (plot == warmUpPlots) {
                // Read on the fusion thread; a plot's commit publishes it (release).
                recordInto[0] = histogram;
            }
            final long due = begin + plot * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            publisher.claim().sensor(0).time(T0 + pacedTime(plot, interval)).tag(due)
                .radar(paced[3 * plot], paced[3 * plot + 1], paced[3 * plot + 2]).commit();
        }
        engine.close();
        final EngineCounters counters = engine.counters();
        long total = 0L;
        for (final long count : predicted) {
            total += count;
        }
        final long midcourse = predicted[FlightPhase.MIDCOURSE.ordinal()];
        System.out.printf(Locale.ROOT, "impacts %s: offered %,d plots/s, %d ballistic tracks (flight-phase IMM), %s, %d s"
                + " measured (%d plots); fused %,d, rejected %,d, confirmed %d; impacts predicted %,d (%,d MIDCOURSE),"
                + " %,d while measured; predictions finished at a pass (no idle time for them) %,d of %,d%n",
            impacts ? "on" : "off", rate, tracks, wait, seconds, plots - warmUpPlots, counters.fused(),
            counters.rejected(), counters.tracksConfirmed(), total, midcourse, measuredImpacts[0],
            counters.predictionsFinishedAtPass(), counters.predictions());
        printLatency(histogram);
        if (impacts ? total == 0 || midcourse != total : total != 0) {
            throw new IllegalStateException("impacts " + (impacts ? "on" : "off") + ": " + total
                + " impacts predicted, " + midcourse + " of them in MIDCOURSE");
        }
        return histogram;
    }
}
