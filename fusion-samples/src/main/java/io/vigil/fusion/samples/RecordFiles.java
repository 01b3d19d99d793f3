package io.vigil.fusion.samples;

import io.vigil.fusion.io.AreaReader;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.ImpactReader;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.LineProblems;
import io.vigil.fusion.io.SensorReader;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TrackReader;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthEventReader;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthReader;
import io.vigil.fusion.io.TruthRecord;
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
        final List<SensorRecord> rows = new ArrayList<>();
        try (SensorReader reader = SensorReader.open(file, problems)) {
            for (SensorRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * Reads truth.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<TruthRecord> truth(final Path file) throws IOException {
        final List<TruthRecord> rows = new ArrayList<>();
        try (TruthReader reader = TruthReader.open(file, problems)) {
            for (TruthRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * Reads truth_events.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<TruthEventRecord> truthEvents(final Path file) throws IOException {
        final List<TruthEventRecord> rows = new ArrayList<>();
        try (TruthEventReader reader = TruthEventReader.open(file, problems)) {
            for (TruthEventRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * Reads areas.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<AreaRecord> areas(final Path file) throws IOException {
        final List<AreaRecord> rows = new ArrayList<>();
        try (AreaReader reader = AreaReader.open(file, problems)) {
            for (AreaRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * Reads tracks.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<TrackRecord> tracks(final Path file) throws IOException {
        final List<TrackRecord> rows = new ArrayList<>();
        try (TrackReader reader = TrackReader.open(file, problems)) {
            for (TrackRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * Reads impacts.csv.
     *
     * @param file the file
     * @return its records
     * @throws IOException if it cannot be read
     */
    public List<ImpactRecord> impacts(final Path file) throws IOException {
        final List<ImpactRecord> rows = new ArrayList<>();
        try (ImpactReader reader = ImpactReader.open(file, problems)) {
            for (ImpactRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }
}
