package io.vigil.fusion.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code areas.csv} (docs/FORMATS.md): one row per {@link AreaRecord}, all columns
 * in the documented order; WGS-84 geodetic centre in degrees, radius in metres.
 */
public final class AreaWriter extends RowWriter<AreaRecord> {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("area_id", "lat_deg", "lon_deg", "radius_m");

    /**
     * Writes the header to a character stream.
     *
     * @param target receives the text (buffered by the caller if needed); closed by {@link #close()}
     * @throws IOException if the target fails
     */
    public AreaWriter(final Writer target) throws IOException {
        this(new CsvWriter(target, COLUMNS));
    }

    private AreaWriter(final CsvWriter csv) {
        super(csv);
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header.
     *
     * @param file the file
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static AreaWriter create(final Path file) throws IOException {
        return new AreaWriter(CsvWriter.create(file, COLUMNS));
    }

    @Override
    void cells(final AreaRecord area) {
        csv.requiredText(area.areaId()).requiredNumber(area.latDeg()).requiredNumber(area.lonDeg())
            .requiredNumber(area.radiusM());
    }
}
