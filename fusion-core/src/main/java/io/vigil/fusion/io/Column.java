package io.vigil.fusion.io;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a file format, found in the header by name, and the parsing of its cell in
 * the reader's current row. A column the header lacks reads as empty cells.
 *
 * <p>Text cells are taken verbatim. Numbers, times, integers and enumeration names ignore
 * surrounding spaces and tabs, so for them a cell of only blanks is empty too. A value that
 * does not parse throws {@link BadLineException} with a reason naming the column.
 */
final class Column {

    private static final int MAX_QUOTED = 40;

    private final CsvReader csv;
    private final String name;
    private final int index;

    /**
     * Finds the column in the reader's header.
     *
     * @param csv the reader
     * @param name the column's name
     * @throws CsvFormatException if the header names it twice
     */
    Column(final CsvReader csv, final String name) {
        this.csv = csv;
        this.name = name;
        this.index = csv.column(name);
    }

    /** The column's name. */
    String name() {
        return name;
    }

    /** Whether the cell is empty or blank (for numbers, times, integers, names). */
    boolean isEmpty() {
        return trimmed().isEmpty();
    }

    /** The cell's text as written, which must not be empty. */
    String requiredText() throws BadLineException {
        final String text = csv.cell(index);
        if (text.isEmpty()) {
            throw empty();
        }
        return text;
    }

    /** The cell's number, NaN if the cell is empty. */
    double number() throws BadLineException {
        final String text = trimmed();
        return text.isEmpty() ? Double.NaN : parseNumber(text);
    }

    /** The cell's number, which must be there. */
    double requiredNumber() throws BadLineException {
        final String text = trimmed();
        if (text.isEmpty()) {
            throw empty();
        }
        return parseNumber(text);
    }

    /** The cell's instant, nanoseconds since the Unix epoch, which must be there. */
    long requiredTime() throws BadLineException {
        final String text = trimmed();
        if (text.isEmpty()) {
            throw empty();
        }
        return parseTime(text);
    }

    /**
     * The cell's instant, nanoseconds since the Unix epoch, or {@code absent} if the cell is
     * empty; the instant {@code absent} itself is refused, so that it reads back the same.
     */
    long optionalTime(final long absent) throws BadLineException {
        final String text = trimmed();
        if (text.isEmpty()) {
            return absent;
        }
        final long nanos = parseTime(text);
        if (nanos == absent) {
            throw new BadLineException(name + ": " + text + " is reserved for an absent time");
        }
        return nanos;
    }

    /** The cell's integer, which must be there. */
    long requiredInteger() throws BadLineException {
        final String text = trimmed();
        if (text.isEmpty()) {
            throw empty();
        }
        return parseInteger(text);
    }

    /**
     * The cell's integer, or {@code absent} if the cell is empty; the value {@code absent}
     * itself is refused, so that it reads back the same.
     */
    long optionalInteger(final long absent) throws BadLineException {
        final String text = trimmed();
        if (text.isEmpty()) {
            return absent;
        }
        final long value = parseInteger(text);
        if (value == absent) {
            throw new BadLineException(name + ": " + text + " is reserved for an absent value");
        }
        return value;
    }

    /** The cell's constant of an enumeration (exact name), which must be there. */
    <E extends Enum<E>> E requiredName(final Class<E> type) throws BadLineException {
        final E value = optionalName(type);
        if (value == null) {
            throw empty();
        }
        return value;
    }

    /** The cell's constant of an enumeration (exact name), or null if the cell is empty. */
    <E extends Enum<E>> E optionalName(final Class<E> type) throws BadLineException {
        final String text = trimmed();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text); // the enum's own name table: no array per row
        } catch (final IllegalArgumentException unknown) {
            // not a constant's exact name: the message lists them
        }
        final E[] constants = type.getEnumConstants();
        final StringBuilder expected = new StringBuilder();
        for (int i = 0; i < constants.length; i++) {
            if (i > 0) {
                expected.append(i == constants.length - 1 ? " or " : ", ");
            }
            expected.append(constants[i].name());
        }
        throw new BadLineException(name + ": bad value " + quote(text) + " (expected " + expected + ")");
    }

    /** The cell's semicolon-separated ids (verbatim, none empty); an empty cell is no ids. */
    List<String> ids() throws BadLineException {
        final String text = csv.cell(index);
        if (text.isEmpty()) {
            return List.of();
        }
        final List<String> ids = new ArrayList<>();
        int start = 0;
        while (true) {
            final int end = text.indexOf(';', start);
            final String id = end < 0 ? text.substring(start) : text.substring(start, end);
            if (id.isEmpty()) {
                throw new BadLineException(name + ": empty id in " + quote(text));
            }
            ids.add(id);
            if (end < 0) {
                return ids;
            }
            start = end + 1;
        }
    }

    private double parseNumber(final String text) throws BadLineException {
        // Double.parseDouble also takes NaN, Infinity and control characters at the ends;
        // the files do not (an absent value is an empty cell).
        if (text.indexOf('N') >= 0 || text.indexOf('I') >= 0 || text.charAt(0) <= ' '
            || text.charAt(text.length() - 1) <= ' ') {
            throw new BadLineException(name + ": bad number " + quote(text));
        }
        final double value;
        try {
            value = Double.parseDouble(text);
        } catch (final NumberFormatException e) {
            throw new BadLineException(name + ": bad number " + quote(text));
        }
        if (Double.isInfinite(value)) {
            throw new BadLineException(name + ": number " + quote(text) + " out of range");
        }
        return value;
    }

    private long parseTime(final String text) throws BadLineException {
        try {
            return IsoTime.parseNanos(text);
        } catch (final IllegalArgumentException e) {
            throw new BadLineException(name + ": " + e.getMessage());
        }
    }

    private long parseInteger(final String text) throws BadLineException {
        try {
            return Long.parseLong(text);
        } catch (final NumberFormatException e) {
            throw new BadLineException(name + ": bad integer " + quote(text));
        }
    }

    private String trimmed() {
        final String text = csv.cell(index);
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    private BadLineException empty() {
        return new BadLineException(name + ": empty, but required");
    }

    private static boolean isBlank(final char c) {
        return c == ' ' || c == '\t';
    }

    /** The text in single quotes, shortened to 40 characters. */
    static String quote(final String text) {
        return "'" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text) + "'";
    }
}
