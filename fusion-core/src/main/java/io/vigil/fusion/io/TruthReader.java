package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads {@code truth.csv} (docs/FORMATS.md), streaming, one {@link TruthRecord} per row:
 * ECEF (WGS-84) positions in metres and Earth-fixed velocities in m/s. Every column must be
 * in the header and every cell filled; a row with an empty cell or a value that does not
 * parse is skipped and reported to {@link LineProblems}.
 */
public final class TruthReader extends RowReader<TruthRecord> {

    private final Column time;
    private final Column objectId;
    private final Column xM;
    private final Column yM;
    private final Column zM;
    private final Column vxMps;
    private final Column vyMps;
    private final Column vzMps;

    /**
     * Reads the header from a character stream.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a column
     */
    public TruthReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems));
    }

    private TruthReader(final CsvReader csv) {
        super(csv);
        csv.require(TruthWriter.COLUMNS);
        this.time = new Column(csv, "time");
        this.objectId = new Column(csv, "object_id");
        this.xM = new Column(csv, "x_m");
        this.yM = new Column(csv, "y_m");
        this.zM = new Column(csv, "z_m");
        this.vxMps = new Column(csv, "vx_mps");
        this.vyMps = new Column(csv, "vy_mps");
        this.vzMps = new Column(csv, "vz_mps");
    }

    /**
     * Opens a UTF-8 file and reads its header.
     *
     * @param file the file; its name is used in messages
     * @param problems receives the skipped rows
     * @return the reader
     * @throws IOException if the file fails while being read
     * @throws CsvFormatException if the file cannot be read, has no header or its header lacks a column
     */
    public static TruthReader open(final Path file, final LineProblems problems) throws IOException {
        return CsvReader.open(file, problems, TruthReader::new);
    }

    @Override
    TruthRecord record() throws BadLineException {
        return new TruthRecord(time.requiredTime(), objectId.requiredText(),
            xM.requiredNumber(), yM.requiredNumber(), zM.requiredNumber(),
            vxMps.requiredNumber(), vyMps.requiredNumber(), vzMps.requiredNumber());
    }
}
