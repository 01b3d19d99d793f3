package io.vigil.fusion.samples.cli;

import static io.vigil.fusion.samples.cli.CliRun.vigil;
import static io.vigil.fusion.samples.cli.TinyInputs.PLOTS_HEADER;
import static io.vigil.fusion.samples.cli.TinyInputs.PLOT_1;
import static io.vigil.fusion.samples.cli.TinyInputs.PLOT_2;
import static io.vigil.fusion.samples.cli.TinyInputs.PLOT_3;
import static io.vigil.fusion.samples.cli.TinyInputs.RADAR_R1;
import static io.vigil.fusion.samples.cli.TinyInputs.SENSORS_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's answer to malformed input: a file it cannot use at all is exit code 2
 * with one line naming the file (and line) and no stack trace; a bad row of the plot file is
 * skipped, reported as {@code plots.csv:<line>: <reason>} (the first 20 of them), counted in
 * summary.json, and the replay goes on.
 */
class MalformedInputCliTest {

    @TempDir
    Path directory;

    private CliRun replay(final Path sensors, final Path plots) {
        return vigil("replay", "--sensors", sensors.toString(), "--plots", plots.toString(),
            "--out", directory.resolve("out").toString());
    }

    private Path plots(final String... lines) throws IOException {
        return TinyInputs.write(directory.resolve("plots.csv"), String.join("\n", lines) + "\n");
    }

    // ---- fatal: exit 2, one line ----

    @Test
    void aPlotFileWithoutARequiredColumnIsRefusedNamingFileAndLine() throws IOException {
        final Path sensors = TinyInputs.sensors(directory);
        final Path plots = plots("time,sensor_id,azimuth_deg,elevation_deg",
            "2026-03-01T03:00:00Z,R1,90.0,20.0");

        final CliRun run = replay(sensors, plots);

        assertThat(run.failedWithOneLine()).isEqualTo("vigil: plots.csv:1: missing column range_m");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(directory.resolve("out").resolve("summary.json")).as("no summary of a failed run").doesNotExist();
    }

    @Test
    void aHeaderAfterCommentsIsReportedOnItsOwnLine() throws IOException {
        final Path sensors = TinyInputs.sensors(directory);
        final Path plots = plots("# exported by the hub", "", "time,sensor_id,range_m,azimuth_deg", PLOT_1);

        assertThat(replay(sensors, plots).failedWithOneLine())
            .isEqualTo("vigil: plots.csv:3: missing column elevation_deg");
    }

    @Test
    void aSensorFileWithoutARequiredColumnIsRefused() throws IOException {
        final Path sensors = TinyInputs.write(directory.resolve("sensors.csv"),
            SENSORS_HEADER.replace(",pd,", ",") + "\n" + RADAR_R1.replace(",0.9,", ",") + "\n");
        final Path plots = TinyInputs.plots(directory);

        final CliRun run = replay(sensors, plots);

        assertThat(run.failedWithOneLine()).isEqualTo("vigil: sensors.csv:1: missing column pd");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aSensorFileWithoutAUsableSensorIsRefused() throws IOException {
        final Path sensors = TinyInputs.write(directory.resolve("sensors.csv"),
            SENSORS_HEADER + "\n" + RADAR_R1.replace(",0.9,", ",1.5,") + "\n");
        final Path plots = TinyInputs.plots(directory);

        final CliRun run = replay(sensors, plots);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
            "sensors.csv:2: sensor R1: detection probability must be in (0, 1], got 1.5",
            "vigil: " + sensors + ": no usable sensor");
    }

    @Test
    void aSensorIdGivenTwiceIsRefusedNamingTheSecondRow() throws IOException {
        final Path sensors = TinyInputs.write(directory.resolve("sensors.csv"), SENSORS_HEADER + "\n" + RADAR_R1
            + "\n" + RADAR_R1.replace("37.0,127.0", "38.0,128.0") + "\n");
        final Path plots = TinyInputs.plots(directory);

        final CliRun run = replay(sensors, plots);

        assertThat(run.failedWithOneLine()).isEqualTo("vigil: sensors.csv:3: duplicate sensor_id R1 (also on line 2)");
        assertThat(run.err()).doesNotContain("Exception");
    }

