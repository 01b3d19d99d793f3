package io.vigil.fusion.samples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.engine.FusionEngine;
import io.vigil.fusion.engine.PlotPublisher;
import io.vigil.fusion.engine.Sensor;
import org.junit.jupiter.api.Test;

/** Ticks across gaps between plot times, through a real engine's ring. */
class GapTickerTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_780_000_000L * SECOND;

    private static final Sensor RADAR = Sensor.radar("R", "JPN", 0.7, 2.4, 10.0, 50.0, 1e-3, 1e-3, Double.NaN, 0.9, 3e6);

    @Test
    void ticksEveryIntervalInsideAGapAndNeverForLatePlots() {
        try (FusionEngine engine = FusionEngine.builder().sensor(RADAR).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            final GapTicker ticker = new GapTicker(SECOND);
            ticker.beforePlot(T0, publisher);
            assertThat(ticker.ticks()).isZero();
            ticker.beforePlot(T0 + SECOND / 2, publisher);
            assertThat(ticker.ticks()).as("no gap of a full interval").isZero();
            ticker.beforePlot(T0 + 10 * SECOND + SECOND / 4, publisher);
            // Ticks at T0 + 1.5 s, 2.5 s, ..., 9.5 s: one interval after the latest time seen, and on.
            assertThat(ticker.ticks()).isEqualTo(9);
            ticker.beforePlot(T0 + 3 * SECOND, publisher);
            assertThat(ticker.ticks()).as("a late plot").isEqualTo(9);
            assertThat(ticker.clockNanos()).isEqualTo(T0 + 10 * SECOND + SECOND / 4);
            engine.close();
            assertThat(engine.counters().published()).isEqualTo(9);
            assertThat(engine.counters().fused()).isEqualTo(9);
        }
    }

    @Test
    void aGapLongerThanADayIsABadTimeAndTicksNothing() {
        try (FusionEngine engine = FusionEngine.builder().sensor(RADAR).build()) {
            engine.start();
            final PlotPublisher publisher = engine.publisher();
            final GapTicker ticker = new GapTicker(SECOND);
            ticker.beforePlot(T0, publisher);
            ticker.beforePlot(T0 + GapTicker.MAX_GAP_NANOS + SECOND, publisher);
            assertThat(ticker.ticks()).isZero();
            assertThat(ticker.clockNanos()).as("the bad time does not move the clock").isEqualTo(T0);
            ticker.beforePlot(T0 + 3 * SECOND + SECOND / 2, publisher);
            assertThat(ticker.ticks()).as("ticks resume from the good time").isEqualTo(3);
        }
    }
}
