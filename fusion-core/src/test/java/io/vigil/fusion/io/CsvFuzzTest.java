package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random mutations and truncations of valid files: a reader either refuses the header with
 * {@link CsvFormatException}, or reads to the end, skipping and counting bad rows. Nothing
 * else is ever thrown.
 */
class CsvFuzzTest {

    private static final Pattern HEADER_PROBLEM = Pattern.compile(
        "no header|bad header: .*|missing columns? .*|duplicate column .*", Pattern.DOTALL);
    private static final char[] INTERESTING = {
        ',', '"', '\n', '\r', '#', ' ', '\t', ';', 'x', 'N', 'I', 'e', 'E', '-', '+', '.', '0', '5', '9', 'Z', 'T', ':',
        '\u00e9', '\uFFFD', '\u0000', '\uFEFF', '\uD83D',
    };
    private static final int CHAR_MUTANTS = 1_500;
    private static final int BYTE_MUTANTS = 250;

    static Stream<FileFormat<?, ?, ?>> formats() {
        return FileFormat.ALL.stream();
    }

    /** Counts what the reader reports, and checks each report names the file and a line in it. */
    private static final class Counter implements LineProblems {
        final String fileName;
        final long lines;
        long reported;

        Counter(final String fileName, final String text) {
            this.fileName = fileName;
            this.lines = text.chars().filter(c -> c == '\n').count() + 1;
        }

        @Override
        public void badLine(final String file, final long line, final String reason) {
            assertThat(file).isEqualTo(fileName);
            assertThat(line).isBetween(1L, lines);
            assertThat(reason).isNotBlank();
            reported++;
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    <T> void mutatedTextIsReadOrRefusedAtTheHeaderAndNothingElseIsThrown(final FileFormat<T, ?, ?> format)
        throws IOException {
        final SplittableRandom random = new SplittableRandom(format.fileName.hashCode() * 31L);
        final String valid = format.write(format.random(new RandomRecords(random.nextLong()), 40));
        final FileFormat.Read<T> clean = format.read(valid, new Counter(format.fileName, valid));
        assertThat(clean.badLines).isZero();
        long fatal = 0;
        long badLines = 0;
        for (int i = 0; i < CHAR_MUTANTS; i++) {
            final String mutant = mutate(valid, random);
            final Counter counter = new Counter(format.fileName, mutant);
            try {
                final FileFormat.Read<T> read = format.read(mutant, counter);
                assertThat(read.badLines).isEqualTo(counter.reported);
                badLines += read.badLines;
            } catch (final CsvFormatException e) {
                assertHeaderProblem(format, e, mutant);
                fatal++;
            } catch (final RuntimeException | AssertionError e) {
                fail("mutant " + i + " of " + format.fileName + " threw " + e + "; text:\n" + mutant, e);
            }
        }
        assertThat(fatal).as("mutants refused at the header").isPositive();
        assertThat(badLines).as("bad lines reported").isGreaterThan(CHAR_MUTANTS / 2);
    }

    @ParameterizedTest
    @MethodSource("formats")
    <T> void mutatedBytesAreReadOrRefusedAtTheHeaderAndNothingElseIsThrown(final FileFormat<T, ?, ?> format,
        @TempDir final Path directory) throws IOException {
        final SplittableRandom random = new SplittableRandom(format.fileName.hashCode() * 17L);
        final byte[] valid = format.write(format.random(new RandomRecords(random.nextLong()), 40))
            .getBytes(StandardCharsets.UTF_8);
        final Path file = directory.resolve(format.fileName);
        for (int i = 0; i < BYTE_MUTANTS; i++) {
            final byte[] mutant = mutate(valid, random);
            Files.write(file, mutant);
            final String decoded = new String(mutant, StandardCharsets.UTF_8);
            final Counter counter = new Counter(format.fileName, decoded);
            try {
                final FileFormat.Read<T> read = format.read(file, counter);
                assertThat(read.badLines).isEqualTo(counter.reported);
            } catch (final CsvFormatException e) {
                assertHeaderProblem(format, e, decoded);
            } catch (final RuntimeException | AssertionError e) {
                fail("byte mutant " + i + " of " + format.fileName + " threw " + e + "; text:\n" + decoded, e);
            }
        }
    }

    private static void assertHeaderProblem(final FileFormat<?, ?, ?> format, final CsvFormatException e,
        final String mutant) {
        assertThat(e.file()).isEqualTo(format.fileName);
        assertThat(e.reason()).as("fatal reason for:\n%s", mutant).matches(HEADER_PROBLEM);
        assertThat(e.getMessage()).isEqualTo(format.fileName + ":" + e.line() + ": " + e.reason());
    }

    private static String mutate(final String text, final SplittableRandom random) {
        final StringBuilder out = new StringBuilder(text);
        final int mutations = random.nextInt(1, 6);
        for (int m = 0; m < mutations && out.length() > 0; m++) {
            final int at = random.nextInt(out.length());
            switch (random.nextInt(7)) {
                case 0:
                    out.setCharAt(at, pick(random));
                    break;
                case 1:
                    out.insert(at, pick(random));
                    break;
                case 2:
                    out.deleteCharAt(at);
                    break;
                case 3:
                    out.delete(at, Math.min(out.length(), at + random.nextInt(1, 60)));
                    break;
                case 4:
                    out.insert(at, out.substring(at, Math.min(out.length(), at + random.nextInt(1, 60))));
                    break;
                case 5:
                    out.setLength(at);
                    break;
                default:
                    final int other = random.nextInt(out.length());
                    final char c = out.charAt(at);
                    out.setCharAt(at, out.charAt(other));
                    out.setCharAt(other, c);
                    break;
            }
        }
        return out.toString();
    }

    private static char pick(final SplittableRandom random) {
        return random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : INTERESTING[random.nextInt(INTERESTING.length)];
    }

    private static byte[] mutate(final byte[] bytes, final SplittableRandom random) {
        byte[] out = bytes.clone();
        final int mutations = random.nextInt(1, 6);
        for (int m = 0; m < mutations && out.length > 0; m++) {
            final int at = random.nextInt(out.length);
            switch (random.nextInt(3)) {
                case 0:
                    out[at] = (byte) random.nextInt(256);
                    break;
                case 1:
                    out = java.util.Arrays.copyOf(out, at);
                    break;
                default:
                    out[at] = (byte) (0x80 | random.nextInt(0x40));
                    break;
            }
        }
        return out;
    }
}
