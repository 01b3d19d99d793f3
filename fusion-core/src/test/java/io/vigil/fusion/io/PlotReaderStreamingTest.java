package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The readers stream: two million rows pass through a reader that never holds more than one row of text. */
class PlotReaderStreamingTest {

    private static final int ROWS = 2_000_000;
    private static final long T0 = 1_780_089_185_000_000_000L;
    private static final long MEGABYTE = 1L << 20;

    /** Makes plots.csv on demand, one row at a time; counts the rows it has begun to hand out. */
    private static final class GeneratedPlots extends Reader {
        private final StringBuilder row = new StringBuilder(256);
        private int position;
        private long generated = -1;
        private int largestRead;

        GeneratedPlots() {
            row.append(String.join(",", PlotWriter.COLUMNS)).append('\n');
        }

        @Override
        public int read(final char[] buffer, final int offset, final int length) {
            largestRead = Math.max(largestRead, length);
            if (position == row.length() && !nextRow()) {
                return -1;
            }
            final int n = Math.min(length, row.length() - position);
            row.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        private boolean nextRow() {
            generated++;
            if (generated == ROWS) {
                return false;
            }
            final long i = generated;
            row.setLength(0);
            IsoTime.appendTo(row, T0 + i * 1_000_000L);
            row.append(i % 3 == 0 ? ",TPY2-SHARIKI," : ",\"AEGIS, 1\",").append(i / 50).append(',')
                .append(100_000 + i % 900_000).append(".5,").append(i % 360).append(".25,").append(i % 90)
                .append(".125,-").append(i % 3000).append(",,,,,,,,,,")
                .append(i % 7 == 0 ? "25.0" : "").append(",,,\n");
            position = 0;
            return true;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readsTwoMillionRowsWithBoundedLookAheadAndNoRetainedMemory() throws IOException {
        final GeneratedPlots source = new GeneratedPlots();
        final long usedBefore = usedHeapAfterGc();
        long rows = 0;
        long usedDuring = 0;
        try (PlotReader reader = new PlotReader(source, "plots.csv", Set.of("TPY2-SHARIKI", "AEGIS, 1"),
            (file, line, reason) -> {
                throw new AssertionError(file + ":" + line + ": " + reason);
            })) {
            for (PlotRecord plot = reader.next(); plot != null; plot = reader.next()) {
                if (plot.timeNanos() != T0 + rows * 1_000_000L || plot.scanId() != rows / 50) {
                    assertThat(plot.timeNanos()).as("row %d", rows).isEqualTo(T0 + rows * 1_000_000L);
                    assertThat(plot.scanId()).isEqualTo(rows / 50);
                }
                rows++;
                // Rows are at least 60 characters: the source is never more than one 8192-character
                // buffer ahead of the row returned.
                assertThat(source.generated - rows).isLessThanOrEqualTo(8192 / 60 + 1);
                if (rows == ROWS / 2) {
                    usedDuring = usedHeapAfterGc();
                }
            }
            assertThat(reader.line()).isEqualTo(ROWS + 1);
            assertThat(reader.badLines()).isZero();
        }
        assertThat(rows).isEqualTo(ROWS);
        assertThat(source.largestRead).isLessThanOrEqualTo(8192);
        assertThat(usedDuring - usedBefore).as("heap retained half-way, bytes").isLessThan(32 * MEGABYTE);
    }

    private static long usedHeapAfterGc() {
        final Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
