package io.vigil.fusion.samples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.engine.EngineCounters;
import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.engine.FusionListener;
import io.vigil.fusion.engine.ImpactView;
import io.vigil.fusion.engine.PlotClaim;
import io.vigil.fusion.engine.PlotPublisher;
import io.vigil.fusion.engine.Producers;
import io.vigil.fusion.engine.WarningView;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.PlotReader;
import io.vigil.fusion.io.PlotRecord;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.samples.ProblemLog;
import io.vigil.fusion.samples.RecordFiles;
import io.vigil.fusion.samples.simulate.ScenarioFiles;
import io.vigil.fusion.samples.simulate.SimulateCommand;
import io.vigil.fusion.samples.simulation.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine in its default configuration (flight-phase IMM, scan assignment, out-of-sequence
 * re-processing, line-of-sight triangulation, impact and launch prediction, the scenario's
 * defended areas and their warnings, an area moved through the ring) allocates nothing on its fusion thread in
 * steady state, measured on the multi-target `raid` scenario: 24 objects with separations,
 * clutter, three nations' radars with link latency, an infrared satellite. The raid is played
 * up to four times, three hours apart in plot time (ticks across the gaps, so every track of
 * a pass is gone before the next): the first pass warms up, the fusion thread's allocated
 * bytes are read around the later ones until one allocates nothing, and the quietest counts
 * (a JIT transition can show as a few hundred bytes once; a per-plot allocation shows as
 * megabytes in every pass).
 */
class RaidAllocationTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long PASS_OFFSET = 3L * 3_600L * SECOND;
    private static final long SCAN_OFFSET = 1_000_000L;

    @TempDir
    Path directory;

    @Test
    void theFusionThreadAllocatesNothingOnTheRaid() throws IOException {
        final Path simulated = directory.resolve("scenario");
        SimulateCommand.simulate(Scenario.builtIn("raid"), 1L, simulated);
        final RecordFiles files = new RecordFiles(new ProblemLog(new PrintWriter(System.err, true)));
        final List<SensorRecord> sensors = files.sensors(simulated.resolve(ScenarioFiles.SENSORS));
        final Set<String> ids = new HashSet<>();
        // Counted without allocating: impacts and warnings are on the measured path too.
        final long[] events = new long[2];
        final FusionEngine.Builder builder = FusionEngine.builder().producers(Producers.SINGLE)
            .listener(new FusionListener() {
                @Override
                public void onImpact(final ImpactView impact) {
                    events[0]++;
                }

                @Override
                public void onWarning(final WarningView warning) {
                    events[1]++;
                }
            });
        for (final SensorRecord sensor : sensors) {
            builder.sensor(sensor.toSensor());
            ids.add(sensor.sensorId());
        }
        final List<AreaRecord> areas = files.areas(simulated.resolve(ScenarioFiles.AREAS));
        for (final AreaRecord area : areas) {
            builder.defendedArea(area.areaId(), Math.toRadians(area.latDeg()), Math.toRadians(area.lonDeg()),
                area.radiusM());
        }
        final List<PlotRecord> plots = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(simulated.resolve(ScenarioFiles.PLOTS));
            PlotReader reader = new PlotReader(in, ScenarioFiles.PLOTS, ids, (file, line, reason) -> { })) {
            for (PlotRecord plot = reader.next(); plot != null; plot = reader.next()) {
                plots.add(plot);
            }
        }
        final Thread[] fusionThread = new Thread[1];
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long quietest = Long.MAX_VALUE;
        try (FusionEngine engine = builder.threadFactory(runnable -> {
            fusionThread[0] = new Thread(runnable, "fusion-under-test");
            return fusionThread[0];
        }).build()) {
            final int[] sensorIndex = new int[plots.size()];
            for (int i = 0; i < plots.size(); i++) {
                sensorIndex[i] = engine.sensorIndex(plots.get(i).sensorId());
            }
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            final long confirmedBefore = engine.counters().tracksConfirmed();
            for (int pass = 0; pass < 4 && quietest > 0; pass++) {
                awaitDrained(engine);
                final long before = threads.getThreadAllocatedBytes(fusionThread[0].getId());
                play(publisher, plots, sensorIndex, pass);
                // An area moved through the ring and back: the run-time path of defended areas.
                final AreaRecord first = areas.get(0);
                publisher.defendedArea(0, Math.toRadians(first.latDeg() + 0.5), Math.toRadians(first.lonDeg()),
                    first.radiusM());
                publisher.defendedArea(0, Math.toRadians(first.latDeg()), Math.toRadians(first.lonDeg()),
                    first.radiusM());
                awaitDrained(engine);
                final long bytes = threads.getThreadAllocatedBytes(fusionThread[0].getId()) - before;
                System.out.printf("MEASURED raid pass %d: fusion thread bytes: %d%n", pass, bytes);
                if (pass > 0) {
                    quietest = Math.min(quietest, bytes);
                }
            }
            final EngineCounters counters = engine.counters();
            assertThat(counters.fused()).as("plots and ticks fused").isGreaterThan(2L * plots.size());
            assertThat(counters.tracksDropped()).isGreaterThan(100);
            assertThat(counters.tracksConfirmed()).isGreaterThanOrEqualTo(confirmedBefore);
            System.out.printf("MEASURED raid, all passes: impact predictions %d, warning events %d%n", events[0],
                events[1]);
            assertThat(events[0]).as("impact predictions").isGreaterThan(1000);
            assertThat(events[1]).as("warning events").isGreaterThan(0);
        }
        assertThat(quietest).as("fusion thread, bytes over one pass of the raid").isZero();
    }

    /** Publishes the raid's plots shifted by the pass's offset, ticking across the gap before them. */
    private static void play(final PlotPublisher publisher, final List<PlotRecord> plots, final int[] sensorIndex,
        final int pass) {
        final long offset = pass * PASS_OFFSET;
        long clock = Long.MIN_VALUE;
        for (int i = 0; i < plots.size(); i++) {
            final PlotRecord plot = plots.get(i);
            final long time = plot.timeNanos() + offset;
            if (clock != Long.MIN_VALUE) {
                for (long tick = clock + SECOND; tick < time; tick += SECOND) {
                    publisher.tick(tick);
                    clock = tick;
                }
            } else if (pass > 0) {
                // Across the gap from the previous pass, a tick a second.
                for (long tick = plots.get(plots.size() - 1).timeNanos() + offset - PASS_OFFSET + SECOND; tick < time;
                    tick += SECOND) {
                    publisher.tick(tick);
                }
            }
            clock = Math.max(clock, time);
            final PlotClaim claim = publisher.claim();
            plot.fill(claim, sensorIndex[i]);
            claim.time(time);
            if (plot.scanId() != PlotRecord.NO_SCAN) {
                claim.scan(plot.scanId() + pass * SCAN_OFFSET, false);
            }
            claim.commit();
        }
    }

    private static void awaitDrained(final FusionEngine engine) {
        final EngineCounters c = engine.counters();
        while (c.fused() + c.rejected() + c.dropped() < c.published()) {
            Thread.onSpinWait();
        }
    }
}
