package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code truth.csv} (docs/FORMATS.md): one row per {@link TruthRecord}, all columns
 * in the documented order; times ISO-8601 UTC, ECEF (WGS-84) positions in metres and
 * Earth-fixed velocities in m/s.
 */
public final class TruthWriter extends RowWriter<TruthRecord> {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("time", "object_id", "x_m", "y_m", "z_m", "vx_mps", "vy_mps", "vz_mps");

    /**
     * Writes the header to a character stream.
     *
     * @param target receives the text (buffered by the caller if needed); closed by {@link #close()}
     * @throws IOException if the target fails
     */
    public TruthWriter(final Writer target) throws IOException {
        this(new CsvWriter(target, COLUMNS));
    }

    private TruthWriter(final CsvWriter csv) {
        super(csv);
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static TruthWriter create(final Path file) throws IOException {
        return new TruthWriter(CsvWriter.create(file, COLUMNS));
    }

    @Override
    void cells(final TruthRecord truth) {
        csv.time(truth.timeNanos()).requiredText(truth.objectId())
            .requiredNumber(truth.xM()).requiredNumber(truth.yM()).requiredNumber(truth.zM())
            .requiredNumber(truth.vxMps()).requiredNumber(truth.vyMps()).requiredNumber(truth.vzMps());
    }
}
