package io.vigil.fusion.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code areas.csv} (docs/FORMATS.md): one row per {@link AreaRecord}, all columns
 * in the documented order; WGS-84 geodetic centre in degrees, radius in metres.
 */
public final class AreaWriter implements Closeable, Flushable {

    /** The columns, in the order written. */
    static final List<String> COLUMNS = List.of("area_id", "lat_deg", "lon_deg", "radius_m");

    private final CsvWriter csv;

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
        this.csv = csv;
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

    /**
     * Writes one defended area.
     *
     * @param area the row
     * @throws IOException if the target fails
     * @throws IllegalArgumentException if the area id is absent or a number is NaN or infinite (nothing is written then)
     */
    public void write(final AreaRecord area) throws IOException {
        csv.requiredText(area.areaId()).requiredNumber(area.latDeg()).requiredNumber(area.lonDeg())
            .requiredNumber(area.radiusM());
        csv.endRow();
    }

    /**
     * Flushes the rows written so far to the target.
     *
     * @throws IOException if the target fails
     */
    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    /**
     * Closes the target.
     *
     * @throws IOException if the target fails
     */
    @Override
    public void close() throws IOException {
        csv.close();
    }
}
