package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.io.ImpactRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class ImpactHistoryTest {

    private static ImpactRecord at(final long trackId, final long second) {
        return KnownSituation.impact(second * KnownSituation.SECOND, trackId, 35.0, 139.0, 1_000.0, 500.0, 0.0, 39.0,
            125.0);
    }

    @Test
    void picksTheLatestAndEarlierOnesSpreadOverTheTracksLife() {
        final List<ImpactRecord> rows = new ArrayList<>();
        for (int s = 0; s < 11; s++) {
            rows.add(at(1L, 10L * s));
        }
        rows.add(at(2L, 5L));
        Collections.shuffle(rows, new Random(3L));

        final SortedMap<Long, ImpactHistory> selected = ImpactHistory.select(rows, 3);
        assertThat(selected.keySet()).containsExactly(1L, 2L);
        final ImpactHistory first = selected.get(1L);
        assertThat(first.latest().timeNanos()).isEqualTo(100L * KnownSituation.SECOND);
        // Ten earlier predictions, three kept: the 1st, 4th and 7th (indices 0, 3, 6).
        assertThat(first.earlier()).extracting(ImpactRecord::timeNanos)
            .containsExactly(0L, 30L * KnownSituation.SECOND, 60L * KnownSituation.SECOND);
        assertThat(selected.get(2L).earlier()).isEmpty();
    }

    @Test
    void keepsEveryEarlierPredictionWhenThereAreFew() {
        final ImpactHistory history = ImpactHistory.select(List.of(at(7L, 2L), at(7L, 1L), at(7L, 3L)), 5).get(7L);
        assertThat(history.latest().timeNanos()).isEqualTo(3L * KnownSituation.SECOND);
        assertThat(history.earlier()).extracting(ImpactRecord::timeNanos)
            .containsExactly(KnownSituation.SECOND, 2L * KnownSituation.SECOND);
        assertThat(ImpactHistory.select(List.of(at(7L, 2L), at(7L, 1L)), 0).get(7L).earlier()).isEmpty();
    }
}
