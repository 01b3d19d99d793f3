package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each threat class flies in its band of range and apogee, and lands where it was aimed. */
class SimulatedThreatClassTest {

    private static final String SCENARIO = """
        {
          "name": "classes",
          "epoch": "2026-03-01T03:00:00Z",
          "durationS": 60,
          "latency": {},
          "launches": [
            {"id": "S-SHORT", "threatClass": "SHORT_RANGE_DEPRESSED", "launchLatDeg": 39.0, "launchLonDeg": 125.7,
             "aimLatDeg": 39.2, "aimLonDeg": 128.8},
            {"id": "S-LONG", "threatClass": "SHORT_RANGE_DEPRESSED", "launchLatDeg": 39.0, "launchLonDeg": 125.7,
             "aimLatDeg": 39.2, "aimLonDeg": 130.35},
            {"id": "M-SHORT", "threatClass": "MEDIUM_RANGE", "launchLatDeg": 39.5, "launchLonDeg": 125.5,
             "aimLatDeg": 39.7, "aimLonDeg": 134.2},
            {"id": "M-LONG", "threatClass": "MEDIUM_RANGE", "launchLatDeg": 39.5, "launchLonDeg": 125.5,
             "aimLatDeg": 39.0, "aimLonDeg": 138.8},
            {"id": "LOFT", "threatClass": "LOFTED_LONG_RANGE", "launchLatDeg": 39.1, "launchLonDeg": 125.7,
             "aimLatDeg": 41.0, "aimLonDeg": 137.5}
          ]
        }
        """;

    private static final Map<String, Double> APOGEE_M = new HashMap<>();
    private static final Map<String, Double> RANGE_M = new HashMap<>();
    private static final Map<String, Double> MISS_M = new HashMap<>();
    private static final Map<String, Double> AIM_RANGE_M = new HashMap<>();

    @BeforeAll
    static void fly() {
        final Scenario scenario = TestScenarios.parse(SCENARIO);
        final ScenarioRecording recording = TestScenarios.run(scenario, 5L);
        final double[] geodetic = new double[3];
        for (final TruthRecord state : recording.truth()) {
            Geodetic.fromEcef(state.xM(), state.yM(), state.zM(), geodetic);
            APOGEE_M.merge(state.objectId(), geodetic[Geodetic.HEIGHT], Math::max);
        }
        final double[] inverse = new double[3];
        for (final TruthEventRecord event : recording.events()) {
            final String launch = event.objectId().substring(0, event.objectId().length() - "-RV".length());
            final LaunchSpec spec = scenario.launches().stream().filter(l -> l.id().equals(launch)).findFirst()
                .orElseThrow();
            Geodesic.inverse(Math.toRadians(event.launchLatDeg()), Math.toRadians(event.launchLonDeg()),
                Math.toRadians(event.impactLatDeg()), Math.toRadians(event.impactLonDeg()), inverse);
            RANGE_M.put(launch, inverse[Geodesic.DISTANCE]);
            Geodesic.inverse(Math.toRadians(spec.aimLatDeg()), Math.toRadians(spec.aimLonDeg()),
                Math.toRadians(event.impactLatDeg()), Math.toRadians(event.impactLonDeg()), inverse);
            MISS_M.put(launch, inverse[Geodesic.DISTANCE]);
            Geodesic.inverse(Math.toRadians(spec.launchLatDeg()), Math.toRadians(spec.launchLonDeg()),
                Math.toRadians(spec.aimLatDeg()), Math.toRadians(spec.aimLonDeg()), inverse);
            AIM_RANGE_M.put(launch, inverse[Geodesic.DISTANCE]);
            APOGEE_M.put(launch, APOGEE_M.get(event.objectId()));
        }
    }

    @Test
    void shortRangeDepressedStaysLow() {
        for (final String launch : new String[] {"S-SHORT", "S-LONG"}) {
            assertThat(APOGEE_M.get(launch)).as("%s apogee, m", launch).isBetween(30_000.0, 80_000.0);
            assertThat(RANGE_M.get(launch)).as("%s range, m", launch).isBetween(250_000.0, 450_000.0);
        }
    }

    @Test
    void mediumRangeFliesSevenHundredToTwelveHundredKilometres() {
        for (final String launch : new String[] {"M-SHORT", "M-LONG"}) {
            assertThat(RANGE_M.get(launch)).as("%s range, m", launch).isBetween(700_000.0, 1_200_000.0);
            assertThat(APOGEE_M.get(launch)).as("%s apogee, m", launch).isBetween(150_000.0, 500_000.0);
        }
    }

    @Test
    void loftedLongRangeClimbsAboveSixThousandKilometres() {
        assertThat(APOGEE_M.get("LOFT")).as("apogee, m").isGreaterThanOrEqualTo(6_000_000.0);
        assertThat(RANGE_M.get("LOFT")).as("range, m").isBetween(800_000.0, 1_300_000.0);
    }

    @Test
    void everyLaunchLandsWithinAFewPercentOfItsAimPoint() {
        assertThat(MISS_M).hasSize(5);
        for (final Map.Entry<String, Double> miss : MISS_M.entrySet()) {
            assertThat(miss.getValue()).as("%s miss, m", miss.getKey())
                .isLessThan(0.01 * AIM_RANGE_M.get(miss.getKey()));
        }
    }

    @Test
    void anAimPointOutOfReachIsRefusedByName() {
        final String tooFar = SCENARIO.replace("\"aimLatDeg\": 39.2, \"aimLonDeg\": 128.8", "\"aimLatDeg\": 40.0, \"aimLonDeg\": 138.0");
        assertThatThrownBy(() -> TestScenarios.run(TestScenarios.parse(tooFar), 1L))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("launch S-SHORT")
            .hasMessageContaining("SHORT_RANGE_DEPRESSED")
            .hasMessageContaining("reach");
    }
}
