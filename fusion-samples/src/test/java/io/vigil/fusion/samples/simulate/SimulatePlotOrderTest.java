package io.vigil.fusion.samples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.io.IsoTime;
import io.vigil.fusion.samples.VigilCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigil simulate --order}: plots.csv by arrival (the default) or by measurement time. */
class SimulatePlotOrderTest {

    @TempDir
    Path directory;

    @Test
    void bothOrdersHoldTheSameRowsAndOnlyMeasurementOrderIsSortedByTime() throws IOException {
        final Path byDefault = directory.resolve("default");
        final Path arrival = directory.resolve("arrival");
        final Path measurement = directory.resolve("measurement");
        assertThat(vigil("--scenario", "trilateral", "--seed", "5", "--out", byDefault.toString())).isZero();
        assertThat(vigil("--scenario", "trilateral", "--seed", "5", "--out", arrival.toString(), "--order", "arrival"))
            .isZero();
        assertThat(vigil("--scenario", "trilateral", "--seed", "5", "--out", measurement.toString(),
            "--order", "measurement")).isZero();

        final List<String> arrivalLines = Files.readAllLines(arrival.resolve(ScenarioFiles.PLOTS));
        final List<String> measurementLines = Files.readAllLines(measurement.resolve(ScenarioFiles.PLOTS));
        assertThat(Files.readAllLines(byDefault.resolve(ScenarioFiles.PLOTS))).isEqualTo(arrivalLines);
        // The same header, and the same multiset of rows.
        assertThat(measurementLines.get(0)).isEqualTo(arrivalLines.get(0)).startsWith("time,");
        assertThat(measurementLines.subList(1, measurementLines.size()))
            .hasSizeGreaterThan(1_000)
            .containsExactlyInAnyOrderElementsOf(arrivalLines.subList(1, arrivalLines.size()));
        // The other files do not depend on the order.
        for (final String file : List.of(ScenarioFiles.SENSORS, ScenarioFiles.AREAS, ScenarioFiles.TRUTH,
            ScenarioFiles.TRUTH_EVENTS)) {
            assertThat(Files.readAllLines(measurement.resolve(file))).as(file)
                .isEqualTo(Files.readAllLines(arrival.resolve(file)));
        }

        assertThat(backwardSteps(times(measurementLines))).isZero();
        // Link latency: in arrival order the measurement times run backwards across nations.
        assertThat(backwardSteps(times(arrivalLines))).isGreaterThan(100);
    }

    @Test
    void theOrderIsNamedInTheHelpAndAnUnknownOneIsAUsageError() {
        final StringWriter out = new StringWriter();
        final CommandLine line = VigilCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(line.execute("simulate", "--help")).isZero();
        assertThat(out.toString()).contains("--order=arrival|measurement").contains("default: arrival");

        final StringWriter err = new StringWriter();
        final CommandLine bad = VigilCommand.commandLine();
        bad.setOut(new PrintWriter(new StringWriter(), true));
        bad.setErr(new PrintWriter(err, true));
        assertThat(bad.execute("simulate", "--out", directory.resolve("bad").toString(), "--order", "time"))
            .isEqualTo(2);
        assertThat(err.toString()).contains("--order").contains("expected arrival or measurement, got 'time'");
        assertThat(directory.resolve("bad")).doesNotExist();
    }

    private static int vigil(final String... simulateArgs) {
        final CommandLine line = VigilCommand.commandLine();
        line.setOut(new PrintWriter(new StringWriter(), true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        final List<String> args = new ArrayList<>(List.of("simulate"));
        args.addAll(List.of(simulateArgs));
        return line.execute(args.toArray(String[]::new));
    }

    /** The measurement times of a plots.csv (its first column), header skipped. */
    private static long[] times(final List<String> lines) {
        return lines.stream().skip(1).mapToLong(row -> IsoTime.parseNanos(row.substring(0, row.indexOf(','))))
            .toArray();
    }

    private static int backwardSteps(final long[] times) {
        int steps = 0;
        for (int i = 1; i < times.length; i++) {
            if (times[i] < times[i - 1]) {
                steps++;
            }
        }
        return steps;
    }
}
