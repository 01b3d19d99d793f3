package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.io.PlotRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulator's output as a whole: arrival order, determinism, the built-in scenarios. */
class ScenarioSimulatorTest {

    private static ScenarioRecording trilateral;

    @BeforeAll
    static void run() {
        trilateral = TestScenarios.run(Scenario.builtIn("trilateral"), 42L);
    }

    @Test
    void plotsArriveInOrderWhileMeasurementTimesGoBackAcrossNations() {
        final List<SimulatedPlot> plots = trilateral.plots();
        final Map<String, Long> lastBySensor = new HashMap<>();
        int backwards = 0;
        final Set<String> backwardsPairs = new HashSet<>();
        for (int i = 0; i < plots.size(); i++) {
            final SimulatedPlot plot = plots.get(i);
            assertThat(plot.arrivalTimeNanos()).as("arrival after measurement")
                .isGreaterThan(plot.plot().timeNanos());
            if (i > 0) {
                final SimulatedPlot previous = plots.get(i - 1);
                assertThat(plot.arrivalTimeNanos()).as("arrival order at %s", i)
                    .isGreaterThanOrEqualTo(previous.arrivalTimeNanos());
                if (plot.plot().timeNanos() < previous.plot().timeNanos()) {
                    backwards++;
                    backwardsPairs.add(previous.plot().sensorId() + ">" + plot.plot().sensorId());
                }
            }
            final Long last = lastBySensor.put(plot.plot().sensorId(), plot.plot().timeNanos());
            if (last != null) {
                assertThat(plot.plot().timeNanos()).as("%s measurement order", plot.plot().sensorId())
                    .isGreaterThanOrEqualTo(last);
            }
        }
        // The US link is slowest: its plots come in after Korean and Japanese ones measured later.
        assertThat(backwards).isGreaterThan(100);
        assertThat(backwardsPairs).anyMatch(pair -> pair.startsWith("KOR") || pair.startsWith("JPN"));
    }

    @Test
    void theSameSeedGivesTheSameOutputAndAnotherSeedDoesNot() {
        final Scenario scenario = Scenario.builtIn("trilateral");
        final ScenarioRecording again = TestScenarios.run(scenario, 42L);
        assertThat(again.sensors()).isEqualTo(trilateral.sensors());
        assertThat(again.areas()).isEqualTo(trilateral.areas());
        assertThat(again.events()).isEqualTo(trilateral.events());
        assertThat(again.truth()).isEqualTo(trilateral.truth());
        assertThat(again.plots()).isEqualTo(trilateral.plots());

        final ScenarioRecording other = TestScenarios.run(scenario, 43L);
        assertThat(other.plots()).isNotEqualTo(trilateral.plots());
        // The seed moves the separation impulses, so the pieces' truth differs too; the aim does not.
        assertThat(other.truth()).isNotEqualTo(trilateral.truth());
        assertThat(other.events().get(0).launchTimeNanos()).isEqualTo(trilateral.events().get(0).launchTimeNanos());
    }

    @Test
    void trilateralThreatensADefendedArea() {
        // L2 is aimed at Sado: its vehicle lands inside the SADO circle.
        final var sado = trilateral.areas().stream().filter(a -> a.areaId().equals("SADO")).findFirst().orElseThrow();
        final var l2 = trilateral.events().stream().filter(e -> e.objectId().equals("L2-RV")).findFirst().orElseThrow();
        final double[] inverse = new double[3];
        io.vigil.fusion.geo.Geodesic.inverse(Math.toRadians(sado.latDeg()), Math.toRadians(sado.lonDeg()),
            Math.toRadians(l2.impactLatDeg()), Math.toRadians(l2.impactLonDeg()), inverse);
        assertThat(inverse[0]).isLessThan(sado.radiusM());
    }

    /**
     * Every built-in scenario loads and runs, and its output is of a sane size. The scenarios are
     * kept short so that each simulates in about a second; the bounds catch a scenario (or a
     * change) that would make the simulation much bigger, without timing anything.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"trilateral", "lofted", "srbm-raid", "raid"})
    void everyBuiltInScenarioRuns(final String name) {
        assertThat(Scenario.BUILT_IN_NAMES).contains(name);
        final Scenario scenario = Scenario.builtIn(name);
        assertThat(scenario.name()).isEqualTo(name);
        final ScenarioRecording recording = TestScenarios.run(scenario, 1L);
        assertThat(recording.sensors()).hasSize(scenario.sensors().size());
        // Every sensor row is one the engine accepts.
        recording.sensors().forEach(sensor -> assertThat(sensor.toSensor().id()).isEqualTo(sensor.sensorId()));
        assertThat(recording.areas()).hasSize(scenario.areas().size());
        assertThat(recording.plots()).hasSizeBetween(1_000, 40_000);
        assertThat(recording.truth()).hasSizeBetween(1_000, 40_000);
        final Set<String> objects = new HashSet<>();
        for (final TruthRecord state : recording.truth()) {
            objects.add(state.objectId());
        }
        assertThat(recording.events()).hasSize(objects.size());
        // Every launch is seen by some sensor, and every sensor sees something.
        final Set<String> seen = new HashSet<>();
        final Set<String> reporting = new HashSet<>();
        for (final SimulatedPlot plot : recording.plots()) {
            reporting.add(plot.plot().sensorId());
            if (!plot.isClutter()) {
                seen.add(plot.objectId().substring(0, plot.objectId().indexOf('-')));
            }
            final PlotRecord record = plot.plot();
            assertThat(record.timeNanos()).isBetween(scenario.epochNanos(),
                scenario.epochNanos() + Math.round(scenario.durationS() * 1e9));
        }
        for (final LaunchSpec launch : scenario.launches()) {
            assertThat(seen).contains(launch.id());
        }
        for (final SensorSpec sensor : scenario.sensors()) {
            assertThat(reporting).contains(sensor.id());
        }
    }

    @Test
    void thereAreFiveBuiltInScenariosWithTrilateralFirst() {
        // clutter has no truth, so it is not among the scenarios above (ClutterScenarioTest runs it).
        assertThat(Scenario.BUILT_IN_NAMES).containsExactly("trilateral", "lofted", "srbm-raid", "raid", "clutter");
    }
}
