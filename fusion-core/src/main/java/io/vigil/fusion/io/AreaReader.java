package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads {@code areas.csv} (docs/FORMATS.md), streaming, one {@link AreaRecord} per row:
 * WGS-84 geodetic centre in degrees, radius along the surface in metres. Every column must
 * be in the header and every cell filled; a row with an empty cell or a value that does not
 * parse is skipped and reported to {@link LineProblems}.
 */
public final class AreaReader extends RowReader<AreaRecord> {

    private final Column areaId;
    private final Column latDeg;
    private final Column lonDeg;
    private final Column radiusM;

    /**
     * Reads the header from a character stream.
     *
     * @param source the text; closed by {@link #close()}
     * @param fileName the name used in messages
     * @param problems receives the skipped rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header or it lacks a column
     */
    public AreaReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this(new CsvReader(source, fileName, problems));
    }

    private AreaReader(final CsvReader csv) {
        super(csv);
        csv.require(AreaWriter.COLUMNS);
        this.areaId = new Column(csv, "area_id");
        this.latDeg = new Column(csv, "lat_deg");
        this.lonDeg = new Column(csv, "lon_deg");
        this.radiusM = new Column(csv, "radius_m");
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
    public static AreaReader open(final Path file, final LineProblems problems) throws IOException {
        return CsvReader.open(file, problems, AreaReader::new);
    }

    @Override
    AreaRecord record() throws BadLineException {
        return new AreaRecord(areaId.requiredText(), latDeg.requiredNumber(), lonDeg.requiredNumber(),
            radiusM.requiredNumber());
    }
}
