package io.vigil.fusion.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes a CSV file of the documented formats (docs/FORMATS.md): a header row, then rows
 * of cells written left to right and ended by {@link #endRow()}, each line ended by
 * {@code \n}.
 *
 * <p>Numbers are written in the shortest text that reads back as the same double (the
 * layout of {@code Double.toString}), times as ISO-8601 UTC in the shortest exact form,
 * absent values (null text, NaN) as empty cells. A cell is quoted, RFC-4180 style, only if
 * it contains a comma, a quote, CR or LF, or if reading it back unquoted would change it:
 * the first cell of a row starting with {@code #} (a comment), and the blank cell of a
 * one-column file (a blank line). A cell method that refuses its value discards the row
 * begun. Not thread-safe.
 */
public final class CsvWriter implements Closeable, Flushable {

    private final Writer target;
    private final List<String> header;
    private final StringBuilder row = new StringBuilder(256);
    private int cell;

    /**
     * Writes the header row to a character stream.
     *
     * @param target receives the text (wrap it in a {@code BufferedWriter} unless it buffers);
     *     closed by {@link #close()}
     * @param header the column names, in the order the cells of every row follow
     * @throws IOException if the target fails
     */
    public CsvWriter(final Writer target, final List<String> header) throws IOException {
        this.target = Objects.requireNonNull(target, "target");
        this.header = List.copyOf(header);
        if (this.header.isEmpty()) {
            throw new IllegalArgumentException("a CSV file needs at least one column");
        }
        for (final String name : this.header) {
            text(name);
        }
        endRow();
    }

    /**
     * Creates (or truncates) a UTF-8 file and writes the header row.
     *
     * @param file the file
     * @param header the column names
     * @return the writer
     * @throws IOException if the file cannot be created or written
     */
    public static CsvWriter create(final Path file, final List<String> header) throws IOException {
        final Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return new CsvWriter(writer, header);
        } catch (final IOException | RuntimeException e) {
            try {
                writer.close();
            } catch (final IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Writes a text cell verbatim (quoted where needed).
     *
     * @param value the text; null or empty is an empty cell
     * @return this writer
     */
    public CsvWriter text(final String value) {
        if (value == null || value.isEmpty()) {
            return empty();
        }
        final int index = cell;
        beginCell();
        if (needsQuotes(value, index)) {
            row.append('"');
            for (int i = 0; i < value.length(); i++) {
                final char c = value.charAt(i);
                if (c == '"') {
                    row.append('"');
                }
                row.append(c);
            }
            row.append('"');
        } else {
            row.append(value);
        }
        return this;
    }

    /**
     * Writes a number cell in the shortest text that reads back as the same double.
     *
     * @param value the number; NaN is an empty cell
     * @return this writer
     * @throws IllegalArgumentException if the value is infinite (the files have no text for it)
     */
    public CsvWriter number(final double value) {
        if (Double.isNaN(value)) {
            return empty();
        }
        if (Double.isInfinite(value)) {
            throw refuse("infinite number " + value);
        }
        beginCell();
        ShortestDecimal.appendTo(row, value);
        return this;
    }

    /**
     * Writes an integer cell.
     *
     * @param value the integer
     * @return this writer
     */
    public CsvWriter integer(final long value) {
        beginCell();
        row.append(value);
        return this;
    }

    /**
     * Writes a time cell, ISO-8601 UTC in the shortest exact form ({@link IsoTime#format}).
     *
     * @param nanos nanoseconds since the Unix epoch, UTC
     * @return this writer
     */
    public CsvWriter time(final long nanos) {
        beginCell();
        IsoTime.appendTo(row, nanos);
        return this;
    }

    /**
     * Writes an empty cell (an absent value).
     *
     * @return this writer
     */
    public CsvWriter empty() {
        beginCell();
        if (header.size() == 1) {
            row.append("\"\"");
        }
        return this;
    }

    /**
     * Ends the row and writes it.
     *
     * @throws IOException if the target fails
     * @throws IllegalStateException if the row has fewer cells than the header (the row is discarded)
     */
    public void endRow() throws IOException {
        if (cell != header.size()) {
            final int written = cell;
            discardRow();
            throw new IllegalStateException("row of " + written + " cells, the header has " + header.size());
        }
        row.append('\n');
        final String line = row.toString();
        discardRow();
        target.write(line);
    }

    /**
     * Flushes the target.
     *
     * @throws IOException if the target fails
     */
    @Override
    public void flush() throws IOException {
        target.flush();
    }

    /**
     * Closes the target (an unfinished row is discarded).
     *
     * @throws IOException if the target fails
     */
    @Override
    public void close() throws IOException {
        discardRow();
        target.close();
    }

    /** A text cell that must not be empty. */
    CsvWriter requiredText(final String value) {
        if (value == null || value.isEmpty()) {
            throw refuse("a value is required, got " + (value == null ? "null" : "an empty text"));
        }
        return text(value);
    }

    /** A number cell that must not be NaN. */
    CsvWriter requiredNumber(final double value) {
        if (Double.isNaN(value)) {
            throw refuse("a number is required, got NaN");
        }
        return number(value);
    }

    /** An enumeration constant's name, or an empty cell for null. */
    CsvWriter name(final Enum<?> value) {
        return value == null ? empty() : text(value.name());
    }

    /** An enumeration constant's name, which must be there. */
    CsvWriter requiredName(final Enum<?> value) {
        if (value == null) {
            throw refuse("a value is required, got null");
        }
        return text(value.name());
    }

    /** A time, or an empty cell for {@code absent}. */
    CsvWriter optionalTime(final long nanos, final long absent) {
        return nanos == absent ? empty() : time(nanos);
    }

    /** An integer, or an empty cell for {@code absent}. */
    CsvWriter optionalInteger(final long value, final long absent) {
        return value == absent ? empty() : integer(value);
    }

    /** Ids joined by semicolons; none may be empty or contain a semicolon. */
    CsvWriter ids(final List<String> ids) {
        final StringBuilder joined = new StringBuilder();
        for (final String id : ids) {
            if (id == null || id.isEmpty() || id.indexOf(';') >= 0) {
                throw refuse("id " + (id == null ? "null" : Column.quote(id)) + " is empty or contains ';'");
            }
            if (joined.length() > 0) {
                joined.append(';');
            }
            joined.append(id);
        }
        return text(joined.toString());
    }

    private void beginCell() {
        if (cell == header.size()) {
            discardRow();
            throw new IllegalStateException("more cells than the " + header.size() + " columns of the header");
        }
        if (cell > 0) {
            row.append(',');
        }
        cell++;
    }

    private boolean needsQuotes(final String value, final int index) {
        boolean blank = true;
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
            blank &= c == ' ' || c == '\t';
        }
        return index == 0 && value.charAt(0) == '#' || header.size() == 1 && blank;
    }

    private IllegalArgumentException refuse(final String what) {
        final String column = header.get(Math.min(cell, header.size() - 1));
        discardRow();
        return new IllegalArgumentException("column " + column + ": " + what);
    }

    private void discardRow() {
        row.setLength(0);
        cell = 0;
    }
}
