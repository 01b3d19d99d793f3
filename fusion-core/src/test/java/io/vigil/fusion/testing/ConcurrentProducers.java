package io.vigil.fusion.testing;

import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;

/** Runs the same work on several threads released together, and waits for all of them. */
public final class ConcurrentProducers {

    private ConcurrentProducers() {
    }

    /**
     * Starts {@code producers} threads that wait on one latch, releases them at once, and joins them.
     *
     * @param producers number of threads
     * @param work what each thread does, given its index 0 .. producers - 1
     * @throws InterruptedException if interrupted while joining
     */
    public static void run(final int producers, final IntConsumer work) throws InterruptedException {
        final CountDownLatch start = new CountDownLatch(1);
        final Thread[] threads = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            final int producer = p;
            threads[p] = new Thread(() -> {
                try {
                    start.await();
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                work.accept(producer);
            }, "producer-" + p);
            threads[p].start();
        }
        start.countDown();
        for (final Thread thread : threads) {
            thread.join();
        }
    }
}
