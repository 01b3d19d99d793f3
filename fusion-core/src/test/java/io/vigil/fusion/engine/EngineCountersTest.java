package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.testing.ConcurrentProducers;
import org.junit.jupiter.api.Test;

class EngineCountersTest {

    @Test
    void countsEachReasonSeparatelyAndSumsThem() {
        final EngineCounters counters = new EngineCounters();
        counters.incrementRejected(RejectReason.LATE);
        counters.incrementRejected(RejectReason.LATE);
        counters.incrementRejected(RejectReason.NOT_FINITE);
        assertThat(counters.rejected(RejectReason.LATE)).isEqualTo(2);
        assertThat(counters.rejected(RejectReason.NOT_FINITE)).isEqualTo(1);
        assertThat(counters.rejected(RejectReason.UNKNOWN_SENSOR)).isZero();
        assertThat(counters.rejected()).isEqualTo(3);
    }

    @Test
    void loseNoPublishedCountUnderConcurrentPublishers() throws InterruptedException {
        final EngineCounters counters = new EngineCounters();
        final int threads = 4;
        final int each = 250_000;
        ConcurrentProducers.run(threads, producer -> {
            for (int i = 0; i < each; i++) {
                counters.incrementPublished();
                if ((i & 7) == 0) {
                    counters.incrementDropped();
                }
            }
        });
        assertThat(counters.published()).isEqualTo((long) threads * each);
        assertThat(counters.dropped()).isEqualTo((long) threads * (each / 8));
    }

    @Test
    void keepsTheRingHighWaterMark() {
        final EngineCounters counters = new EngineCounters();
        counters.ringBacklog(5);
        counters.ringBacklog(17);
        counters.ringBacklog(3);
        assertThat(counters.ringHighWaterMark()).isEqualTo(17);
    }

    @Test
    void countingAllocatesNothing() {
        final EngineCounters counters = new EngineCounters();
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            counters.incrementPublished();
            counters.incrementFused();
            counters.incrementRejected(RejectReason.AZIMUTH_OUT_OF_RANGE);
            counters.tracks(3, 2);
            counters.ringBacklog(counters.fused() & 63);
        }, 100_000, 100_000);
        assertThat(bytes).isZero();
    }
}
