package io.vigil.fusion.samples.cli;

import static io.vigil.fusion.samples.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil simulate}, {@code replay} and {@code report} end to end on the smallest
 * built-in scenario, srbm-raid, run in-process as the command line runs them: the files each
 * writes, the replay's summary against the files it read and wrote, the pictures, and
 * determinism (same seed, same files; same files, same tracks).
 */
class SimulateReplayReportCliTest {

    /** The five files `vigil simulate` writes. */
    private static final List<String> SCENARIO_FILES =
        List.of("sensors.csv", "plots.csv", "truth.csv", "truth_events.csv", "areas.csv");

    @TempDir
    static Path work;

    /** srbm-raid simulated with seed 7. */
    private static Path scenario;
    private static CliRun simulated;
    /** That simulation replayed with everything: sensors, plots, truth, truth events, areas. */
    private static Path replay;
    private static CliRun replayed;

    @BeforeAll
    static void simulateAndReplayOnce() {
        scenario = work.resolve("D1");
        simulated = simulate(7, scenario);
        replay = work.resolve("R1");
        replayed = replay(scenario, replay);
    }

    private static CliRun simulate(final long seed, final Path out) {
        return vigil("simulate", "--scenario", "srbm-raid", "--seed", Long.toString(seed), "--out", out.toString());
    }

    private static CliRun replay(final Path scenarioDirectory, final Path out) {
        return vigil("replay",
            "--sensors", scenarioDirectory.resolve("sensors.csv").toString(),
            "--plots", scenarioDirectory.resolve("plots.csv").toString(),
            "--truth", scenarioDirectory.resolve("truth.csv").toString(),
            "--truth-events", scenarioDirectory.resolve("truth_events.csv").toString(),
            "--areas", scenarioDirectory.resolve("areas.csv").toString(),
            "--out", out.toString());
    }

