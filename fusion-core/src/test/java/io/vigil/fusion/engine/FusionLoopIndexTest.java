package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.lmax.disruptor.RingBuffer;
import io.vigil.fusion.association.NearestGateAssociator;
import io.vigil.fusion.association.SpatialTrackIndex;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.track.SingleModelTrackFilter;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackTable;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fusion loop keeps its spatial index current through creation, update, out-of-sequence
 * plots, coasting, deletion and maintenance, and, before every plot it fuses, the indexed gate
 * gives the linear scan's answer on the loop's own tracks.
 */
class FusionLoopIndexTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long STEP = SECOND / 10;

    private final LocalFrame site = new LocalFrame(Math.toRadians(40.88), Math.toRadians(140.33), 50.0);
    private final Sensor radar = Sensor.radar("TPY2", "JPN", site.latitudeRad(), site.longitudeRad(), site.heightM(),
        20.0, 1e-3, 1e-3, Double.NaN, 0.9, 3_000_000.0);

    @Test
    void theLoopKeepsItsIndexCurrentAndItsGateEqualToTheLinearScan() {
        final EngineConfiguration config;
        try (FusionEngine engine = FusionEngine.builder().sensor(radar).maxTracks(512)
            .motion(() -> new ConstantVelocityMotion(1.0)).trackTimes(SECOND, 3 * SECOND, 30 * SECOND, 5 * SECOND)
            .build()) {
            config = engine.configuration();
        }
        final RingBuffer<PlotSlot> ring = RingBuffer.createSingleProducer(PlotSlot::new, 1024);
        final EngineCounters counters = new EngineCounters();
        final FusionLoop loop = new FusionLoop(config, ring, counters);
        final TrackTable tracks = loop.tracks();
        final SpatialTrackIndex index = loop.index();
        final PlotRegistration registration = new PlotRegistration(config.sensors);
        final NearestGateAssociator linear = new NearestGateAssociator(new SingleModelTrackFilter(new ConstantVelocityMotion(1.0), 4),
            config.gateProbability, 4);
        final NearestGateAssociator indexed = new NearestGateAssociator(new SingleModelTrackFilter(new ConstantVelocityMotion(1.0), 4),
            config.gateProbability, 4, index);

        // Targets over 1,500 km around the radar, 100 to 800 km up, up to 7 km/s, each alive for
        // a random part of the 120 s (so tracks start, coast and are dropped).
        final SplittableRandom random = new SplittableRandom(2026L);
        final int targets = 150;
        final double[][] truth = new double[targets][6];
        final long[] born = new long[targets];
        final long[] dies = new long[targets];
        final double[] v = new double[3];
        for (int k = 0; k < targets; k++) {
            site.enuToEcef(random.nextDouble(-1.5e6, 1.5e6), random.nextDouble(300_000.0, 1.5e6),
                random.nextDouble(100_000.0, 800_000.0), truth[k]);
            site.enuVectorToEcef(random.nextDouble(-5e3, 5e3), random.nextDouble(-5e3, 5e3),
                random.nextDouble(-1e3, 1e3), v);
            System.arraycopy(v, 0, truth[k], 3, 3);
            born[k] = T0 + random.nextLong(60 * SECOND);
            dies[k] = born[k] + random.nextLong(10 * SECOND, 90 * SECOND);
        }
        final PlotSlot slot = new PlotSlot();
        final double[] measured = new double[3];
        final double[] position = new double[3];
        long sequence = 0;
        long compared = 0;
        long associated = 0;
        int mostAlive = 0;
        int mostCoarse = 0;
        for (long now = T0; now < T0 + 120 * SECOND; now += STEP) {
            for (int k = 0; k < targets; k++) {
                if (now < born[k] || now >= dies[k] || random.nextInt(10) != 0) {
                    continue;
                }
                // One plot in ten is out of sequence, by up to the 5 s bound.
                final long time = random.nextInt(10) == 0 ? Math.max(T0, now - random.nextLong(5 * SECOND)) : now;
                final double dt = (time - T0) * 1e-9;
                for (int i = 0; i < 3; i++) {
                    position[i] = truth[k][i] + truth[k][3 + i] * dt;
                }
                site.ecefToRadar(position[0], position[1], position[2], measured);
                radarPlot(slot, time, measured[0] + 20.0 * random.nextGaussian(),
                    wrap(measured[1] + 1e-3 * random.nextGaussian()), measured[2] + 1e-3 * random.nextGaussian());
                if (compare(slot, registration, tracks, linear, indexed)) {
                    associated++;
                }
                compared++;
                loop.onEvent(slot, sequence++, true);
                mostCoarse = Math.max(mostCoarse, checkCurrent(tracks, index));
            }
            if (random.nextInt(4) == 0) { // clutter: a plot anywhere, offered to two-point initiation
                radarPlot(slot, now, random.nextDouble(200_000.0, 2_500_000.0), random.nextDouble(0.0, 2 * Math.PI),
                    random.nextDouble(0.05, 1.2));
                compare(slot, registration, tracks, linear, indexed);
                loop.onEvent(slot, sequence++, true);
                checkCurrent(tracks, index);
            }
            mostAlive = Math.max(mostAlive, tracks.alive());
        }
        // A tick 40 s on: maintenance drops or coasts every track, and the epoch jumps.
        slot.clear();
        slot.kind = PlotSlot.TICK;
        slot.timeNanos = T0 + 160 * SECOND;
        loop.onEvent(slot, sequence, true);
        checkCurrent(tracks, index);
        assertThat(index.epochNanos()).isEqualTo(T0 + 160 * SECOND);

        assertThat(counters.rejected()).isZero();
        assertThat(compared).isGreaterThan(6_000);
        assertThat(associated).isGreaterThan(compared / 2);
        assertThat(mostAlive).isGreaterThan(100);
        assertThat(mostCoarse).as("tracks in coarser levels or the wide list at once").isGreaterThan(5);
        // Clutter plots no longer start a track alone (two-point initiation), so fewer tracks come
        // and go than the 300 of one-point initiation; enough to exercise removal from the index.
        assertThat(counters.tracksDropped()).isGreaterThan(100);
    }

    private static void radarPlot(final PlotSlot slot, final long time, final double range, final double azimuth,
        final double elevation) {
        slot.clear();
        slot.kind = PlotSlot.RADAR;
        slot.sensorIndex = 0;
        slot.timeNanos = time;
        slot.rangeM = range;
        slot.azimuthRad = azimuth;
        slot.elevationRad = elevation;
    }

    private static double wrap(final double azimuth) {
        return azimuth < 0 ? azimuth + 2 * Math.PI : azimuth >= 2 * Math.PI ? azimuth - 2 * Math.PI : azimuth;
    }

    /** Both gates on the loop's tracks as they are before the plot; returns whether one associated. */
    private static boolean compare(final PlotSlot slot, final PlotRegistration registration, final TrackTable tracks,
        final NearestGateAssociator linear, final NearestGateAssociator indexed) {
        final MeasurementModel measurement = registration.register(slot);
        final double[] plotPosition = registration.position();
        final Track expected = linear.associate(tracks, measurement, slot.timeNanos, plotPosition);
        final Track actual = indexed.associate(tracks, measurement, slot.timeNanos, plotPosition);
        if (actual != expected
            || Double.doubleToRawLongBits(linear.lastNis()) != Double.doubleToRawLongBits(indexed.lastNis())
            || expected != null && !Arrays.equals(linear.prediction().state(), 0, 6, indexed.prediction().state(), 0, 6)) {
            fail("plot at " + slot.timeNanos + ": indexed " + (actual == null ? "none" : actual.slot()) + ", linear "
                + (expected == null ? "none" : expected.slot()));
        }
        return expected != null;
    }

    /** Checks every live track is current in the index; returns how many are not in the finest grid. */
    private static int checkCurrent(final TrackTable tracks, final SpatialTrackIndex index) {
        if (index.size() != tracks.alive()) {
            fail("index holds " + index.size() + " tracks, the table " + tracks.alive());
        }
        int coarse = 0;
        for (int i = 0; i < tracks.limit(); i++) {
            final Track track = tracks.slot(i);
            if (track.alive() && !index.isCurrent(track)) {
                fail("track in slot " + i + " is not current in the index");
            }
            if (index.levelOf(i) > 0) {
                coarse++;
            }
        }
        return coarse;
    }
}
