package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.engine.SensorType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in clutter scenario, for false-track rates: no launches, the trilateral radars
 * for an hour, false plots at the trilateral density and nothing else.
 */
class ClutterScenarioTest {

    private static Scenario scenario;
    private static ScenarioRecording clutter;

    @BeforeAll
    static void run() {
        scenario = Scenario.builtIn("clutter");
        clutter = TestScenarios.run(scenario, 1L);
    }

    @Test
    void itIsAnHourOfTheTrilateralRadarsWithNoLaunches() {
        assertThat(scenario.name()).isEqualTo("clutter");
        assertThat(scenario.description()).isNotEmpty();
        assertThat(scenario.launches()).isEmpty();
        assertThat(scenario.durationS()).isEqualTo(3600.0);
        final Scenario trilateral = Scenario.builtIn("trilateral");
        assertThat(scenario.clutterPerScan()).isEqualTo(trilateral.clutterPerScan());
        assertThat(scenario.sensors()).isEqualTo(trilateral.sensors().stream()
            .filter(sensor -> sensor.type() != SensorType.IR_LOS).toList());
        assertThat(scenario.latency()).isEqualTo(trilateral.latency());
        assertThat(clutter.sensors()).hasSize(scenario.sensors().size());
    }

    @Test
    void itMakesClutterAndNoTruth() {
        assertThat(clutter.events()).isEmpty();
        assertThat(clutter.truth()).isEmpty();
        assertThat(clutter.plots()).isNotEmpty().allMatch(SimulatedPlot::isClutter);
    }

    /**
     * Each radar scans at scanOffsetS + k revisitS up to the duration, and each scan has a
     * Poisson number of false plots of mean clutterPerScan: the count of a sensor, and the
     * total, are Poisson with mean clutterPerScan times the scans. Checked within five standard
     * deviations (the square root of the mean).
     */
    @Test
    void thePlotCountIsThatOfTheDensityAndTheScans() {
        final Map<String, Integer> counted = new HashMap<>();
        for (final SimulatedPlot plot : clutter.plots()) {
            counted.merge(plot.plot().sensorId(), 1, Integer::sum);
        }
        double expectedTotal = 0.0;
        for (final SensorSpec sensor : scenario.sensors()) {
            final long scans = (long) Math.floor((scenario.durationS() - sensor.scanOffsetS()) / sensor.revisitS()) + 1;
            final double expected = scenario.clutterPerScan() * scans;
            expectedTotal += expected;
            assertThat((double) counted.getOrDefault(sensor.id(), 0)).as(sensor.id())
                .isBetween(expected - 5.0 * Math.sqrt(expected), expected + 5.0 * Math.sqrt(expected));
        }
        // 8,820 scans at 0.3: 2,646 +- 51.
        assertThat(expectedTotal).isBetween(2_600.0, 2_700.0);
        assertThat((double) clutter.plots().size())
            .isBetween(expectedTotal - 5.0 * Math.sqrt(expectedTotal), expectedTotal + 5.0 * Math.sqrt(expectedTotal));
    }

    @Test
    void theFalsePlotsArriveLateAndOutOfOrderLikeAnyOthers() {
        int backwards = 0;
        for (int i = 1; i < clutter.plots().size(); i++) {
            final SimulatedPlot plot = clutter.plots().get(i);
            assertThat(plot.arrivalTimeNanos()).isGreaterThan(plot.plot().timeNanos())
                .isGreaterThanOrEqualTo(clutter.plots().get(i - 1).arrivalTimeNanos());
            if (plot.plot().timeNanos() < clutter.plots().get(i - 1).plot().timeNanos()) {
                backwards++;
            }
        }
        assertThat(backwards).isPositive();
    }
}
