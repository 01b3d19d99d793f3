package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatWouldNotReadBackUnquoted() throws IOException {
        final StringWriter text = new StringWriter();
        try (CsvWriter csv = new CsvWriter(text, List.of("id", "note"))) {
            csv.text("plain").text("a b").endRow();
            csv.text("a,b").text("say \"hi\"").endRow();
            csv.text("line\nbreak").text("cr\r").endRow();
            csv.text("#first").text("#second").endRow();
            csv.text(" ").text(null).endRow();
            csv.empty().text("").endRow();
        }
        assertThat(text.toString()).isEqualTo("id,note\nplain,a b\n\"a,b\",\"say \"\"hi\"\"\"\n"
            + "\"line\nbreak\",\"cr\r\"\n\"#first\",#second\n ,\n,\n");
    }

    @Test
    void quotesABlankCellOfAOneColumnFileSoItIsNotABlankLine() throws IOException {
        final StringWriter text = new StringWriter();
        try (CsvWriter csv = new CsvWriter(text, List.of("only"))) {
            csv.empty().endRow();
            csv.text("  ").endRow();
            csv.text("x").endRow();
        }
        assertThat(text.toString()).isEqualTo("only\n\"\"\n\"  \"\nx\n");
    }

    @Test
    void writesNumbersShortestTimesIsoAndAbsentValuesEmpty() throws IOException {
        final StringWriter text = new StringWriter();
        try (CsvWriter csv = new CsvWriter(text, List.of("t", "n", "i"))) {
            csv.time(1_780_089_185_250_000_000L).number(2.0E23).integer(-7).endRow();
            csv.time(0).number(Double.NaN).integer(Long.MIN_VALUE).endRow();
            csv.time(-1).number(-0.0).integer(0).endRow();
        }
        assertThat(text.toString()).isEqualTo("t,n,i\n2026-05-29T21:13:05.250Z,2.0E23,-7\n"
            + "1970-01-01T00:00:00Z,,-9223372036854775808\n1969-12-31T23:59:59.999999999Z,-0.0,0\n");
    }

    @Test
    void refusesWhatTheFilesCannotHoldAndDiscardsTheRowBegun() throws IOException {
        final StringWriter text = new StringWriter();
        try (CsvWriter csv = new CsvWriter(text, List.of("a", "b"))) {
            assertThatThrownBy(() -> csv.text("x").number(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column b: infinite number Infinity");
            assertThatThrownBy(() -> csv.requiredText("")).hasMessage("column a: a value is required, got an empty text");
            assertThatThrownBy(() -> csv.text("x").requiredNumber(Double.NaN))
                .hasMessage("column b: a number is required, got NaN");
            assertThatThrownBy(() -> csv.ids(List.of("a;b"))).hasMessage("column a: id 'a;b' is empty or contains ';'");
            assertThatThrownBy(() -> csv.text("only one").endRow()).isInstanceOf(IllegalStateException.class)
                .hasMessage("row of 1 cells, the header has 2");
            assertThatThrownBy(() -> csv.text("1").text("2").text("3")).isInstanceOf(IllegalStateException.class);
            csv.text("1").text("2").endRow();
        }
        assertThat(text.toString()).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void recordWritersRefuseRecordsTheirReadersWouldSkip() throws IOException {
        final StringWriter text = new StringWriter();
        try (TruthWriter truth = new TruthWriter(text)) {
            assertThatThrownBy(() -> truth.write(new TruthRecord(0, "RV-1", 1, 2, Double.NaN, 4, 5, 6)))
                .hasMessage("column z_m: a number is required, got NaN");
            assertThatThrownBy(() -> truth.write(new TruthRecord(0, "", 1, 2, 3, 4, 5, 6)))
                .hasMessage("column object_id: a value is required, got an empty text");
        }
        assertThat(text.toString()).isEqualTo(String.join(",", TruthWriter.COLUMNS) + "\n");
        try (WarningWriter warnings = new WarningWriter(new StringWriter())) {
            assertThatThrownBy(() -> warnings.write(new WarningRecord(0, "A", 1, null, 0.5, 10)))
                .hasMessage("column state: a value is required, got null");
        }
    }
}
