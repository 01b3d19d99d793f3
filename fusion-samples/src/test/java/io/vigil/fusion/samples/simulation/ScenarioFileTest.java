package io.vigil.fusion.samples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.fusion.engine.SensorType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading scenario files, and the errors a bad one gives. */
class ScenarioFileTest {

    @TempDir
    Path directory;

    @Test
    void aFileReadsAsTheScenarioItDescribes() throws IOException {
        final Path file = write("aligned.json", TestScenarios.ALIGNED);
        final Scenario scenario = Scenario.load(file);
        assertThat(scenario.name()).isEqualTo("aligned");
        assertThat(scenario.epochNanos()).isEqualTo(1_772_334_000_000_000_000L);
        assertThat(scenario.truthStepS()).isEqualTo(1.0);
        assertThat(scenario.launches()).hasSize(2);
        assertThat(scenario.launches().get(0).threatClass()).isEqualTo(ThreatClass.MEDIUM_RANGE);
        assertThat(scenario.launches().get(1).separation()).isFalse();
        assertThat(scenario.sensors()).extracting(SensorSpec::type)
            .containsExactly(SensorType.RADAR, SensorType.MOVING_RADAR, SensorType.RADAR, SensorType.IR_LOS);
        assertThat(scenario.sensors().get(1).ship().courseDeg()).isEqualTo(45.0);
        assertThat(scenario.latency().get("USA").jitter()).isEqualTo(LinkLatency.Jitter.LOGNORMAL);
        assertThat(scenario.latency().get("KOR").jitter()).isEqualTo(LinkLatency.Jitter.UNIFORM);
    }

    @Test
    void malformedJsonNamesTheFileAndTheLine() throws IOException {
        // A missing comma at the end of line 4.
        final Path file = write("broken.json", """
            {
              "name": "broken",
              "epoch": "2026-03-01T03:00:00Z",
              "durationS": 100
              "latency": {}
            }
            """);
        assertThatThrownBy(() -> Scenario.load(file))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("line 5")
            .satisfies(e -> assertThat(((ScenarioFileException) e).line()).isEqualTo(5));
    }

    @Test
    void aBadValueNamesTheFieldAndItsLine() throws IOException {
        final Path file = write("pd.json", TestScenarios.ALIGNED.replace("\"pd\": 1.0, \"maxRangeKm\": 1000", "\"pd\": 1.5, \"maxRangeKm\": 1000"));
        assertThatThrownBy(() -> Scenario.load(file))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("line ")
            .hasMessageContaining("sensors[1]")
            .hasMessageContaining("pd must be in (0, 1], got 1.5");
    }

    @Test
    void aMissingOrMisspeltFieldIsAnError() throws IOException {
        final Path missing = write("missing.json", TestScenarios.ALIGNED.replace("\"aimLatDeg\": 39.9, ", ""));
        assertThatThrownBy(() -> Scenario.load(missing))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("launches[0]")
            .hasMessageContaining("aimLatDeg");
        final Path misspelt = write("misspelt.json", TestScenarios.ALIGNED.replace("\"maskDeg\": 2.0", "\"maskDegrees\": 2.0"));
        assertThatThrownBy(() -> Scenario.load(misspelt))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("maskDegrees");
        final Path unknownClass = write("class.json", TestScenarios.ALIGNED.replace("\"MEDIUM_RANGE\"", "\"MEDIUM\""));
        assertThatThrownBy(() -> Scenario.load(unknownClass))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("threatClass")
            .hasMessageContaining("MEDIUM_RANGE");
    }

    @Test
    void aSensorWhoseNationHasNoLinkIsAnError() throws IOException {
        final Path file = write("nation.json", TestScenarios.ALIGNED.replace("\"nation\": \"JPN\"", "\"nation\": \"AUS\""));
        assertThatThrownBy(() -> Scenario.load(file))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("sensor JPN-SHIP: nation AUS has no entry in latency");
    }

    @Test
    void aSensorMustBePlacedAsItsTypeNeeds() throws IOException {
        final Path file = write("placement.json", TestScenarios.ALIGNED.replace("\"type\": \"MOVING_RADAR\"", "\"type\": \"RADAR\""));
        assertThatThrownBy(() -> Scenario.load(file))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("sensor JPN-SHIP: a RADAR needs exactly a site");
    }

