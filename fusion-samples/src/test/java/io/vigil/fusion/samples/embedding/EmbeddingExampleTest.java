package io.vigil.fusion.samples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void tracksTheTargetAndAccountsForEveryPlot() throws InterruptedException {
        final PrintStream original = System.out;
        final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        final String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("track 1 CONFIRMED at 41.9000 N")
            .contains("plot refused: RANGE_NOT_POSITIVE (tag 99)")
            .contains("published 32 = fused 31 + rejected 1 + dropped 0; tracks alive 1");
    }
}
