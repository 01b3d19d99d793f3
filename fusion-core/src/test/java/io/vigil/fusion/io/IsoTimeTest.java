package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoTimeTest {

    private static final long SECOND = 1_000_000_000L;
    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static boolean isLeap(final int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static StringBuilder twoDigits(final StringBuilder text, final int value) {
        return text.append(value < 10 ? "0" : "").append(value);
    }

    /** The reference: java.time's text of the same instant. */
    private static String reference(final long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, SECOND), Math.floorMod(nanos, SECOND)).toString();
    }

    @Test
    void formatsAndParsesAMillionRandomInstantsExactly() {
        final SplittableRandom random = new SplittableRandom(20260529L);
        for (int i = 0; i < 1_000_000; i++) {
            final long nanos;
            switch (i % 4) {
                case 0:
                    nanos = random.nextLong();
                    break;
                case 1:
                    nanos = random.nextLong() / SECOND * SECOND;
                    break;
                case 2:
                    nanos = random.nextLong() / 1_000_000 * 1_000_000;
                    break;
                default:
                    nanos = random.nextLong() / 1_000 * 1_000;
                    break;
            }
            final String text = IsoTime.format(nanos);
            if (!text.equals(reference(nanos)) || IsoTime.parseNanos(text) != nanos) {
                assertThat(text).as("text of %d", nanos).isEqualTo(reference(nanos));
                assertThat(IsoTime.parseNanos(text)).as("parse of %s", text).isEqualTo(nanos);
            }
        }
    }

    @Test
    void parsesAMillionRandomTextsAsJavaTimeDoesAndFormatsThemBackInShortestForm() {
        final SplittableRandom random = new SplittableRandom(7L);
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            final int year = random.nextInt(1678, 2262);
            final int month = random.nextInt(1, 13);
            final int day = random.nextInt(1, DAYS_IN_MONTH[month] + (month == 2 && isLeap(year) ? 2 : 1));
            final int hour = random.nextInt(24);
            final int minute = random.nextInt(60);
            final int second = random.nextInt(60);
            final int digits = random.nextInt(10);
            text.setLength(0);
            text.append(year).append('-');
            twoDigits(text, month).append('-');
            twoDigits(text, day).append('T');
            twoDigits(text, hour).append(':');
            twoDigits(text, minute).append(':');
            twoDigits(text, second);
            long fraction = 0;
            if (digits > 0) {
                text.append('.');
                for (int d = 0; d < 9; d++) {
                    final int digit = d < digits ? random.nextInt(10) : 0;
                    if (d < digits) {
                        text.append(digit);
                    }
                    fraction = fraction * 10 + digit;
                }
            }
            text.append('Z');
            final long expected = LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC)
                * SECOND + fraction;
            final long parsed = IsoTime.parseNanos(text);
            if (parsed != expected || !IsoTime.format(parsed).equals(reference(expected))) {
                assertThat(parsed).as("parse of %s", text).isEqualTo(expected);
                assertThat(IsoTime.format(parsed)).as("format of %s", text).isEqualTo(reference(expected));
            }
        }
    }

    @Test
    void handlesTheEdges() {
        assertThat(IsoTime.format(0L)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(IsoTime.format(1L)).isEqualTo("1970-01-01T00:00:00.000000001Z");
        assertThat(IsoTime.format(-1L)).isEqualTo("1969-12-31T23:59:59.999999999Z");
        assertThat(IsoTime.format(-SECOND)).isEqualTo("1969-12-31T23:59:59Z");
        assertThat(IsoTime.format(1_780_089_185_250_000_000L)).isEqualTo("2026-05-29T21:13:05.250Z");
        assertThat(IsoTime.format(1_780_089_185_250_100_000L)).isEqualTo("2026-05-29T21:13:05.250100Z");
        assertThat(IsoTime.format(Long.MIN_VALUE)).isEqualTo(IsoTime.EARLIEST).isEqualTo(reference(Long.MIN_VALUE));
        assertThat(IsoTime.format(Long.MAX_VALUE)).isEqualTo(IsoTime.LATEST).isEqualTo(reference(Long.MAX_VALUE));
        assertThat(IsoTime.parseNanos(IsoTime.EARLIEST)).isEqualTo(Long.MIN_VALUE);
        assertThat(IsoTime.parseNanos(IsoTime.LATEST)).isEqualTo(Long.MAX_VALUE);
        assertThat(IsoTime.parseNanos("1970-01-01T00:00:00.000000001Z")).isEqualTo(1L);
        assertThat(IsoTime.parseNanos("1969-12-31T23:59:59.999999999Z")).isEqualTo(-1L);
        assertThat(IsoTime.parseNanos("1970-01-01T00:00:00.1Z")).isEqualTo(100_000_000L);
        assertThat(IsoTime.parseNanos("1970-01-01T00:00:00.100000000Z")).isEqualTo(100_000_000L);
        assertThat(IsoTime.format(IsoTime.parseNanos("2026-05-29T21:13:05.250000000Z")))
            .isEqualTo("2026-05-29T21:13:05.250Z");
        assertThat(IsoTime.parseNanos("2026-05-29T23:59:59Z") + SECOND).isEqualTo(IsoTime.parseNanos("2026-05-30T00:00:00Z"));
        assertThat(IsoTime.parseNanos("2026-12-31T23:59:59.999999999Z") + 1)
            .isEqualTo(IsoTime.parseNanos("2027-01-01T00:00:00Z"));
        // Leap years: every fourth, not centuries, but every fourth century.
        assertThat(IsoTime.format(IsoTime.parseNanos("2024-02-29T12:00:00Z") + 86_400 * SECOND))
            .isEqualTo("2024-03-01T12:00:00Z");
        assertThat(IsoTime.parseNanos("2000-02-29T00:00:00Z")).isEqualTo(951_782_400L * SECOND);
        assertThat(IsoTime.parseNanos("1904-02-29T00:00:00Z")).isEqualTo(-2_077_747_200L * SECOND);
        assertThat(IsoTime.parseNanos("2024-12-31T00:00:00Z") - IsoTime.parseNanos("2024-01-01T00:00:00Z"))
            .isEqualTo(365 * 86_400 * SECOND);
    }

    @Test
    void rejectsWhatIsNotAStrictUtcInstantSayingWhy() {
        assertRejected("2025-02-29T00:00:00Z", "day 29 does not exist in 2025-02");
        assertRejected("1900-02-29T00:00:00Z", "day 29 does not exist in 1900-02");
        assertRejected("2100-02-29T00:00:00Z", "day 29 does not exist in 2100-02");
        assertRejected("2026-04-31T00:00:00Z", "day 31 does not exist in 2026-04");
        assertRejected("2026-05-00T00:00:00Z", "day 0 does not exist in 2026-05");
        assertRejected("2026-05-29T21:13:05", "missing the UTC designator Z");
        assertRejected("2026-05-29T21:13:05.250", "missing the UTC designator Z");
        assertRejected("2026-05-29T21:13:05.1234567890Z", "more than 9 fractional digits");
        assertRejected("2026-05-29T21:13:05.Z", "no digit after the decimal point");
        assertRejected("2026-05-29T21:13:05z", "expected 'Z' (UTC) at character 20, found 'z'");
        assertRejected("2026-05-29T21:13:05+01:00", "expected 'Z' (UTC) at character 20, found '+'");
        assertRejected("2026-05-29T21:13:05ZZ", "unexpected text after 'Z'");
        assertRejected("2026-05-29 21:13:05Z", "expected 'T' at character 11");
        assertRejected("2026-5-29T21:13:05Z", "expected a digit at character 7");
        assertRejected("2026-13-29T21:13:05Z", "month 13 outside 01 to 12");
        assertRejected("2026-05-29T24:00:00Z", "hour 24 outside 00 to 23");
        assertRejected("2026-05-29T23:60:00Z", "minute 60 outside 00 to 59");
        assertRejected("2016-12-31T23:59:60Z", "second 60 outside 00 to 59 (leap seconds are not representable)");
        assertRejected("2262-04-11T23:47:16.854775808Z", "outside the representable range");
        assertRejected("1677-09-21T00:12:43.145224191Z", "outside the representable range");
        assertRejected("9999-12-31T23:59:59Z", "outside the representable range");
        assertRejected("0000-01-01T00:00:00Z", "outside the representable range");
        assertRejected("", "expected a digit at character 1");
        assertRejected(" 2026-05-29T21:13:05Z", "expected a digit at character 1");
        assertRejected("2026-05-29T21:13:05Z ", "unexpected text after 'Z'");
        assertRejected("\u0662\u0660\u0662\u0666-05-29T21:13:05Z", "expected a digit at character 1");
        assertThatThrownBy(() -> IsoTime.parseNanos("x".repeat(1000)))
            .hasMessage("bad time '" + "x".repeat(40) + "...': expected a digit at character 1 of "
                + "yyyy-MM-ddTHH:mm:ss[.fffffffff]Z");
    }

    private static void assertRejected(final String text, final String reason) {
        assertThatThrownBy(() -> IsoTime.parseNanos(text)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("bad time '" + text + "': ").hasMessageContaining(reason);
    }
}
