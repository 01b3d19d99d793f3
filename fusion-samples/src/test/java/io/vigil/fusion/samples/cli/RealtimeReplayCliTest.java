package io.vigil.fusion.samples.cli;

import static io.vigil.fusion.samples.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil replay --realtime} paces the plots by their time but fuses exactly what an
 * unpaced replay fuses: the same tracks, row for row.
 */
class RealtimeReplayCliTest {

    @TempDir
    Path directory;

    private CliRun replay(final Path out, final String... extra) throws IOException {
        final List<String> args = new ArrayList<>(List.of("replay",
            "--sensors", TinyInputs.sensors(directory).toString(),
            "--plots", TinyInputs.plots(directory).toString(),
            "--out", out.toString()));
        args.addAll(List.of(extra));
        return vigil(args.toArray(String[]::new));
    }

    @Test
    void aPacedReplayWritesTheSameTracksAsAnUnpacedOne() throws IOException {
        final Path fast = directory.resolve("fast");
        final Path paced = directory.resolve("paced");

        replay(fast).succeeded();
        final CliRun run = replay(paced, "--realtime").succeeded();

        assertThat(run.err()).isEmpty();
        final List<String> tracks = Files.readAllLines(paced.resolve("tracks.csv"));
        assertThat(tracks).as("a header and the track's reports").hasSizeGreaterThan(1);
        assertThat(tracks.get(0)).startsWith("time,track_id,status,");
        assertThat(Files.mismatch(fast.resolve("tracks.csv"), paced.resolve("tracks.csv"))).isEqualTo(-1L);
        assertThat(tracks).anyMatch(row -> row.contains(",CONFIRMED,"));

        final JsonNode summary = CliRun.summary(paced);
        assertThat(summary.get("plots").asLong()).isEqualTo(3);
        assertThat(summary.get("fused").asLong()).isEqualTo(3);
        assertThat(summary.get("ticks").asLong()).as("no gap of more than a second between the plots").isZero();
        assertThat(summary.get("plot_time_span_s").asDouble()).isEqualTo(2.0);
        assertThat(summary.has("metrics")).as("no truth, no metrics").isFalse();
        assertThat(summary.get("inputs").get("truth").isNull()).isTrue();
    }
}
