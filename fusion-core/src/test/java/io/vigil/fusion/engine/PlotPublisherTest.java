package io.vigil.fusion.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.YieldingWaitStrategy;
import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.testing.ConcurrentProducers;
import org.junit.jupiter.api.Test;

class PlotPublisherTest {

    private static RingBuffer<PlotSlot> multiProducerRing(final int size) {
        return RingBuffer.createMultiProducer(PlotSlot::new, size, new YieldingWaitStrategy());
    }

    @Test
    void commitsTheFieldsSetAndLeavesTheOthersAbsent() {
        final RingBuffer<PlotSlot> ring = multiProducerRing(8);
        ring.addGatingSequences(new Sequence(-1L));
        final EngineCounters counters = new EngineCounters();
        final PlotPublisher publisher = new PlotPublisher(ring, counters, BackPressure.BLOCK);
        publisher.claim().sensor(2).time(123L).scan(7L, true).radar(1e6, 1.5, 0.2).tag(99L).commit();
        final PlotSlot slot = ring.get(0L);
        assertThat(ring.getCursor()).isZero();
        assertThat(slot.kind).isEqualTo(PlotSlot.RADAR);
        assertThat(slot.sensorIndex).isEqualTo(2);
        assertThat(slot.timeNanos).isEqualTo(123L);
        assertThat(slot.scanId).isEqualTo(7L);
        assertThat(slot.endOfScan).isTrue();
        assertThat(slot.rangeM).isEqualTo(1e6);
        assertThat(slot.tag).isEqualTo(99L);
        assertThat(slot.rangeRateMps).isNaN();
        assertThat(slot.losX).isNaN();
        assertThat(slot.sigmaRangeM).isNaN();
        assertThat(counters.published()).isEqualTo(1);
    }

    @Test
    void dropsTheNewestPlotWhenTheRingIsFullUnderDropNewest() {
        final RingBuffer<PlotSlot> ring = multiProducerRing(8);
        ring.addGatingSequences(new Sequence(-1L)); // a consumer that never moves
        final EngineCounters counters = new EngineCounters();
        final PlotPublisher publisher = new PlotPublisher(ring, counters, BackPressure.DROP_NEWEST);
        for (int i = 0; i < 8; i++) {
            publisher.claim().sensor(0).time(i).commit();
        }
        assertThat(publisher.claim()).isNull();
        assertThat(publisher.tick(100L)).isFalse();
        assertThat(counters.published()).isEqualTo(10);
        assertThat(counters.dropped()).isEqualTo(2);
    }

    @Test
    void tryClaimAnswersFullWithoutCountingADropUnderBlock() {
        final RingBuffer<PlotSlot> ring = multiProducerRing(4);
        ring.addGatingSequences(new Sequence(-1L));
        final EngineCounters counters = new EngineCounters();
        final PlotPublisher publisher = new PlotPublisher(ring, counters, BackPressure.BLOCK);
        for (int i = 0; i < 4; i++) {
            publisher.tryClaim().time(i).commit();
        }
        assertThat(publisher.tryClaim()).isNull();
        assertThat(counters.published()).isEqualTo(4);
        assertThat(counters.dropped()).isZero();
    }

    /** Checks, per producer, that tags arrive as 0, 1, 2 ... with none lost or repeated. */
    private static final class SequenceCheck implements com.lmax.disruptor.EventHandler<PlotSlot> {
        final long[] next;
        long received;
        long outOfOrder;

        SequenceCheck(final int producers) {
            next = new long[producers];
        }

        @Override
        public void onEvent(final PlotSlot slot, final long sequence, final boolean endOfBatch) {
            final int producer = slot.sensorIndex;
            if (slot.tag != next[producer]) {
                outOfOrder++;
            }
            next[producer] = slot.tag + 1;
            received++;
        }
    }

    @Test
    void loseNothingFromFourConcurrentProducers() throws InterruptedException {
        final int producers = 4;
        final int each = 250_000;
        final RingBuffer<PlotSlot> ring = multiProducerRing(1 << 12);
        final SequenceCheck check = new SequenceCheck(producers);
        final BatchEventProcessor<PlotSlot> consumer = new BatchEventProcessorBuilder().build(ring, ring.newBarrier(), check);
        ring.addGatingSequences(consumer.getSequence());
        final Thread consumerThread = new Thread(consumer, "consumer");
        consumerThread.start();
        final EngineCounters counters = new EngineCounters();
        ConcurrentProducers.run(producers, producer -> {
            final PlotPublisher publisher = new PlotPublisher(ring, counters, BackPressure.BLOCK);
            for (int i = 0; i < each; i++) {
                publisher.claim().sensor(producer).time(i).tag(i).commit();
            }
        });
        final long last = (long) producers * each - 1;
        while (consumer.getSequence().get() < last) {
            Thread.onSpinWait();
        }
        consumer.halt();
        consumerThread.join();
        assertThat(counters.published()).isEqualTo((long) producers * each);
        assertThat(check.received).isEqualTo((long) producers * each);
        assertThat(check.outOfOrder).isZero();
        for (int p = 0; p < producers; p++) {
            assertThat(check.next[p]).isEqualTo(each);
        }
    }

    @Test
    void publishingAllocatesNothing() throws InterruptedException {
        final RingBuffer<PlotSlot> ring = multiProducerRing(1 << 10);
        final BatchEventProcessor<PlotSlot> consumer = new BatchEventProcessorBuilder()
            .build(ring, ring.newBarrier(), (slot, sequence, endOfBatch) -> { });
        ring.addGatingSequences(consumer.getSequence());
        final Thread consumerThread = new Thread(consumer, "consumer");
        consumerThread.start();
        final PlotPublisher publisher = new PlotPublisher(ring, new EngineCounters(), BackPressure.BLOCK);
        final long[] t = {0};
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            t[0]++;
            publisher.claim().sensor(0).time(t[0]).scan(t[0], false).radar(1e6, 1.0, 0.3).rangeRate(-100.0).commit();
        }, 200_000, 1_000_000);
        consumer.halt();
        consumerThread.join();
        assertThat(bytes).isZero();
    }
}
