package io.vigil.fusion.io;

/**
 * The time text of the CSV files: ISO-8601 UTC instants {@code yyyy-MM-ddTHH:mm:ss[.f]Z}
 * with 1 to 9 fractional digits (for example {@code 2026-05-29T21:13:05.250Z}), to and from
 * nanoseconds since the Unix epoch, UTC, as POSIX counts them (no leap seconds).
 *
 * <p>Every {@code long} is an instant, from {@code 1677-09-21T00:12:43.145224192Z}
 * ({@link Long#MIN_VALUE}) to {@code 2262-04-11T23:47:16.854775807Z} ({@link Long#MAX_VALUE});
 * {@link #format} and {@link #parseNanos} are exact inverses over that range. The calendar
 * is the proleptic Gregorian one. Parsing is strict and allocation-free: exactly the pattern
 * above, a real calendar date, hours 00 to 23, minutes and seconds 00 to 59, and the
 * {@code Z}; no offsets, no spaces, no second 60.
 */
public final class IsoTime {

    /** The earliest instant, the text of {@link Long#MIN_VALUE}. */
    public static final String EARLIEST = "1677-09-21T00:12:43.145224192Z";
    /** The latest instant, the text of {@link Long#MAX_VALUE}. */
    public static final String LATEST = "2262-04-11T23:47:16.854775807Z";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    /** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
    private static final long DAYS_0000_03_01_TO_EPOCH = 719_468L;
    private static final long DAYS_PER_400_YEARS = 146_097L;
    /** Where the fraction or the Z starts: after {@code yyyy-MM-ddTHH:mm:ss}. */
    private static final int AFTER_SECONDS = 19;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_QUOTED = 40;

    private IsoTime() {
    }

