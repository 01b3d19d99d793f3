package io.vigil.fusion.samples;

import io.vigil.fusion.io.AreaReader;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.ImpactReader;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.LineProblems;
import io.vigil.fusion.io.RowReader;
import io.vigil.fusion.io.SensorReader;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TrackReader;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthEventReader;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthReader;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.io.WarningReader;
import io.vigil.fusion.io.WarningRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole file of records into a list, for the harness's scoring and pictures (which
 * need all of truth or all of a track file at once; the plot file is always streamed).
 * Bad lines go to the given {@link LineProblems} and are skipped.
 */
public final class RecordFiles {

    private final LineProblems problems;

    /**
     * Creates the reader.
     *
     * @param problems where bad lines are reported
     */
    public RecordFiles(final LineProblems problems) {
        this.problems = problems;
    }

    /**
     * Reads sensors.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<SensorRecord> sensors(final Path file) throws IOException {
        return all(SensorReader.open(file, problems));
    }

    /**
     * Reads truth.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<TruthRecord> truth(final Path file) throws IOException {
        return all(TruthReader.open(file, problems));
    }

    /**
     * Reads truth_events.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<TruthEventRecord> truthEvents(final Path file) throws IOException {
        return all(TruthEventReader.open(file, problems));
    }

    /**
     * Reads areas.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<AreaRecord> areas(final Path file) throws IOException {
        return all(AreaReader.open(file, problems));
    }

    /**
     * Reads tracks.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<TrackRecord> tracks(final Path file) throws IOException {
        return all(TrackReader.open(file, problems));
    }

    /**
     * Reads impacts.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<ImpactRecord> impacts(final Path file) throws IOException {
        return all(ImpactReader.open(file, problems));
    }

    /**
     * Reads warnings.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<WarningRecord> warnings(final Path file) throws IOException {
        return all(WarningReader.open(file, problems));
    }

    /** Every record of a file, in file order; closes the reader. */
    private static <T> List<T> all(final RowReader<T> reader) throws IOException {
        try (reader) {
            final List<T> rows = new ArrayList<>();
            for (T row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        }
    }
}
