package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.motion.BallisticMotion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Exact out-of-sequence fusion: a midcourse object seen by two radars of two nations, the
 * second's plots arriving 2.5 s late (behind three or four of the first's). Fed in arrival
 * order the engine must end with the same track estimate, to the bit, as fed in measurement
 * order, because each late plot is fused by re-processing the track's history in time order;
 * a history too short for the lateness falls back to propagating the track back, which is
 * counted and ends elsewhere.
 */
class OutOfSequenceTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final double SIGMA_RANGE = 30.0;
    private static final double SIGMA_ANGLE = 1e-3;

    /** A plot to publish: when it arrives, and what it is. */
    private record Plot(long arrivalNanos, int sensor, long timeNanos, long scan, double range, double azimuth,
        double elevation) {
    }

    private final LocalFrame siteA = new LocalFrame(Math.toRadians(37.0), Math.toRadians(127.5), 100.0);
    private final LocalFrame siteB = new LocalFrame(Math.toRadians(36.0), Math.toRadians(133.0), 100.0);

    @Test
    void lateRadarPlotsEndWhereTimeOrderedOnesDo() {
        for (final boolean scans : new boolean[] {false, true}) {
            final List<Plot> plots = plots(scans);
            final List<Plot> byArrival = new ArrayList<>(plots);
            byArrival.sort(Comparator.comparingLong(Plot::arrivalNanos).thenComparingLong(Plot::timeNanos));
            final List<Plot> byTime = new ArrayList<>(plots);
            byTime.sort(Comparator.comparingLong(Plot::timeNanos));
            assertThat(byArrival).isNotEqualTo(byTime);

            final double[] inOrder = run(byTime, 8, null);
            final long[] approximate = new long[1];
            final double[] late = run(byArrival, 8, approximate);
            assertThat(approximate[0]).as("approximate updates, scans " + scans).isZero();
            assertThat(late).as("final state and covariance diagonal, scans " + scans).containsExactly(inOrder);

            // With room for one plot only, a plot 2.5 s late is older than the history.
            final double[] shallow = run(byArrival, 1, approximate);
            assertThat(approximate[0]).as("approximate updates with depth 1").isPositive();
            assertThat(shallow).isNotEqualTo(inOrder);
        }
    }

    /**
     * 60 s of plots: radar A at whole seconds (no latency), radar B from 10.5 s on at the half
     * seconds, each 2.5 s late.
     */
    private List<Plot> plots(final boolean scans) {
        final BallisticMotion truthModel = new BallisticMotion(0.0);
        final double[] x = new double[6];
        final LocalFrame start = new LocalFrame(Math.toRadians(38.0), Math.toRadians(129.0), 400e3);
        Geodetic.toEcef(start.latitudeRad(), start.longitudeRad(), 400e3, x);
        final double[] v = new double[3];
        start.enuVectorToEcef(4_000.0, -500.0, 500.0, v);
        System.arraycopy(v, 0, x, 3, 3);
        final SplittableRandom random = new SplittableRandom(99L);
        final List<Plot> plots = new ArrayList<>();
        final double[] seen = new double[3];
        for (int k = 0; k < 120; k++) {
            final long time = T0 + k * SECOND / 2;
            final int sensor = k % 2;
            if (sensor == 1 && k < 20) {
                truthModel.propagate(x, 0.5, null);
                continue; // radar B joins a track that radar A's plots have started
            }
            final LocalFrame site = sensor == 0 ? siteA : siteB;
            site.ecefToRadar(x[0], x[1], x[2], seen);
            final long arrival = time + (sensor == 0 ? 0L : 2_500_000_000L);
            plots.add(new Plot(arrival, sensor, time, scans ? k : Long.MIN_VALUE,
                seen[0] + SIGMA_RANGE * random.nextGaussian(), seen[1] + SIGMA_ANGLE * random.nextGaussian(),
                seen[2] + SIGMA_ANGLE * random.nextGaussian()));
            truthModel.propagate(x, 0.5, null);
        }
        return plots;
    }

    /** Feeds the plots in the list's order; returns the last report's state and variances. */
    private double[] run(final List<Plot> plots, final int depth, final long[] approximate) {
        final double[] last = new double[12];
        final FusionListener listener = new FusionListener() {
            @Override
            public void onTrack(final TrackView track) {
                if (track.trackId() != 1L) {
                    return;
                }
                last[0] = track.x();
                last[1] = track.y();
                last[2] = track.z();
                last[3] = track.vx();
                last[4] = track.vy();
                last[5] = track.vz();
                for (int i = 0; i < 6; i++) {
                    last[6 + i] = track.covariance(i, i);
                }
            }
        };
        try (FusionEngine engine = FusionEngine.builder()
            .sensor(Sensor.radar("A", "KOR", siteA.latitudeRad(), siteA.longitudeRad(), siteA.heightM(), SIGMA_RANGE,
                SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 0.9, 3_000_000.0))
            .sensor(Sensor.radar("B", "JPN", siteB.latitudeRad(), siteB.longitudeRad(), siteB.heightM(), SIGMA_RANGE,
                SIGMA_ANGLE, SIGMA_ANGLE, Double.NaN, 0.9, 3_000_000.0))
            .outOfSequenceDepth(depth).listener(listener).ringSize(1 << 10).maxTracks(8).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            for (final Plot plot : plots) {
                final PlotClaim claim = publisher.claim().sensor(plot.sensor()).time(plot.timeNanos());
                if (plot.scan() != Long.MIN_VALUE) {
                    claim.scan(plot.scan(), true);
                }
                claim.radar(plot.range(), plot.azimuth(), plot.elevation()).commit();
            }
            engine.close();
            assertThat(engine.counters().tracksAlive()).as("one object, one track").isEqualTo(1);
            if (approximate != null) {
                approximate[0] = engine.counters().outOfSequenceApproximate();
            }
        }
        return last;
    }
}
