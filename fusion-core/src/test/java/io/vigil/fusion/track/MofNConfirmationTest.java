package io.vigil.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.fusion.testing.AllocationMeter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * M-of-N confirmation and K-miss deletion: hand-worked windows, the window edges (N = 64),
 * random hit and miss sequences against a plain list-based reference, and zero allocation.
 */
class MofNConfirmationTest {

    @Test
    void twoOfThree() {
        final MofN logic = new MofN(4, 2, 3, 3);
        assertThat(logic.start(1, 1)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(logic.miss(1)).isEqualTo(TrackVerdict.TENTATIVE); // 1 0
        assertThat(logic.hit(1)).isEqualTo(TrackVerdict.CONFIRM); // 1 0 1
        assertThat(logic.confirmed(1)).isTrue();
        assertThat(logic.miss(1)).isEqualTo(TrackVerdict.CONFIRMED);
        assertThat(logic.miss(1)).isEqualTo(TrackVerdict.CONFIRMED);
        assertThat(logic.consecutiveMisses(1)).isEqualTo(2);
        assertThat(logic.hitsInWindow(1)).isEqualTo(1); // 1 0 1 0 0: the last three are 1 0 0
        assertThat(logic.miss(1)).isEqualTo(TrackVerdict.DELETE);
        assertThat(logic.live(1)).isFalse();
        assertThat(logic.confirmed(1)).isFalse();
        assertThatThrownBy(() -> logic.hit(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> logic.miss(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hitsOlderThanTheWindowDoNotCount() {
        final MofN logic = new MofN(2, 3, 4, 10);
        logic.start(0, 1); // 1
        logic.hit(0); // 1 1
        logic.miss(0); // 1 1 0
        logic.miss(0); // 1 1 0 0
        assertThat(logic.hitsInWindow(0)).isEqualTo(2);
        assertThat(logic.hit(0)).isEqualTo(TrackVerdict.TENTATIVE); // 1 0 0 1: the first hit slid out
        assertThat(logic.hitsInWindow(0)).isEqualTo(2);
        assertThat(logic.hit(0)).isEqualTo(TrackVerdict.TENTATIVE); // 0 0 1 1
        assertThat(logic.hit(0)).isEqualTo(TrackVerdict.CONFIRM); // 0 1 1 1
        // A pattern of hits on every other scan never confirms 3 of 4 and never misses 3 times in a row.
        final MofN alternating = new MofN(1, 3, 4, 3);
        alternating.start(0, 1);
        for (int scan = 0; scan < 100; scan++) {
            assertThat(scan % 2 == 0 ? alternating.miss(0) : alternating.hit(0)).isEqualTo(TrackVerdict.TENTATIVE);
        }
    }

    @Test
    void aTrackInitiatedFromSeveralPlotsStartsWithThatManyHits() {
        final MofN logic = new MofN(2, 3, 5, 2);
        assertThat(logic.start(0, 2)).isEqualTo(TrackVerdict.TENTATIVE);
        assertThat(logic.hitsInWindow(0)).isEqualTo(2);
        assertThat(logic.hit(0)).isEqualTo(TrackVerdict.CONFIRM);
        assertThat(logic.start(1, 3)).isEqualTo(TrackVerdict.CONFIRM);
        final MofN wide = new MofN(1, 64, 64, 1);
        assertThat(wide.start(0, 64)).isEqualTo(TrackVerdict.CONFIRM);
        assertThat(wide.hitsInWindow(0)).isEqualTo(64);
        assertThat(wide.hit(0)).isEqualTo(TrackVerdict.CONFIRMED);
        assertThat(wide.hitsInWindow(0)).isEqualTo(64);
        assertThat(wide.miss(0)).isEqualTo(TrackVerdict.DELETE);
        assertThat(logic.m()).isEqualTo(3);
        assertThat(logic.n()).isEqualTo(5);
        assertThat(logic.k()).isEqualTo(2);
        logic.release(0);
        assertThat(logic.live(0)).isFalse();
    }

    @Test
    void agreesWithAListReferenceOnRandomSequences() {
        final SplittableRandom random = new SplittableRandom(1_970L);
        for (int trial = 0; trial < 20_000; trial++) {
            final int n = 1 + random.nextInt(64);
            final int m = 1 + random.nextInt(n);
            final int k = 1 + random.nextInt(6);
            final int initial = 1 + random.nextInt(Math.min(n, 3));
            final double pd = random.nextDouble();
            final MofN logic = new MofN(3, m, n, k);
            final Deque<Boolean> window = new ArrayDeque<>();
            for (int i = 0; i < initial; i++) {
                window.addLast(true);
            }
            boolean confirmed = initial >= m;
            assertThat(logic.start(2, initial)).isEqualTo(confirmed ? TrackVerdict.CONFIRM : TrackVerdict.TENTATIVE);
            int misses = 0;
            for (int scan = 0; scan < 200; scan++) {
                final boolean hit = random.nextDouble() < pd;
                window.addLast(hit);
                while (window.size() > n) {
                    window.removeFirst();
                }
                misses = hit ? 0 : misses + 1;
                final TrackVerdict expected;
                if (misses >= k) {
                    expected = TrackVerdict.DELETE;
                } else if (confirmed) {
                    expected = TrackVerdict.CONFIRMED;
                } else if (window.stream().filter(b -> b).count() >= m) {
                    confirmed = true;
                    expected = TrackVerdict.CONFIRM;
                } else {
                    expected = TrackVerdict.TENTATIVE;
                }
                final TrackVerdict actual = hit ? logic.hit(2) : logic.miss(2);
                assertThat(actual).as("M %d, N %d, K %d, scan %d", m, n, k, scan).isEqualTo(expected);
                if (actual == TrackVerdict.DELETE) {
                    break;
                }
                assertThat(logic.hitsInWindow(2)).isEqualTo((int) window.stream().filter(b -> b).count());
            }
        }
    }

    @Test
    void checksItsConfiguration() {
        assertThatThrownBy(() -> new MofN(0, 2, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MofN(1, 4, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MofN(1, 0, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MofN(1, 2, 65, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MofN(1, 2, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        final MofN logic = new MofN(1, 2, 3, 3);
        assertThatThrownBy(() -> logic.start(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> logic.start(0, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocatesNothing() {
        final MofN logic = new MofN(64, 3, 5, 4);
        final int[] next = {0};
        final Runnable work = () -> {
            final int i = next[0]++;
            final int slot = i & 63;
            if (!logic.live(slot)) {
                logic.start(slot, 1);
            } else if ((i * 0x9E3779B9) >>> 30 == 0) {
                logic.miss(slot);
            } else {
                logic.hit(slot);
            }
        };
        assertThat(AllocationMeter.bytesAllocated(work, 20_000, 100_000)).isZero();
    }
}
