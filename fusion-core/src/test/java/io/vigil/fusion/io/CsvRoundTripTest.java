package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** record -> text -> record and text -> record -> text are exact for every format. */
class CsvRoundTripTest {

    private final List<String> problems = new ArrayList<>();
    private final LineProblems collect = (file, line, reason) -> problems.add(file + ":" + line + ": " + reason);

    static Stream<FileFormat<?, ?, ?>> formats() {
        return FileFormat.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("formats")
    <T> void randomRecordsReadBackEqualAndTheirTextIsAFixedPoint(final FileFormat<T, ?, ?> format) throws IOException {
        final List<T> records = format.random(new RandomRecords(format.fileName.hashCode()), 5_000);
        final String text = format.write(records);
        final FileFormat.Read<T> read = format.read(text, collect);
        assertThat(problems).isEmpty();
        assertThat(read.badLines).isZero();
        assertThat(read.records).containsExactlyElementsOf(records);
        assertThat(format.write(read.records)).isEqualTo(text);
        assertThat(text).startsWith(String.join(",", headerOf(format)) + "\n");
    }

    @ParameterizedTest
    @MethodSource("formats")
    <T> void filesRoundTripThroughCreateAndOpen(final FileFormat<T, ?, ?> format, @TempDir final Path directory)
        throws IOException {
        final List<T> records = format.random(new RandomRecords(17L), 300);
        final Path file = directory.resolve(format.fileName);
        format.write(file, records);
        assertThat(Files.readString(file)).isEqualTo(format.write(records));
        final FileFormat.Read<T> read = format.read(file, collect);
        assertThat(problems).isEmpty();
        assertThat(read.records).containsExactlyElementsOf(records);
    }

    private static List<String> headerOf(final FileFormat<?, ?, ?> format) {
        switch (format.fileName) {
            case "sensors.csv":
                return SensorWriter.COLUMNS;
            case "plots.csv":
                return PlotWriter.COLUMNS;
            case "truth.csv":
                return TruthWriter.COLUMNS;
            case "truth_events.csv":
                return TruthEventWriter.COLUMNS;
            case "areas.csv":
                return AreaWriter.COLUMNS;
            case "tracks.csv":
                return TrackWriter.COLUMNS;
            case "impacts.csv":
                return ImpactWriter.COLUMNS;
            default:
                return WarningWriter.COLUMNS;
        }
    }
}
