package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in raid, the multi-target scenario: many objects in the air at once, launches that
 * separate into closely spaced pieces, crossing and near-parallel flights, trilateral sensors
 * whose plots arrive late and out of order, clutter.
 */
class RaidScenarioTest {

    private static Scenario scenario;
    private static ScenarioRecording raid;
    private static Map<String, Map<Long, TruthRecord>> truth;

    @BeforeAll
    static void run() {
        scenario = Scenario.builtIn("raid");
        raid = TestScenarios.run(scenario, 1L);
        truth = TestScenarios.truthByObject(raid);
    }

    @Test
    void itIsWatchedByTheTrilateralSensorsOverLinksOfTheirOwnAndHasClutterAndAreas() {
        assertThat(scenario.name()).isEqualTo("raid");
        assertThat(scenario.description()).contains("24 objects");
        final Scenario trilateral = Scenario.builtIn("trilateral");
        assertThat(scenario.sensors()).isEqualTo(trilateral.sensors());
        assertThat(scenario.sensors()).extracting(SensorSpec::nation).contains("KOR", "JPN", "USA");
        assertThat(scenario.sensors()).extracting(SensorSpec::type)
            .contains(SensorType.RADAR, SensorType.MOVING_RADAR, SensorType.IR_LOS);
        assertThat(scenario.latency()).isEqualTo(trilateral.latency());
        assertThat(scenario.clutterPerScan()).isEqualTo(trilateral.clutterPerScan());
        assertThat(scenario.areas()).isNotEmpty();
        assertThat(raid.areas()).hasSize(scenario.areas().size());
        assertThat(raid.plots()).anyMatch(SimulatedPlot::isClutter);
    }

    @Test
    void atLeastTwentyObjectsAreInTheAirTogether() {
        assertThat(raid.events()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(truth.keySet()).hasSize(raid.events().size());
        // Truth states come on whole seconds from launches on whole seconds: count the objects per time.
        final Map<Long, Integer> aloft = new HashMap<>();
        for (final TruthRecord state : raid.truth()) {
            aloft.merge(state.timeNanos(), 1, Integer::sum);
        }
        assertThat(aloft.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThanOrEqualTo(20);
        // Every object is seen.
        final Set<String> seen = new HashSet<>();
        for (final SimulatedPlot plot : raid.plots()) {
            if (!plot.isClutter()) {
                seen.add(plot.objectId());
            }
        }
        assertThat(seen).isEqualTo(truth.keySet());
    }

    @Test
    void atLeastThreeLaunchesSeparateIntoPiecesTenToFiveHundredMetresApart() {
        final List<String> separating = new ArrayList<>();
        final List<String> closelySpaced = new ArrayList<>();
        for (final LaunchSpec launch : scenario.launches()) {
            if (!launch.separation()) {
                continue;
            }
            separating.add(launch.id());
            final Map<Long, TruthRecord> vehicle = truth.get(launch.id() + "-RV");
            final List<Map<Long, TruthRecord>> pieces = new ArrayList<>();
            pieces.add(truth.get(launch.id() + "-TANK"));
            for (int i = 1; i <= launch.debris(); i++) {
                pieces.add(truth.get(launch.id() + "-DEB" + i));
            }
            assertThat(pieces).as("pieces of %s", launch.id()).doesNotContainNull();
            // Some time at which every piece is between 10 and 500 m from the vehicle.
            for (final Map.Entry<Long, TruthRecord> state : vehicle.entrySet()) {
                final boolean allNear = pieces.stream().allMatch(piece -> {
                    final TruthRecord other = piece.get(state.getKey());
                    if (other == null) {
                        return false;
                    }
                    final double distance = distanceM(state.getValue(), other);
                    return distance >= 10.0 && distance <= 500.0;
                });
                if (allNear) {
                    closelySpaced.add(launch.id());
                    break;
                }
            }
        }
        assertThat(separating).hasSizeGreaterThanOrEqualTo(3);
        assertThat(closelySpaced).hasSizeGreaterThanOrEqualTo(3);
        assertThat(scenario.launches().stream().filter(launch -> launch.debris() > 0).count())
            .isGreaterThanOrEqualTo(3);
    }

    @Test
    void flightsCrossOrRunNearParallelWithinTwentyKilometres() {
        // Closest approach of the re-entry vehicles of different launches, from a minute after both
        // launches (so that neighbouring launch sites do not count).
        final Map<String, Long> launchNanos = new HashMap<>();
        for (final TruthEventRecord event : raid.events()) {
            launchNanos.put(event.objectId(), event.launchTimeNanos());
        }
        final List<String> vehicles = truth.keySet().stream().filter(id -> id.endsWith("-RV")).sorted().toList();
        final Set<String> close = new TreeSet<>();
        for (int i = 0; i < vehicles.size(); i++) {
            for (int j = i + 1; j < vehicles.size(); j++) {
                final String a = vehicles.get(i);
                final String b = vehicles.get(j);
                final long from = Math.max(launchNanos.get(a), launchNanos.get(b)) + 60_000_000_000L;
                double closest = Double.POSITIVE_INFINITY;
                for (final Map.Entry<Long, TruthRecord> state : truth.get(a).entrySet()) {
                    final TruthRecord other = truth.get(b).get(state.getKey());
                    if (state.getKey() >= from && other != null) {
                        closest = Math.min(closest, distanceM(state.getValue(), other));
                    }
                }
                if (closest < 20_000.0) {
                    close.add(a + "~" + b);
                }
            }
        }
        // R1 and R3 cross in midcourse, as do R2 and R4; S1 and S2 fly side by side.
        assertThat(close).containsExactlyInAnyOrder("R1-RV~R3-RV", "R2-RV~R4-RV", "S1-RV~S2-RV");
    }

    @Test
    void plotsArriveInOrderWhileMeasurementTimesRunBackwards() {
        final List<SimulatedPlot> plots = raid.plots();
        int backwards = 0;
        final Set<String> nationsOvertaken = new HashSet<>();
        final Map<String, String> nationOf = new HashMap<>();
        for (final SensorSpec sensor : scenario.sensors()) {
            nationOf.put(sensor.id(), sensor.nation());
        }
        for (int i = 1; i < plots.size(); i++) {
            final SimulatedPlot previous = plots.get(i - 1);
            final SimulatedPlot plot = plots.get(i);
            assertThat(plot.arrivalTimeNanos()).isGreaterThanOrEqualTo(previous.arrivalTimeNanos());
            assertThat(plot.arrivalTimeNanos()).isGreaterThan(plot.plot().timeNanos());
            if (plot.plot().timeNanos() < previous.plot().timeNanos()) {
                backwards++;
                nationsOvertaken.add(nationOf.get(plot.plot().sensorId()));
            }
        }
        assertThat(backwards).isGreaterThan(100);
        // The slow US link's plots come in after others measured later.
        assertThat(nationsOvertaken).contains("USA");
    }

    private static double distanceM(final TruthRecord a, final TruthRecord b) {
        return Math.sqrt(square(a.xM() - b.xM()) + square(a.yM() - b.yM()) + square(a.zM() - b.zM()));
    }

    private static double square(final double value) {
        return value * value;
    }
}
