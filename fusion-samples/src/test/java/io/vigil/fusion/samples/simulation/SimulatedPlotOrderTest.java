package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator's two plot orders: the same plots, by arrival or by measurement time. */
class SimulatedPlotOrderTest {

    @Test
    void measurementOrderIsTheArrivalOrderSortedStablyByMeasurementTime() {
        final Scenario scenario = Scenario.builtIn("trilateral");
        final ScenarioRecording arrival = TestScenarios.run(scenario, 7L);
        final ScenarioRecording measurement = new ScenarioRecording();
        ScenarioSimulator.run(scenario, 7L, measurement, PlotOrder.MEASUREMENT);

        // Everything but the plots' order is the same.
        assertThat(measurement.sensors()).isEqualTo(arrival.sensors());
        assertThat(measurement.areas()).isEqualTo(arrival.areas());
        assertThat(measurement.events()).isEqualTo(arrival.events());
        assertThat(measurement.truth()).isEqualTo(arrival.truth());

        // List.sort is stable: sorting the arrival order by measurement time keeps ties in arrival order.
        final List<SimulatedPlot> expected = new ArrayList<>(arrival.plots());
        expected.sort((a, b) -> Long.compare(a.plot().timeNanos(), b.plot().timeNanos()));
        assertThat(measurement.plots()).isEqualTo(expected);
        assertThat(measurement.plots()).isNotEqualTo(arrival.plots());
    }

    @Test
    void theDefaultRunIsInArrivalOrder() {
        final Scenario scenario = Scenario.builtIn("srbm-raid");
        final ScenarioRecording byDefault = TestScenarios.run(scenario, 3L);
        final ScenarioRecording arrival = new ScenarioRecording();
        ScenarioSimulator.run(scenario, 3L, arrival, PlotOrder.ARRIVAL);
        assertThat(arrival.plots()).isEqualTo(byDefault.plots());
    }
}