    /** The rows after the header of a file the writers wrote (no comments, no multi-line cells). */
    private static long dataRows(final Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.count() - 1;
        }
    }

    private static String header(final Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.findFirst().orElse("");
        }
    }

    private static String absolute(final Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    @Test
    void simulateWritesTheFiveDocumentedFilesAndSaysHowManyPlots() throws IOException {
        simulated.succeeded();
        assertThat(simulated.err()).isEmpty();
        for (final String name : SCENARIO_FILES) {
            assertThat(scenario.resolve(name)).as(name).isRegularFile();
            assertThat(dataRows(scenario.resolve(name))).as("data rows of %s", name).isPositive();
        }
        assertThat(header(scenario.resolve("sensors.csv"))).isEqualTo("sensor_id,nation,type,lat_deg,lon_deg,"
            + "height_m,sigma_range_m,sigma_azimuth_deg,sigma_elevation_deg,sigma_range_rate_mps,pd,max_range_m");
        assertThat(header(scenario.resolve("plots.csv"))).startsWith("time,sensor_id,scan_id,range_m,azimuth_deg,"
            + "elevation_deg,range_rate_mps,");
        assertThat(header(scenario.resolve("truth.csv"))).isEqualTo("time,object_id,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps");
        assertThat(header(scenario.resolve("truth_events.csv"))).isEqualTo("object_id,launch_time,launch_lat_deg,"
            + "launch_lon_deg,impact_time,impact_lat_deg,impact_lon_deg");
        assertThat(header(scenario.resolve("areas.csv"))).isEqualTo("area_id,lat_deg,lon_deg,radius_m");
        // srbm-raid: five launches (S3 separates), three Korean sensors, two defended areas.
        assertThat(dataRows(scenario.resolve("sensors.csv"))).isEqualTo(3);
        assertThat(dataRows(scenario.resolve("areas.csv"))).isEqualTo(2);
        assertThat(dataRows(scenario.resolve("truth_events.csv"))).isGreaterThanOrEqualTo(5);

        // The count is printed with the default locale's grouping; compare the digits.
        final String digitsOnly = simulated.out().replaceAll("(?<=\\d)[^\\d\\s](?=\\d{3})", "");
        assertThat(digitsOnly).contains("simulated srbm-raid (seed 7): " + dataRows(scenario.resolve("plots.csv"))
            + " plots into " + absolute(scenario));
    }

    @Test
    void replayWritesItsOutputsAndASummaryThatAddsUp() throws IOException {
        replayed.succeeded();
        assertThat(replayed.err()).as("no bad lines, no noise").isEmpty();
        for (final String name : List.of("tracks.csv", "impacts.csv", "warnings.csv", "summary.json")) {
            assertThat(replay.resolve(name)).as(name).isRegularFile();
        }
        assertThat(header(replay.resolve("tracks.csv"))).startsWith("time,track_id,status,x_m,y_m,z_m,");
        assertThat(header(replay.resolve("impacts.csv"))).startsWith("time,track_id,impact_time,");
        assertThat(header(replay.resolve("warnings.csv")))
            .isEqualTo("time,area_id,track_id,state,probability,time_to_impact_s");

        final JsonNode summary = CliRun.summary(replay);
        final JsonNode inputs = summary.get("inputs");
        assertThat(inputs).as("inputs").isNotNull();
        assertThat(inputs.get("sensors").asText()).isEqualTo(absolute(scenario.resolve("sensors.csv")));
        assertThat(inputs.get("plots").asText()).isEqualTo(absolute(scenario.resolve("plots.csv")));
        assertThat(inputs.get("areas").asText()).isEqualTo(absolute(scenario.resolve("areas.csv")));
        assertThat(inputs.get("truth").asText()).isEqualTo(absolute(scenario.resolve("truth.csv")));
        assertThat(inputs.get("truth_events").asText()).isEqualTo(absolute(scenario.resolve("truth_events.csv")));

        final long plotRows = dataRows(scenario.resolve("plots.csv"));
        final long plots = summary.get("plots").asLong();
        final long ticks = summary.get("ticks").asLong();
        final long published = summary.get("published").asLong();
        final long fused = summary.get("fused").asLong();
        final long rejected = summary.get("rejected").asLong();
        final long dropped = summary.get("dropped").asLong();
        assertThat(summary.get("sensors").asInt()).isEqualTo(3);
        assertThat(plots).as("plots = data rows of plots.csv").isEqualTo(plotRows);
        assertThat(summary.get("bad_plot_lines").asLong()).isZero();
        // The engine's invariant once drained; summary.json's "fused" excludes the replay's ticks,
        // which the engine counts as published and fused.
        assertThat(published).as("published = fused + rejected + dropped + ticks")
            .isEqualTo(fused + rejected + dropped + ticks);
        assertThat(dropped).as("the replay blocks, it never drops").isZero();
        assertThat(published).as("every plot and every tick reached the ring").isEqualTo(plots + ticks);
        long byReason = 0;
        for (final JsonNode count : summary.get("rejected_by_reason")) {
            byReason += count.asLong();
        }
        assertThat(byReason).as("rejected = sum of rejected_by_reason").isEqualTo(rejected);
        assertThat(summary.get("track_rows").asLong()).as("track_rows = data rows of tracks.csv")
            .isEqualTo(dataRows(replay.resolve("tracks.csv")));
        assertThat(summary.get("tracks_confirmed").asInt()).isPositive()
            .isLessThanOrEqualTo(summary.get("tracks_initiated").asInt());

        final JsonNode metrics = summary.get("metrics");
        assertThat(metrics).as("metrics, since truth was given").isNotNull();
        assertThat(metrics.isObject()).isTrue();
        final Set<String> truthObjects;
        try (Stream<String> lines = Files.lines(scenario.resolve("truth.csv"))) {
            truthObjects = lines.skip(1).map(line -> line.split(",", -1)[1]).collect(Collectors.toSet());
        }
        assertThat(metrics.at("/evaluation/objects").asInt()).as("objects scored").isEqualTo(truthObjects.size());
        assertThat(metrics.at("/gospa/meanM").isNumber()).as("mean GOSPA").isTrue();

        // Every event of warnings.csv is counted under its area; srbm-raid defends two areas.
        final JsonNode warnings = summary.get("warnings");
        assertThat(warnings.get("areas").size()).as("areas of areas.csv").isEqualTo(2);
        long events = 0;
        for (final JsonNode area : warnings.get("areas")) {
            events += area.get("raised").asLong() + area.get("updated").asLong() + area.get("cleared").asLong();
        }
        assertThat(events).as("events = data rows of warnings.csv").isEqualTo(dataRows(replay.resolve("warnings.csv")));
        assertThat(warnings.get("falseWarnings").isInt()).as("assessed, since truth events were given").isTrue();
        assertThat(replayed.out()).containsPattern("Defended-area warnings: \\d+ of 2 areas warned");

        assertThat(replayed.out()).containsPattern("plots published +" + String.format(Locale.ROOT, "%,d", plotRows)
            + " \\(0 bad lines skipped\\)");
        assertThat(replayed.out()).contains("outputs in " + absolute(replay));
    }

    @Test
    void reportDrawsTheMapAndTheErrorChartsAsPngImages() throws IOException {
        replayed.succeeded();
        final CliRun report = vigil("report", replay.toString()).succeeded();
        assertThat(report.err()).isEmpty();
        final List<Path> expected = new ArrayList<>();
        for (final String name : List.of("map.png", "position_error.png", "gospa.png", "impact_miss.png",
            "impact_ellipse.png")) {
            expected.add(replay.resolve(name).toAbsolutePath().normalize());
        }
        assertThat(report.out().lines().map(Path::of).toList())
            .as("the pictures, listed in order: the map, then the charts truth allows").isEqualTo(expected);
        for (final Path picture : expected) {
            final BufferedImage image = ImageIO.read(picture.toFile());
            assertThat(image).as("%s decodes", picture.getFileName()).isNotNull();
            assertThat(image.getWidth()).as("width of %s", picture.getFileName()).isPositive();
            assertThat(image.getHeight()).as("height of %s", picture.getFileName()).isPositive();
        }
    }

    @Test
    void theSameSeedSimulatesByteIdenticalFiles() throws IOException {
        simulated.succeeded();
        final Path again = work.resolve("D1-again");
        simulate(7, again).succeeded();
        for (final String name : SCENARIO_FILES) {
            assertThat(Files.mismatch(scenario.resolve(name), again.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void aDifferentSeedSimulatesDifferentPlots() throws IOException {
        simulated.succeeded();
        final Path other = work.resolve("D8");
        simulate(8, other).succeeded();
        assertThat(Files.mismatch(scenario.resolve("plots.csv"), other.resolve("plots.csv")))
            .as("plots.csv of seeds 7 and 8 differ").isNotEqualTo(-1L);
        // The scenario's sensors and areas do not depend on the seed.
        assertThat(Files.mismatch(scenario.resolve("sensors.csv"), other.resolve("sensors.csv"))).isEqualTo(-1L);
        assertThat(Files.mismatch(scenario.resolve("areas.csv"), other.resolve("areas.csv"))).isEqualTo(-1L);
    }

    @Test
    void replayingTheSameFilesTwiceGivesByteIdenticalOutputs() throws IOException {
        replayed.succeeded();
        final Path again = work.resolve("R1-again");
        replay(scenario, again).succeeded();
        for (final String name : List.of("tracks.csv", "impacts.csv", "warnings.csv")) {
            assertThat(Files.mismatch(replay.resolve(name), again.resolve(name))).as(name).isEqualTo(-1L);
        }
        // The summaries agree in everything but the wall clock and the ring's fill, which depend
        // on thread timing.
        final ObjectNode first = (ObjectNode) CliRun.summary(replay);
        final ObjectNode second = (ObjectNode) CliRun.summary(again);
        for (final ObjectNode summary : List.of(first, second)) {
            summary.remove(List.of("wall_time_s", "plots_per_second", "ring_high_water_mark"));
        }
        assertThat(second).isEqualTo(first);
    }
}
