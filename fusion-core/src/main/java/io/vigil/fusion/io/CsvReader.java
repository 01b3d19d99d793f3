package io.vigil.fusion.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a CSV file of the documented formats (docs/FORMATS.md) row by row, streaming: it
 * holds one buffer of characters and the current row, never the file.
 *
 * <p>The first row that is not a comment or blank is the header; its names, trimmed of
 * surrounding whitespace, find the columns (any order; unknown ones ignored). After it,
 * {@link #next()} steps through the data rows: lines starting with {@code #} and blank lines
 * are skipped, fields may be quoted RFC-4180 style (a quoted field may span lines), line
 * ends are {@code \n} or {@code \r\n}. A row that is structurally broken (a quoted field
 * truncated by the end of the file, a quote inside an unquoted field, text after a closing
 * quote, more than {@link #MAX_ROW_CHARS} characters) is reported to {@link LineProblems},
 * counted and skipped. A row may have fewer cells than the header: the missing ones are
 * empty.
 *
 * <p>Line numbers are physical, 1-based, and name the line a row starts on. Not thread-safe.
 */
public final class CsvReader implements Closeable {

    /** The longest row read, in characters (quotes, commas and line ends included); longer rows are bad lines. */
    public static final int MAX_ROW_CHARS = 1 << 20;

    private static final int BUFFER_CHARS = 8192;
    private static final int END_OF_FILE = -1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Row capacity kept between rows; a longer row's storage is released after it. */
    private static final int KEPT_CAPACITY = 1 << 16;

    /** What {@link #readRow()} found. */
    private static final int END = 0;
    private static final int ROW = 1;
    private static final int SKIPPED = 2;

    /** Parser states within a row. */
    private static final int CELL_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final Reader source;
    private final String fileName;
    private final LineProblems problems;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int position;
    private int limit;
    private boolean sourceDone;
    /** The physical line of the next character. */
    private long physicalLine = 1;

    private StringBuilder text = new StringBuilder(256);
    private int[] ends = new int[32];
    private int cells;
    private boolean anyQuoted;
    private String rowProblem;
    private long rowLine;
    private long line;
    private long badLines;

    private final List<String> header;
    private final long headerLine;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Set<String> duplicates = new HashSet<>();

    /**
     * Reads the header from a character stream.
     *
     * @param source the text; read through this reader's own buffer, closed by {@link #close()}
     * @param fileName the name used in messages, for example {@code plots.csv}
     * @param problems receives the bad rows
     * @throws IOException if the source fails
     * @throws CsvFormatException if there is no header, or the header row is malformed
     */
    public CsvReader(final Reader source, final String fileName, final LineProblems problems) throws IOException {
        this.source = Objects.requireNonNull(source, "source");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.problems = Objects.requireNonNull(problems, "problems");
        if (peek() == BYTE_ORDER_MARK) {
            read();
        }
        int kind;
        do {
            kind = readRow();
        } while (kind == SKIPPED);
        if (kind == END) {
            throw new CsvFormatException(fileName, physicalLine - 1, "no header");
        }
        if (rowProblem != null) {
            throw new CsvFormatException(fileName, rowLine, "bad header: " + rowProblem);
        }
        headerLine = rowLine;
        final List<String> names = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            final String name = cell(i).strip();
            names.add(name);
            if (columns.putIfAbsent(name, i) != null) {
                duplicates.add(name);
            }
        }
        header = Collections.unmodifiableList(names);
        cells = 0;
    }

    /**
     * Opens a UTF-8 file and reads its header. Bytes that are not UTF-8 read as U+FFFD; a
     * leading byte-order mark is skipped.
     *
     * @param file the file; its file name is the name used in messages
     * @param problems receives the bad rows
     * @return the reader, positioned before the first data row
     * @throws CsvFormatException if the file cannot be opened or read, has no header, or its
     *     header row is malformed
     */
    public static CsvReader open(final Path file, final LineProblems problems) {
        final String name = String.valueOf(file.getFileName());
        Reader reader = null;
        try {
            reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
            return new CsvReader(reader, name, problems);
        } catch (final IOException e) {
            closeQuietly(reader, e);
            throw new CsvFormatException(name, 0, "cannot read: " + e, e);
        } catch (final RuntimeException e) {
            closeQuietly(reader, e);
            throw e;
        }
    }

    /**
     * Opens a file and hands the reader to a record reader's constructor, closing the file
     * if that constructor refuses the header.
     */
    static <T> T open(final Path file, final LineProblems problems, final Function<CsvReader, T> format) {
        final CsvReader csv = open(file, problems);
        try {
            return format.apply(csv);
        } catch (final RuntimeException e) {
            try {
                csv.close();
            } catch (final IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Returns the name used in messages.
     *
     * @return the file's display name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Returns the header's column names, trimmed, in file order.
     *
     * @return an unmodifiable list
     */
    public List<String> header() {
        return header;
    }

    /**
     * Returns the line the header is on.
     *
     * @return the 1-based physical line
     */
    public long headerLine() {
        return headerLine;
    }

    /**
     * Finds a column by its header name.
     *
     * @param name the exact name
     * @return its 0-based index, or -1 if the header does not name it
     * @throws CsvFormatException if the header names it more than once
     */
    public int column(final String name) {
        if (duplicates.contains(name)) {
            throw new CsvFormatException(fileName, headerLine, "duplicate column " + name);
        }
        final Integer index = columns.get(name);
        return index == null ? -1 : index;
    }

    /**
     * Returns the names the header lacks.
     *
     * @param names the column names wanted
     * @return those of them not in the header, in the order given
     */
    public List<String> missing(final List<String> names) {
        final List<String> missing = new ArrayList<>();
        for (final String name : names) {
            if (!columns.containsKey(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * Fails unless the header names every given column.
     *
     * @param names the required column names
     * @throws CsvFormatException {@code missing column x} (or {@code missing columns x, y}) at
     *     the header's line
     */
    public void require(final List<String> names) {
        final List<String> missing = missing(names);
        if (missing.size() == 1) {
            throw new CsvFormatException(fileName, headerLine, "missing column " + missing.get(0));
        }
        if (!missing.isEmpty()) {
            throw new CsvFormatException(fileName, headerLine, "missing columns " + String.join(", ", missing));
        }
    }

    /**
     * Advances to the next data row, skipping comments, blank lines and (reporting them)
     * structurally broken rows.
     *
     * @return true if there is a row, false at the end of the file
     * @throws IOException if the source fails
     */
    public boolean next() throws IOException {
        while (true) {
            final int kind = readRow();
            if (kind == END) {
                cells = 0;
                return false;
            }
            if (kind == ROW) {
                line = rowLine;
                if (rowProblem == null) {
                    return true;
                }
                badLine(rowProblem);
            }
        }
    }

    /**
     * Returns the number of cells of the current row.
     *
     * @return cells read, which may be fewer or more than the header's columns
     */
    public int cellCount() {
        return cells;
    }

    /**
     * Returns a cell of the current row as written, quotes removed.
     *
     * @param column a 0-based column index, or -1
     * @return the text, empty if the cell is empty, or the row has no such cell
     */
    public String cell(final int column) {
        if (column < 0 || column >= cells) {
            return "";
        }
        return text.substring(column == 0 ? 0 : ends[column - 1], ends[column]);
    }

    /**
     * Reports the current row as bad: counts it and tells the {@link LineProblems}.
     *
     * @param reason what is wrong with it
     */
    public void badLine(final String reason) {
        badLines++;
        problems.badLine(fileName, line, reason);
    }

    /**
     * Returns the line the current row starts on (the row last returned or reported).
     *
     * @return the 1-based physical line, 0 before the first row
     */
    public long line() {
        return line;
    }

    /**
     * Returns the number of rows reported as bad so far.
     *
     * @return bad rows
     */
    public long badLines() {
        return badLines;
    }

    /**
     * Closes the source.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        source.close();
    }

    /** Reads one physical record into the row storage. */
    private int readRow() throws IOException {
        if (text.capacity() > KEPT_CAPACITY) {
            text = new StringBuilder(256);
        }
        text.setLength(0);
        cells = 0;
        anyQuoted = false;
        rowProblem = null;
        rowLine = physicalLine;
        int c = read();
        if (c == END_OF_FILE) {
            return END;
        }
        if (c == '#') {
            skipLine();
            return SKIPPED;
        }
        int state = CELL_START;
        int consumed = 0;
        while (true) {
            if (++consumed > MAX_ROW_CHARS) {
                rowProblem = "row longer than " + MAX_ROW_CHARS + " characters";
                if (c == '\n' || c == END_OF_FILE) {
                    physicalLine++;
                } else {
                    skipLine();
                }
                return ROW;
            }
            if (c == '\r' && state != QUOTED && peek() == '\n') {
                c = read();
            }
            if (state == QUOTED) {
                if (c == '"') {
                    state = QUOTE_IN_QUOTED;
                } else if (c == END_OF_FILE) {
                    rowProblem = "truncated quoted field";
                    physicalLine++;
                    return ROW;
                } else {
                    if (c == '\n') {
                        physicalLine++;
                    }
                    text.append((char) c);
                }
            } else if (c == ',') {
                endCell();
                state = CELL_START;
            } else if (c == '\n' || c == END_OF_FILE) {
                physicalLine++;
                endCell();
                return isBlank() ? SKIPPED : ROW;
            } else if (state == QUOTE_IN_QUOTED) {
                if (c == '"') {
                    text.append('"');
                    state = QUOTED;
                } else {
                    rowProblem = "unexpected character after a closing quote";
                    skipLine();
                    return ROW;
                }
            } else if (c == '"') {
                if (state == CELL_START) {
                    state = QUOTED;
                    anyQuoted = true;
                } else {
                    rowProblem = "quote inside an unquoted field";
                    skipLine();
                    return ROW;
                }
            } else {
                text.append((char) c);
                state = UNQUOTED;
            }
            c = read();
        }
    }

    private void endCell() {
        if (cells == ends.length) {
            final int[] grown = new int[cells * 2];
            System.arraycopy(ends, 0, grown, 0, cells);
            ends = grown;
        }
        ends[cells++] = text.length();
    }

    /** A row of one unquoted cell of only spaces and tabs (or nothing). */
    private boolean isBlank() {
        if (cells != 1 || anyQuoted) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Skips to the start of the next physical line, quotes or not. */
    private void skipLine() throws IOException {
        int c;
        do {
            c = read();
        } while (c != '\n' && c != END_OF_FILE);
        physicalLine++;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return END_OF_FILE;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END_OF_FILE;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        if (sourceDone) {
            return false;
        }
        int n;
        do {
            n = source.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            sourceDone = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static void closeQuietly(final Reader reader, final Exception failure) {
        if (reader != null) {
            try {
                reader.close();
            } catch (final IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
