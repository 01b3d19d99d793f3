package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad rows are reported with their line and reason and skipped; header problems are fatal. */
class CsvMalformedFileTest {

    private static final String PLOT_HEADER = "time,sensor_id,scan_id,range_m,azimuth_deg,elevation_deg\n";
    private static final String GOOD_PLOT = "2026-05-29T21:13:05Z,TPY2,1,800000.0,45.0,10.0\n";

    private final List<String> problems = new ArrayList<>();
    private final LineProblems collect = (file, line, reason) -> problems.add(file + ":" + line + ": " + reason);

    private List<PlotRecord> plots(final String text, final Set<String> known) throws IOException {
        final List<PlotRecord> plots = new ArrayList<>();
        try (PlotReader reader = new PlotReader(new StringReader(text), "plots.csv", known, collect)) {
            for (PlotRecord plot = reader.next(); plot != null; plot = reader.next()) {
                plots.add(plot);
            }
            assertThat(reader.badLines()).isEqualTo(problems.size());
        }
        return plots;
    }

    @Test
    void aMissingRequiredColumnIsFatalWithAnExactMessage() {
        assertThatThrownBy(() -> plots("time,sensor_id,azimuth_deg,elevation_deg\n" + GOOD_PLOT, Set.of()))
            .isInstanceOf(CsvFormatException.class).hasMessage("plots.csv:1: missing column range_m");
        assertThatThrownBy(() -> plots("# plots\n\ntime,sensor_id,azimuth_deg\n", Set.of()))
            .hasMessage("plots.csv:3: missing columns range_m, elevation_deg");
        assertThatThrownBy(() -> plots("time,sensor_id,range_m,azimuth_deg,elevation_deg,time\n", Set.of()))
            .hasMessage("plots.csv:1: duplicate column time");
        assertThatThrownBy(() -> plots("", Set.of())).hasMessage("plots.csv:0: no header");
        assertThatThrownBy(() -> new TruthReader(new StringReader("time,object_id,x_m,y_m,z_m,vx_mps,vy_mps\n"),
            "truth.csv", collect)).hasMessage("truth.csv:1: missing column vz_mps");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileThatCannotBeOpenedIsFatal(@TempDir final Path directory) {
        assertThatThrownBy(() -> PlotReader.open(directory.resolve("plots.csv"), Set.of("TPY2"), collect))
            .isInstanceOf(CsvFormatException.class).hasMessageStartingWith("plots.csv:0: cannot read");
    }

    @Test
    void optionalColumnsMayBeLeftOutAndUnknownOnesAreIgnoredInAnyOrder() throws IOException {
        final List<PlotRecord> plots = plots("elevation_deg,snr_db,azimuth_deg,range_m,sensor_id,time\n"
            + "10.0,23.5,45.0,800000.0,TPY2,2026-05-29T21:13:05Z\n", Set.of("TPY2"));
        assertThat(plots).singleElement().satisfies(plot -> {
            assertThat(plot.rangeM()).isEqualTo(800000.0);
            assertThat(plot.azimuthDeg()).isEqualTo(45.0);
            assertThat(plot.elevationDeg()).isEqualTo(10.0);
            assertThat(plot.scanId()).isEqualTo(PlotRecord.NO_SCAN);
            assertThat(plot.sigmaRangeM()).isNaN();
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void badValuesAreReportedWithLineAndReasonAndReadingGoesOn() throws IOException {
        final String text = "# exercise plots\r\n" + PLOT_HEADER.replace("\n", "\r\n")
            + GOOD_PLOT.replace("\n", "\r\n")
            + "2026-05-29T21:13:05Z,TPY2,1,abc,45.0,10.0\r\n"
            + "2026-05-29T21:13:05Z,TPY2,1,NaN,45.0,10.0\r\n"
            + "2026-05-29T21:13:05Z,TPY2,1,800000.0,Infinity,10.0\r\n"
            + "2026-05-29T21:13:05Z,TPY2,1,1e999,45.0,10.0\r\n"
            + "2026-05-29T21:13:05Z,TPY2,1,\"8,5\",45.0,10.0\r\n"
            + "\r\n"
            + "2026-05-29 21:13:05Z,TPY2,1,800000.0,45.0,10.0\r\n"
            + "2026-02-29T21:13:05Z,TPY2,1,800000.0,45.0,10.0\r\n"
            + ",TPY2,1,800000.0,45.0,10.0\r\n"
            + "2026-05-29T21:13:05Z,,1,800000.0,45.0,10.0\r\n"
            + "2026-05-29T21:13:05Z,XYZ,1,800000.0,45.0,10.0\r\n"
            + "2026-05-29T21:13:05Z,TPY2,1.5,800000.0,45.0,10.0\r\n"
            + "2026-05-29T21:13:05Z,TPY2,-9223372036854775808,800000.0,45.0,10.0\r\n"
            + GOOD_PLOT.replace("\n", "\r\n");
        final List<PlotRecord> plots = plots(text, Set.of("TPY2"));
        assertThat(plots).hasSize(2);
        assertThat(problems).containsExactly(
            "plots.csv:4: range_m: bad number 'abc'",
            "plots.csv:5: range_m: bad number 'NaN'",
            "plots.csv:6: azimuth_deg: bad number 'Infinity'",
            "plots.csv:7: range_m: number '1e999' out of range",
            "plots.csv:8: range_m: bad number '8,5'",
            "plots.csv:10: time: bad time '2026-05-29 21:13:05Z': expected 'T' at character 11 of "
                + "yyyy-MM-ddTHH:mm:ss[.fffffffff]Z",
            "plots.csv:11: time: bad time '2026-02-29T21:13:05Z': day 29 does not exist in 2026-02",
            "plots.csv:12: time: empty, but required",
            "plots.csv:13: sensor_id: empty, but required",
            "plots.csv:14: unknown sensor XYZ",
            "plots.csv:15: scan_id: bad integer '1.5'",
            "plots.csv:16: scan_id: -9223372036854775808 is reserved for an absent value");
    }

    @Test
    void numbersMayBeSpelledAsAnyJavaFloatingLiteralWithBlanksAround() throws IOException {
        final List<PlotRecord> plots = plots(PLOT_HEADER + "2026-05-29T21:13:05Z,TPY2, +7 ,0x1.8p1,2d,\t1e1 \n"
            + "2026-05-29T21:13:05Z,TPY2,007,.5,-0,5.\n", Set.of("TPY2"));
        assertThat(problems).isEmpty();
        assertThat(plots.get(0).scanId()).isEqualTo(7);
        assertThat(new double[] {plots.get(0).rangeM(), plots.get(0).azimuthDeg(), plots.get(0).elevationDeg()})
            .containsExactly(3.0, 2.0, 10.0);
        assertThat(new double[] {plots.get(1).rangeM(), plots.get(1).azimuthDeg(), plots.get(1).elevationDeg()})
            .containsExactly(0.5, -0.0, 5.0);
        assertThat(Double.doubleToRawLongBits(plots.get(1).azimuthDeg())).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void physicallyImpossiblePlotsAreLeftForTheEngineToReject() throws IOException {
        final List<PlotRecord> plots = plots(PLOT_HEADER + "2026-05-29T21:13:05Z,TPY2,,-5.0,400.0,-95.0\n"
            + "2026-05-29T21:13:05Z,TPY2,,0,360,90.5\n", Set.of("TPY2"));
        assertThat(plots).hasSize(2);
        assertThat(plots.get(0).rangeM()).isEqualTo(-5.0);
        assertThat(plots.get(0).azimuthDeg()).isEqualTo(400.0);
        assertThat(problems).isEmpty();
    }

    @Test
    void aTruncatedLastLineIsABadLineWhereACellIsCutAndReadWhereOnlyTrailingCellsAreMissing() throws IOException {
        final String full = PLOT_HEADER + GOOD_PLOT + "2026-05-29T21:13:06Z,\"TPY2\",2,801000.0,45.5,10.5\n";
        assertThat(plots(full.substring(0, full.length() - 30), Set.of("TPY2"))).hasSize(1);
        assertThat(problems).containsExactly("plots.csv:3: time: bad time '2026-05-29T21:13:06': missing the UTC "
            + "designator Z");
        problems.clear();
        assertThat(plots(full.substring(0, full.length() - 27), Set.of("TPY2"))).hasSize(1);
        assertThat(problems).containsExactly("plots.csv:3: truncated quoted field");
        problems.clear();
        final List<PlotRecord> cut = plots(full.substring(0, full.length() - 11), Set.of("TPY2"));
        assertThat(cut).hasSize(2);
        assertThat(cut.get(1).rangeM()).isEqualTo(801000.0);
        assertThat(cut.get(1).azimuthDeg()).isNaN();
        assertThat(problems).isEmpty();
        // Where every cell is required, a missing trailing cell is a bad line.
        final String truth = "time,object_id,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps\n"
            + "2026-05-29T21:10:00Z,RV-1,1.0,2.0,3.0,4.0,5.0,6.0\n2026-05-29T21:10:01Z,RV-1,1.0,2.0,3.0,4.0,5.0,6";
        final FileFormat.Read<TruthRecord> read = FileFormat.TRUTH.read(truth.substring(0, truth.length() - 4), collect);
        assertThat(read.records).hasSize(1);
        assertThat(problems).containsExactly("truth.csv:3: vz_mps: empty, but required");
    }

    @Test
    void sensorsTheEngineWouldRefuseAreBadLinesWithItsMessage() throws IOException {
        final String text = String.join(",", SensorWriter.COLUMNS) + "\n"
            + "R1,JPN,RADAR,40.88,140.33,50.0,15.0,0.057,0.057,2.0,0.9,3000000.0\n"
            + "R2,JPN,RADAR,,140.33,50.0,15.0,0.057,0.057,2.0,0.9,3000000.0\n"
            + "R3,JPN,RADAR,40.88,140.33,50.0,15.0,0.057,0.057,2.0,1.5,3000000.0\n"
            + "R4,JPN,radar,40.88,140.33,50.0,15.0,0.057,0.057,2.0,0.9,3000000.0\n"
            + "R5,JPN,RADAR,95.0,140.33,50.0,15.0,0.057,0.057,2.0,0.9,3000000.0\n"
            + "S1,USA,MOVING_RADAR,,,,20.0,0.1,0.1,,0.8,\n"
            + "I1,USA,IR_LOS,,,,,0.002,,,0.95,\n"
            + " ,USA,IR_LOS,,,,,0.002,0.002,,0.95,\n"
            + "I3,USA,IR_LOS,,,,,0.002,0.0015,,0.95,\n";
        final FileFormat.Read<SensorRecord> read = FileFormat.SENSORS.read(text, collect);
        assertThat(read.records).extracting(SensorRecord::sensorId).containsExactly("R1", "I3");
        assertThat(problems).containsExactly(
            "sensors.csv:3: lat_deg: empty, but a RADAR sensor needs it",
            "sensors.csv:4: sensor R3: detection probability must be in (0, 1], got 1.5",
            "sensors.csv:5: type: bad value 'radar' (expected RADAR, MOVING_RADAR or IR_LOS)",
            "sensors.csv:6: sensor R5: site must be a finite latitude in [-pi/2, pi/2] rad, longitude and height, got "
                + Math.toRadians(95.0) + ", " + Math.toRadians(140.33) + ", 50.0",
            "sensors.csv:7: max_range_m: empty, but a MOVING_RADAR sensor needs it",
            "sensors.csv:8: sigma_elevation_deg: empty, but a IR_LOS sensor needs it",
            "sensors.csv:9: sensor id must not be empty");
        assertThat(read.badLines).isEqualTo(7);
    }

    @Test
    void reservedAbsentValuesAndEmptyListIdsAreBadLines() throws IOException {
        final String impacts = String.join(",", ImpactWriter.COLUMNS) + "\n"
            + "2026-05-29T21:13:05Z,1,2026-05-29T21:16:42Z,35.6,139.7,1.0,1.0,0.0,1.0," + IsoTime.EARLIEST
            + ",,,,,\n";
        assertThat(FileFormat.IMPACTS.read(impacts, collect).records).isEmpty();
        assertThat(problems).containsExactly("impacts.csv:2: launch_time: " + IsoTime.EARLIEST
            + " is reserved for an absent time");
        problems.clear();
        final String tracks = String.join(",", TrackWriter.COLUMNS) + "\n"
            + "2026-05-29T21:13:05Z,1,CONFIRMED" + ",".repeat(31) + "MIDCOURSE,,A;;B,JPN\n"
            + "2026-05-29T21:13:05Z,1,CONFIRMED" + ",".repeat(31) + "BOOST,,A,JPN;\n"
            + "2026-05-29T21:13:05Z,1,confirmed" + ",".repeat(31) + "BOOST,,A,JPN\n";
        assertThat(FileFormat.TRACKS.read(tracks, collect).records).isEmpty();
        assertThat(problems).containsExactly("tracks.csv:2: sensors: empty id in 'A;;B'",
            "tracks.csv:3: nations: empty id in 'JPN;'",
            "tracks.csv:4: status: bad value 'confirmed' (expected TENTATIVE, CONFIRMED, COASTING or DROPPED)");
    }

    @Test
    void openedFilesReportTheFileName(@TempDir final Path directory) throws IOException {
        final Path file = directory.resolve("plots.csv");
        Files.writeString(file, PLOT_HEADER + GOOD_PLOT + "2026-05-29T21:13:05Z,NOPE,1,800000.0,45.0,10.0\n");
        try (PlotReader reader = PlotReader.open(file, Set.of("TPY2"), collect)) {
            assertThat(reader.next()).isNotNull();
            assertThat(reader.line()).isEqualTo(2);
            assertThat(reader.next()).isNull();
            assertThat(reader.line()).isEqualTo(3);
            assertThat(reader.badLines()).isEqualTo(1);
        }
        assertThat(problems).containsExactly("plots.csv:3: unknown sensor NOPE");
        problems.clear();
        try (PlotReader reader = PlotReader.open(file, collect)) {
            assertThat(reader.next()).isNotNull();
            assertThat(reader.next().sensorId()).isEqualTo("NOPE");
        }
        assertThat(problems).isEmpty();
    }
}
