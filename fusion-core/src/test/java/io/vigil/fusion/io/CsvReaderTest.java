package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private final List<String> problems = new ArrayList<>();
    private final LineProblems collect = (file, line, reason) -> problems.add(file + ":" + line + ": " + reason);

    private CsvReader reader(final String text) throws IOException {
        return new CsvReader(new StringReader(text), "test.csv", collect);
    }

    /** Every data row as "line: cell|cell|...". */
    private List<String> rows(final String text) throws IOException {
        final List<String> rows = new ArrayList<>();
        try (CsvReader csv = reader(text)) {
            while (csv.next()) {
                final StringBuilder row = new StringBuilder().append(csv.line()).append(": ");
                for (int i = 0; i < csv.cellCount(); i++) {
                    row.append(i == 0 ? "" : "|").append(csv.cell(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void splitsQuotedFieldsRfc4180Style() throws IOException {
        assertThat(rows("h\na,\"b,c\",\"d\"\"e\",\"\",f\n\"\"\"\",\"x\ny\"\n"))
            .containsExactly("2: a|b,c|d\"e||f", "3: \"|x\ny");
        assertThat(problems).isEmpty();
    }

    @Test
    void countsPhysicalLinesThroughCommentsBlankLinesCrLfAndQuotedLineBreaks() throws IOException {
        final String text = "# a comment before the header\r\n\r\nh1,h2\r\n1,2\r\n# comment\r\n   \r\n\t\r\n"
            + "\"multi\r\nline\",3\r\n4,5\r\n6,7";
        assertThat(rows(text)).containsExactly("4: 1|2", "8: multi\r\nline|3", "10: 4|5", "11: 6|7");
        try (CsvReader csv = reader(text)) {
            assertThat(csv.headerLine()).isEqualTo(3);
            assertThat(csv.header()).containsExactly("h1", "h2");
            assertThat(csv.line()).isZero();
        }
    }

    @Test
    void keepsAQuotedEmptyLineAndALoneCarriageReturnAsData() throws IOException {
        assertThat(rows("h\n\"\"\na\rb\n #not a comment\n\"#quoted\"\n")).containsExactly("2: ", "3: a\rb",
            "4:  #not a comment", "5: #quoted");
    }

    @Test
    void findsColumnsByTrimmedHeaderNamesInAnyOrderAndTellsWhichAreMissing() throws IOException {
        try (CsvReader csv = reader("\uFEFF b , a ,\"c\",unknown,unknown\n2,1,3\n")) {
            assertThat(csv.header()).containsExactly("b", "a", "c", "unknown", "unknown");
            assertThat(csv.column("a")).isEqualTo(1);
            assertThat(csv.column("c")).isEqualTo(2);
            assertThat(csv.column("d")).isEqualTo(-1);
            assertThat(csv.missing(List.of("a", "d", "b", "e"))).containsExactly("d", "e");
            csv.require(List.of("a", "b"));
            assertThatThrownBy(() -> csv.require(List.of("a", "d"))).isInstanceOf(CsvFormatException.class)
                .hasMessage("test.csv:1: missing column d");
            assertThatThrownBy(() -> csv.require(List.of("d", "a", "e"))).hasMessage("test.csv:1: missing columns d, e");
            assertThatThrownBy(() -> csv.column("unknown")).hasMessage("test.csv:1: duplicate column unknown");
            assertThat(csv.next()).isTrue();
            assertThat(csv.cell(csv.column("a"))).isEqualTo("1");
            assertThat(csv.cell(3)).isEmpty();
            assertThat(csv.cell(-1)).isEmpty();
            assertThat(csv.next()).isFalse();
        }
    }

    @Test
    void failsWithoutAHeaderNamingTheLastLine() {
        assertThatThrownBy(() -> reader("")).isInstanceOf(CsvFormatException.class).hasMessage("test.csv:0: no header");
        assertThatThrownBy(() -> reader("# only\n\n# comments")).hasMessage("test.csv:3: no header");
        assertThatThrownBy(() -> reader("# only\n\n")).hasMessage("test.csv:2: no header");
        final CsvFormatException e = (CsvFormatException) org.assertj.core.api.Assertions.catchThrowable(
            () -> reader("# x\nh1,\"h2\n"));
        assertThat(e.file()).isEqualTo("test.csv");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("bad header: truncated quoted field");
    }

    @Test
    void reportsStructurallyBrokenRowsAndGoesOnAtTheNextLine() throws IOException {
        final String text = "a,b\n1,2\nx\"y,3\n\"p\"q,4\n5,6\n\"open,7\n8,9\n";
        try (CsvReader csv = reader(text)) {
            final List<String> rows = new ArrayList<>();
            while (csv.next()) {
                rows.add(csv.line() + ": " + csv.cell(0));
            }
            assertThat(rows).containsExactly("2: 1", "5: 5");
            assertThat(csv.badLines()).isEqualTo(3);
        }
        assertThat(problems).containsExactly("test.csv:3: quote inside an unquoted field",
            "test.csv:4: unexpected character after a closing quote", "test.csv:6: truncated quoted field");
    }

    @Test
    void refusesARowLongerThanTheLimitAndResumesAfterIt() throws IOException {
        final String huge = "x".repeat(CsvReader.MAX_ROW_CHARS + 10);
        assertThat(rows("a,b\n1,2\n" + huge + ",3\n4,5\n")).containsExactly("2: 1|2", "4: 4|5");
        assertThat(problems).containsExactly("test.csv:3: row longer than 1048576 characters");
        problems.clear();
        // An unclosed quote swallows at most the limit, not the rest of the file.
        final StringBuilder text = new StringBuilder("a,b\n\"unclosed,1\n");
        for (int i = 0; i < 200_000; i++) {
            text.append("row,").append(i).append('\n');
        }
        final List<String> rows = rows(text.toString());
        assertThat(problems).containsExactly("test.csv:2: row longer than 1048576 characters");
        assertThat(rows).hasSizeBetween(90_000, 110_000).last().isEqualTo("200002: row|199999");
    }

    @Test
    void reportsAFileThatCannotBeOpenedAsFatalAtLineZero(@TempDir final Path directory) {
        assertThatThrownBy(() -> CsvReader.open(directory.resolve("plots.csv"), collect))
            .isInstanceOf(CsvFormatException.class).hasMessageStartingWith("plots.csv:0: cannot read: ")
            .hasMessageContaining("NoSuchFileException");
    }

    @Test
    void readsUtf8FilesReplacingBytesThatAreNotUtf8(@TempDir final Path directory) throws IOException {
        final Path file = directory.resolve("areas.csv");
        final byte[] bytes = "\uFEFFid,name\n1,Tōkyō\n2,X\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xC3;
        Files.write(file, bytes);
        try (CsvReader csv = CsvReader.open(file, collect)) {
            assertThat(csv.header()).containsExactly("id", "name");
            assertThat(csv.next()).isTrue();
            assertThat(csv.cell(1)).isEqualTo("Tōkyō");
            assertThat(csv.next()).isTrue();
            assertThat(csv.cell(1)).isEqualTo("\uFFFD");
            assertThat(csv.fileName()).isEqualTo("areas.csv");
        }
    }
}