    /**
     * Parses an instant.
     *
     * @param text {@code yyyy-MM-ddTHH:mm:ss[.f]Z}, 1 to 9 fractional digits
     * @return nanoseconds since the Unix epoch, UTC
     * @throws IllegalArgumentException if the text is not such an instant or is outside the
     *     range of a {@code long} (the message says what is wrong)
     */
    public static long parseNanos(final CharSequence text) {
        final int length = text.length();
        final int year = digits(text, 0, 4);
        expect(text, 4, '-');
        final int month = digits(text, 5, 2);
        expect(text, 7, '-');
        final int day = digits(text, 8, 2);
        expect(text, 10, 'T');
        final int hour = digits(text, 11, 2);
        expect(text, 13, ':');
        final int minute = digits(text, 14, 2);
        expect(text, 16, ':');
        final int second = digits(text, 17, 2);
        int position = AFTER_SECONDS;
        long fraction = 0;
        if (position < length && text.charAt(position) == '.') {
            position++;
            final int start = position;
            while (position < length && isDigit(text.charAt(position))) {
                if (position - start == MAX_FRACTION_DIGITS) {
                    throw bad(text, "more than 9 fractional digits");
                }
                fraction = fraction * 10 + (text.charAt(position) - '0');
                position++;
            }
            if (position == start) {
                throw bad(text, "no digit after the decimal point");
            }
            for (int i = position - start; i < MAX_FRACTION_DIGITS; i++) {
                fraction *= 10;
            }
        }
        if (position == length) {
            throw bad(text, "missing the UTC designator Z");
        }
        if (text.charAt(position) != 'Z') {
            throw bad(text, "expected 'Z' (UTC) at character " + (position + 1) + ", found '" + text.charAt(position) + "'");
        }
        if (position + 1 != length) {
            throw bad(text, "unexpected text after 'Z'");
        }
        if (month < 1 || month > 12) {
            throw bad(text, "month " + month + " outside 01 to 12");
        }
        if (day < 1 || day > daysInMonth(year, month)) {
            throw bad(text, "day " + day + " does not exist in " + pad(year, 4) + "-" + pad(month, 2));
        }
        if (hour > 23) {
            throw bad(text, "hour " + hour + " outside 00 to 23");
        }
        if (minute > 59) {
            throw bad(text, "minute " + minute + " outside 00 to 59");
        }
        if (second > 59) {
            throw bad(text, "second " + second + " outside 00 to 59 (leap seconds are not representable)");
        }
        final long seconds = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        try {
            // Before the epoch with a fraction, (seconds + 1) keeps the product in range at
            // the earliest instant, whose whole seconds alone would overflow.
            if (seconds < 0 && fraction > 0) {
                return Math.addExact(Math.multiplyExact(seconds + 1, NANOS_PER_SECOND), fraction - NANOS_PER_SECOND);
            }
            return Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND), fraction);
        } catch (final ArithmeticException outside) {
            throw bad(text, "outside the representable range " + EARLIEST + " to " + LATEST);
        }
    }

    /**
     * Formats an instant in the shortest exact form: no fraction for whole seconds, else 3,
     * 6 or 9 fractional digits (as {@code java.time.Instant.toString} does).
     *
     * @param nanos nanoseconds since the Unix epoch, UTC (any value)
     * @return for example {@code 2026-05-29T21:13:05.250Z}
     */
    public static String format(final long nanos) {
        final StringBuilder out = new StringBuilder(30);
        appendTo(out, nanos);
        return out.toString();
    }

    /**
     * Appends the text of {@link #format} to a builder.
     *
     * @param out receives the text
     * @param nanos nanoseconds since the Unix epoch, UTC
     */
    static void appendTo(final StringBuilder out, final long nanos) {
        final long seconds = Math.floorDiv(nanos, NANOS_PER_SECOND);
        final int fraction = (int) Math.floorMod(nanos, NANOS_PER_SECOND);
        final long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        final int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        // Civil date from a day count (H. Hinnant, "chrono-compatible low-level date algorithms").
        final long shifted = day + DAYS_0000_03_01_TO_EPOCH;
        final long era = Math.floorDiv(shifted, DAYS_PER_400_YEARS);
        final int dayOfEra = (int) (shifted - era * DAYS_PER_400_YEARS);
        final int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        final int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        final int monthFromMarch = (5 * dayOfYear + 2) / 153;
        final int dayOfMonth = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        final int month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        final long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        appendPadded(out, year, 4);
        out.append('-');
        appendPadded(out, month, 2);
        out.append('-');
        appendPadded(out, dayOfMonth, 2);
        out.append('T');
        appendPadded(out, secondOfDay / 3600, 2);
        out.append(':');
        appendPadded(out, secondOfDay / 60 % 60, 2);
        out.append(':');
        appendPadded(out, secondOfDay % 60, 2);
        if (fraction != 0) {
            out.append('.');
            if (fraction % 1_000_000 == 0) {
                appendPadded(out, fraction / 1_000_000, 3);
            } else if (fraction % 1_000 == 0) {
                appendPadded(out, fraction / 1_000, 6);
            } else {
                appendPadded(out, fraction, 9);
            }
        }
        out.append('Z');
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    private static long epochDay(final int year, final int month, final int day) {
        final int y = month <= 2 ? year - 1 : year;
        final int era = Math.floorDiv(y, 400);
        final int yearOfEra = y - era * 400;
        final int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        final int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_0000_03_01_TO_EPOCH;
    }

    private static int daysInMonth(final int year, final int month) {
        switch (month) {
            case 2:
                return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static int digits(final CharSequence text, final int start, final int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            if (i >= text.length() || !isDigit(text.charAt(i))) {
                throw bad(text, "expected a digit at character " + (i + 1) + " of yyyy-MM-ddTHH:mm:ss[.fffffffff]Z");
            }
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static void expect(final CharSequence text, final int index, final char expected) {
        if (index >= text.length() || text.charAt(index) != expected) {
            throw bad(text, "expected '" + expected + "' at character " + (index + 1)
                + " of yyyy-MM-ddTHH:mm:ss[.fffffffff]Z");
        }
    }

    private static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }

    private static void appendPadded(final StringBuilder out, final long value, final int width) {
        long limit = 1;
        for (int i = 1; i < width; i++) {
            limit *= 10;
        }
        for (; limit > 1 && value < limit; limit /= 10) {
            out.append('0');
        }
        out.append(value);
    }

    private static String pad(final int value, final int width) {
        final StringBuilder out = new StringBuilder(width);
        appendPadded(out, value, width);
        return out.toString();
    }

    private static IllegalArgumentException bad(final CharSequence text, final String what) {
        final String shown = text.length() > MAX_QUOTED
            ? text.subSequence(0, MAX_QUOTED) + "..." : text.toString();
        return new IllegalArgumentException("bad time '" + shown + "': " + what);
    }
}