    @Test
    void anUnknownBuiltInListsTheKnownOnes() {
        assertThatThrownBy(() -> Scenario.builtIn("nope"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("trilateral, lofted, srbm-raid, raid, clutter");
    }

    @Test
    void aScenarioMayHaveNoLaunchesButABadLaunchListIsStillAnError() throws IOException {
        final String launches = TestScenarios.ALIGNED.substring(TestScenarios.ALIGNED.indexOf("\"launches\""),
            TestScenarios.ALIGNED.indexOf("\"sensors\""));
        final Scenario empty = Scenario.load(write("empty.json", TestScenarios.ALIGNED.replace(launches,
            "\"launches\": [],\n  ")));
        assertThat(empty.launches()).isEmpty();
        assertThat(empty.sensors()).hasSize(4);
        final Scenario absent = Scenario.load(write("absent.json", TestScenarios.ALIGNED.replace(launches, "")));
        assertThat(absent.launches()).isEmpty();

        final Path notAList = write("object.json", TestScenarios.ALIGNED.replace(launches,
            "\"launches\": {},\n  "));
        assertThatThrownBy(() -> Scenario.load(notAList))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("launches");
        final Path emptyLaunch = write("hollow.json", TestScenarios.ALIGNED.replace(launches,
            "\"launches\": [ {} ],\n  "));
        assertThatThrownBy(() -> Scenario.load(emptyLaunch))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("launches[0]");
    }

    @Test
    void aRadarWithoutResolutionFieldsGetsTheDefaults() throws IOException {
        // The test scenario, like every file written before radars had cells, names no resolution.
        assertThat(TestScenarios.ALIGNED).doesNotContain("Resolution");
        final Scenario scenario = Scenario.load(write("defaults.json", TestScenarios.ALIGNED));
        for (final SensorSpec radar : scenario.sensors().subList(0, 3)) {
            assertThat(radar.rangeResolutionM()).as(radar.id()).isEqualTo(30.0);
            assertThat(radar.angularResolutionDeg()).as(radar.id()).isEqualTo(0.3);
        }
        final SensorSpec infrared = scenario.sensors().get(3);
        assertThat(infrared.rangeResolutionM()).isNaN();
        assertThat(infrared.angularResolutionDeg()).isNaN();
        for (final String name : Scenario.BUILT_IN_NAMES) {
            assertThat(Scenario.builtIn(name).sensors()).as(name).isNotNull();
        }
    }

    @Test
    void aRadarWithResolutionFieldsUsesThem() throws IOException {
        final Scenario scenario = Scenario.load(write("cells.json", TestScenarios.ALIGNED
            .replace("\"maxRangeKm\": 900,", "\"maxRangeKm\": 900, \"rangeResolutionM\": 75, \"angularResolutionDeg\": 1.2,")
            .replace("\"maxRangeKm\": 1000,", "\"maxRangeKm\": 1000, \"rangeResolutionM\": 0, \"angularResolutionDeg\": 0,")));
        assertThat(scenario.sensors().get(0).rangeResolutionM()).isEqualTo(75.0);
        assertThat(scenario.sensors().get(0).angularResolutionDeg()).isEqualTo(1.2);
        // An explicit zero is kept (the ideal radar), not mistaken for an absent field.
        assertThat(scenario.sensors().get(1).rangeResolutionM()).isEqualTo(0.0);
        assertThat(scenario.sensors().get(1).angularResolutionDeg()).isEqualTo(0.0);
        assertThat(scenario.sensors().get(2).rangeResolutionM()).isEqualTo(30.0);
    }

    @Test
    void aBadResolutionIsAnError() throws IOException {
        final Path negative = write("negative.json", TestScenarios.ALIGNED
            .replace("\"maxRangeKm\": 900,", "\"maxRangeKm\": 900, \"rangeResolutionM\": -1,"));
        assertThatThrownBy(() -> Scenario.load(negative))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("sensors[0]")
            .hasMessageContaining("rangeResolutionM must be >= 0 m");
        final Path wide = write("wide.json", TestScenarios.ALIGNED
            .replace("\"maxRangeKm\": 900,", "\"maxRangeKm\": 900, \"angularResolutionDeg\": 91,"));
        assertThatThrownBy(() -> Scenario.load(wide))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("angularResolutionDeg must be in [0, 90] degrees");
        final Path infrared = write("infrared.json", TestScenarios.ALIGNED
            .replace("\"sigmaElevationDeg\": 0.004,", "\"sigmaElevationDeg\": 0.004, \"angularResolutionDeg\": 0.01,"));
        assertThatThrownBy(() -> Scenario.load(infrared))
            .isInstanceOf(ScenarioFileException.class)
            .hasMessageContaining("sensor USA-IR: an IR_LOS sensor has no rangeResolutionM or angularResolutionDeg");
    }

    private Path write(final String name, final String json) throws IOException {
        final Path file = directory.resolve(name);
        Files.writeString(file, json);
        return file;
    }
}
