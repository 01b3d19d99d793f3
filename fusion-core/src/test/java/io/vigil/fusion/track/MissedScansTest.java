package io.vigil.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Deletion after K consecutive misses in plot time: a late hit breaks a run of misses it
 * falls inside, deletion becomes final only once the run's K-th miss is the out-of-sequence
 * bound old, and any arrival order of the same hits and misses within the bound decides as
 * time order does.
 */
class MissedScansTest {

    private static final long S = 1_000_000_000L;

    @Test
    void aRunOfKMissesDeletesOnceNoLatePlotCanBreakIt() {
        final MissedScans missed = new MissedScans(4, 3);
        missed.start(2, 10 * S);
        missed.miss(2, 11 * S);
        missed.miss(2, 12 * S);
        assertThat(missed.deleted(2, 20 * S, 0)).isFalse();
        missed.miss(2, 13 * S);
        assertThat(missed.run(2)).isEqualTo(3);
        assertThat(missed.deleted(2, 13 * S, 0)).isTrue();
        assertThat(missed.deleted(2, 17 * S, 5 * S)).isFalse();
        assertThat(missed.deleted(2, 18 * S, 5 * S)).isTrue();
    }

    @Test
    void aLateHitInsideTheRunBreaksItAndAnOlderOneDoesNot() {
        final MissedScans missed = new MissedScans(1, 3);
        missed.start(0, 0L);
        missed.miss(0, 1 * S);
        missed.miss(0, 2 * S);
        missed.miss(0, 3 * S);
        missed.hit(0, S / 2); // before the run: changes nothing
        assertThat(missed.run(0)).isEqualTo(3);
        missed.hit(0, 2 * S + S / 2); // between the second and third miss
        assertThat(missed.run(0)).isEqualTo(1);
        assertThat(missed.deleted(0, 100 * S, 0)).isFalse();
        // A miss older than the last hit does not extend the run.
        missed.miss(0, 2 * S);
        assertThat(missed.run(0)).isEqualTo(1);
    }

    @Test
    void anyArrivalOrderWithinTheBoundDecidesAsTimeOrderDoes() {
        final Random random = new Random(17L);
        for (int trial = 0; trial < 2_000; trial++) {
            // Events at whole seconds 1..20, each a hit or a miss; arrival delayed by up to 3 s.
            final List<long[]> events = new ArrayList<>();
            for (int t = 1; t <= 20; t++) {
                events.add(new long[] {t * S, random.nextInt(3) == 0 ? 1 : 0, t * S + random.nextInt(4) * S});
            }
            final MissedScans inTime = new MissedScans(1, 3);
            final MissedScans arriving = new MissedScans(1, 3);
            inTime.start(0, 0L);
            arriving.start(0, 0L);
            for (final long[] e : events) {
                apply(inTime, e);
            }
            Collections.shuffle(events, random);
            events.sort((a, b) -> Long.compare(a[2], b[2]));
            for (final long[] e : events) {
                apply(arriving, e);
            }
            // Once every event has arrived, the run and the decision agree.
            assertThat(arriving.run(0)).isEqualTo(inTime.run(0));
            assertThat(arriving.deleted(0, 30 * S, 4 * S)).isEqualTo(inTime.deleted(0, 30 * S, 4 * S));
        }
    }

    @Test
    void refusesBadSizes() {
        assertThatThrownBy(() -> new MissedScans(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MissedScans(4, 0)).hasMessageContaining("K >= 1");
    }

    private static void apply(final MissedScans missed, final long[] event) {
        if (event[1] == 1) {
            missed.hit(0, event[0]);
        } else {
            missed.miss(0, event[0]);
        }
    }
}
