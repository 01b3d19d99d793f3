package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.io.TruthRecord;
import java.util.HashMap;
import java.util.Map;

/** Scenarios written for the tests, and lookups into a recording. */
final class TestScenarios {

    /**
     * Two medium-range launches (L1 separates a tank and two debris pieces) watched by a ground
     * radar, a ship radar, a second ground radar and a geostationary infrared satellite, every
     * one looking once a second on the whole second, with launches on whole seconds: every plot
     * then has a truth state at its own time to be compared with. Pd 1 and lots of clutter, so
     * there is much to check.
     */
    static final String ALIGNED = """
        {
          "name": "aligned",
          "epoch": "2026-03-01T03:00:00Z",
          "durationS": 800,
          "truthStepS": 1.0,
          "clutterPerScan": 1.0,
          "latency": {
            "KOR": {"meanS": 0.4, "jitterS": 0.2},
            "JPN": {"meanS": 0.8, "jitterS": 0.3},
            "USA": {"meanS": 1.6, "jitterS": 0.6, "jitter": "LOGNORMAL"}
          },
          "launches": [
            {"id": "L1", "threatClass": "MEDIUM_RANGE", "launchLatDeg": 40.0, "launchLonDeg": 125.2,
             "aimLatDeg": 39.9, "aimLonDeg": 137.2, "launchOffsetS": 10, "separation": true, "debris": 2},
            {"id": "L2", "threatClass": "MEDIUM_RANGE", "launchLatDeg": 39.2, "launchLonDeg": 125.7,
             "aimLatDeg": 38.05, "aimLonDeg": 138.35, "launchOffsetS": 25}
          ],
          "sensors": [
            {"id": "KOR-A", "nation": "KOR", "type": "RADAR",
             "site": {"latDeg": 36.1, "lonDeg": 127.6, "heightM": 250},
             "sigmaRangeM": 50, "sigmaAzimuthDeg": 0.15, "sigmaElevationDeg": 0.12,
             "rangeRate": true, "sigmaRangeRateMps": 3.0,
             "pd": 1.0, "maxRangeKm": 900, "maskDeg": 2.0, "revisitS": 1.0},
            {"id": "JPN-SHIP", "nation": "JPN", "type": "MOVING_RADAR",
             "ship": {"latDeg": 39.0, "lonDeg": 134.0, "speedMps": 10.0, "courseDeg": 45.0, "antennaHeightM": 25},
             "sigmaRangeM": 40, "sigmaAzimuthDeg": 0.1, "sigmaElevationDeg": 0.08,
             "rangeRate": true, "sigmaRangeRateMps": 2.0,
             "pd": 1.0, "maxRangeKm": 1000, "maskDeg": 1.0, "revisitS": 1.0},
            {"id": "USA-T", "nation": "USA", "type": "RADAR",
             "site": {"latDeg": 35.76, "lonDeg": 135.2, "heightM": 100},
             "sigmaRangeM": 15, "sigmaAzimuthDeg": 0.05, "sigmaElevationDeg": 0.05,
             "rangeRate": true, "sigmaRangeRateMps": 1.0,
             "pd": 1.0, "maxRangeKm": 1200, "maskDeg": 3.0, "revisitS": 1.0},
            {"id": "USA-IR", "nation": "USA", "type": "IR_LOS",
             "satellite": {"orbit": "GEOSTATIONARY", "lonDeg": 110.0},
             "sigmaAzimuthDeg": 0.006, "sigmaElevationDeg": 0.004,
             "pd": 1.0, "revisitS": 1.0}
          ]
        }
        """;

    private TestScenarios() {
    }

    /**
     * Parses scenario JSON written for a test.
     *
     * @param json the scenario
     * @return the scenario
     */
    static Scenario parse(final String json) {
        try {
            return Scenario.parse(json, "test scenario");
        } catch (final ScenarioFileException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Runs a scenario into memory.
     *
     * @param scenario the scenario
     * @param seed the seed
     * @return the recording
     */
    static ScenarioRecording run(final Scenario scenario, final long seed) {
        final ScenarioRecording recording = new ScenarioRecording();
        ScenarioSimulator.run(scenario, seed, recording);
        return recording;
    }

    /**
     * Indexes truth states by object and time.
     *
     * @param recording a recording
     * @return object id -> time (ns) -> state
     */
    static Map<String, Map<Long, TruthRecord>> truthByObject(final ScenarioRecording recording) {
        final Map<String, Map<Long, TruthRecord>> byObject = new HashMap<>();
        for (final TruthRecord truth : recording.truth()) {
            byObject.computeIfAbsent(truth.objectId(), id -> new HashMap<>()).put(truth.timeNanos(), truth);
        }
        return byObject;
    }
}