    static Stream<Arguments> missingFiles() {
        return Stream.of(
            Arguments.of("--plots", "no-such-plots.csv"),
            Arguments.of("--sensors", "no-such-sensors.csv"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("missingFiles")
    void aMissingInputFileIsRefusedNamingIt(final String option, final String name) throws IOException {
        Path sensors = TinyInputs.sensors(directory);
        Path plots = TinyInputs.plots(directory);
        final Path missing = directory.resolve(name);
        if (option.equals("--plots")) {
            plots = missing;
        } else {
            sensors = missing;
        }

        final String line = replay(sensors, plots).failedWithOneLine();

        assertThat(line).startsWith("vigil: " + name + ":0: cannot read: ").contains(missing.toString());
    }

    @Test
    void anUnknownScenarioIsRefusedNamingIt() {
        final CliRun run = vigil("simulate", "--scenario", "no-such-raid", "--out", directory.resolve("D").toString());

        assertThat(run.failedWithOneLine()).isEqualTo(
            "vigil: no built-in scenario or file named no-such-raid (built in: trilateral, lofted, srbm-raid, raid, clutter)");
        assertThat(directory.resolve("D")).doesNotExist();
    }

    @Test
    void aMalformedScenarioFileIsRefusedNamingFileAndLine() throws IOException {
        final Path scenario = TinyInputs.write(directory.resolve("raid.json"), String.join("\n",
            "{",
            "  \"name\": \"raid\",",
            "  \"epoch\": \"2026-03-01T03:00:00Z\",",
            "  \"durationS\": 60,,",
            "  \"latency\": {}",
            "}",
            ""));

        final CliRun run = vigil("simulate", "--scenario", scenario.toString(), "--out", directory.resolve("D").toString());

        assertThat(run.failedWithOneLine()).startsWith("vigil: bad scenario file " + scenario + ", line 4, column ");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aScenarioFileWithABadValueIsRefusedNamingTheField() throws IOException {
        final Path scenario = TinyInputs.write(directory.resolve("raid.json"), String.join("\n",
            "{",
            "  \"name\": \"raid\",",
            "  \"epoch\": \"2026-03-01T03:00:00Z\",",
            "  \"durationS\": 60,",
            "  \"latency\": {},",
            "  \"areas\": [ {\"id\": \"A\", \"latDeg\": 38.0, \"lonDeg\": 128.0, \"radiusKm\": -5} ]",
            "}",
            ""));

        final String line = vigil("simulate", "--scenario", scenario.toString(), "--out",
            directory.resolve("D").toString()).failedWithOneLine();

        assertThat(line).startsWith("vigil: bad scenario file " + scenario + ", line 6, column ")
            .contains("at areas[0]: ").contains("radiusKm");
    }

    @Test
    void reportOnADirectoryWithoutTracksIsRefused() {
        final CliRun run = vigil("report", directory.toString());

        assertThat(run.failedWithOneLine()).isEqualTo("vigil: " + directory.resolve("tracks.csv")
            + ": no such file (is " + directory + " a replay's output directory?)");
    }

    @Test
    void anOutputDirectoryThatIsAFileIsRefusedSayingSo() throws IOException {
        final Path file = Files.writeString(directory.resolve("out"), "not a directory");

        final String line = vigil("simulate", "--scenario", "srbm-raid", "--out", file.toString()).failedWithOneLine();

        assertThat(line).startsWith("vigil: " + file).contains("not a directory");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        final CliRun run = vigil("simulate", "--out", directory.toString(), "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--bogus'").contains("Usage: vigil simulate");
        assertThat(run.out()).isEmpty();
        assertThat(directory.resolve("plots.csv")).doesNotExist();
    }

    // ---- bad rows: skipped, reported, counted ----

    static Stream<Arguments> badRows() {
        return Stream.of(
            Arguments.of("a bad number", "2026-03-01T03:00:00.300Z,R1,abc,90.0,20.1",
                "range_m: bad number 'abc'"),
            Arguments.of("an unknown sensor", "2026-03-01T03:00:00.300Z,X9,298500.0,90.0,20.1",
                "unknown sensor X9"),
            Arguments.of("an empty time", ",R1,298500.0,90.0,20.1",
                "time: empty, but required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsSkippedReportedAndCounted(final String what, final String row, final String reason)
        throws IOException {
        final Path sensors = TinyInputs.sensors(directory);
        final Path plots = plots(PLOTS_HEADER, PLOT_1, PLOT_2, row, PLOT_3);

        final CliRun run = replay(sensors, plots).succeeded();

        assertThat(run.errLines()).containsExactly("plots.csv:4: " + reason);
        final JsonNode summary = CliRun.summary(directory.resolve("out"));
        assertThat(summary.get("bad_plot_lines").asLong()).isEqualTo(1);
        assertThat(summary.get("plots").asLong()).as("the good plots").isEqualTo(3);
        assertThat(run.out()).contains("(1 bad lines skipped)");
    }

    @Test
    void aTruncatedLastLineIsSkippedReportedAndCounted() throws IOException {
        final Path sensors = TinyInputs.sensors(directory);
        // The file ends in the middle of the last row's time, without a line end.
        final Path plots = TinyInputs.write(directory.resolve("plots.csv"),
            String.join("\n", PLOTS_HEADER, PLOT_1, PLOT_2, PLOT_3) + "\n" + PLOT_3.substring(0, 18));

        final CliRun run = replay(sensors, plots).succeeded();

        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("plots.csv:5: time: bad time '2026-03-01T03:00:0'");
        final JsonNode summary = CliRun.summary(directory.resolve("out"));
        assertThat(summary.get("bad_plot_lines").asLong()).isEqualTo(1);
        assertThat(summary.get("plots").asLong()).isEqualTo(3);
    }

    @Test
    void badRowsOfEveryKindAreAllCountedAndTheGoodOnesReplayed() throws IOException {
        final Path sensors = TinyInputs.sensors(directory);
        final Path plots = TinyInputs.write(directory.resolve("plots.csv"), String.join("\n",
            PLOTS_HEADER,
            PLOT_1,
            "2026-03-01T03:00:00.100Z,R1,299500.0,ninety,20.02",
            PLOT_2,
            "2026-03-01T03:00:00.300Z,KOR-GP9,298500.0,90.0,20.07",
            PLOT_3,
            "2026-03-01T03:00:0"));

        final CliRun run = replay(sensors, plots).succeeded();

        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(0)).isEqualTo("plots.csv:3: azimuth_deg: bad number 'ninety'");
        assertThat(run.errLines().get(1)).isEqualTo("plots.csv:5: unknown sensor KOR-GP9");
        assertThat(run.errLines().get(2)).startsWith("plots.csv:7: time: bad time '2026-03-01T03:00:0'");
        final JsonNode summary = CliRun.summary(directory.resolve("out"));
        assertThat(summary.get("bad_plot_lines").asLong()).isEqualTo(3);
        assertThat(summary.get("plots").asLong()).isEqualTo(3);
        assertThat(summary.get("published").asLong()).isEqualTo(3);
        assertThat(summary.get("tracks_confirmed").asInt()).as("the good plots still make a track").isEqualTo(1);
        assertThat(run.out()).contains("(3 bad lines skipped)");
    }

    @Test
    void onlyTheFirstTwentyBadLinesArePrintedAndTheRestCounted() throws IOException {
        final List<String> lines = new ArrayList<>();
        lines.add(PLOTS_HEADER);
        lines.add(PLOT_1);
        for (int i = 0; i < 25; i++) {
            lines.add(String.format("2026-03-01T03:00:00.%03dZ,R1,bad%d,90.0,20.0", 100 + i, i));
        }
        lines.add(PLOT_2);
        lines.add(PLOT_3);
        final Path sensors = TinyInputs.sensors(directory);
        final Path plots = plots(lines.toArray(String[]::new));

        final CliRun run = replay(sensors, plots).succeeded();

        final List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add("plots.csv:" + (3 + i) + ": range_m: bad number 'bad" + i + "'");
        }
        expected.add("... and 5 more bad lines");
        assertThat(run.errLines()).containsExactlyElementsOf(expected);
        final JsonNode summary = CliRun.summary(directory.resolve("out"));
        assertThat(summary.get("bad_plot_lines").asLong()).isEqualTo(25);
        assertThat(summary.get("plots").asLong()).isEqualTo(3);
    }

    @Test
    void exactlyTwentyBadLinesArePrintedWithoutAnAndMoreLine() throws IOException {
        final List<String> lines = new ArrayList<>();
        lines.add(PLOTS_HEADER);
        for (int i = 0; i < 20; i++) {
            lines.add(String.format("2026-03-01T03:00:00.%03dZ,R1,bad%d,90.0,20.0", 100 + i, i));
        }
        lines.add(PLOT_1);
        final Path sensors = TinyInputs.sensors(directory);
        final Path plots = plots(lines.toArray(String[]::new));

        final CliRun run = replay(sensors, plots).succeeded();

        assertThat(run.errLines()).hasSize(20).noneMatch(line -> line.contains("more bad lines"));
        assertThat(CliRun.summary(directory.resolve("out")).get("bad_plot_lines").asLong()).isEqualTo(20);
    }
}
