package io.vigil.fusion.testing;

import java.lang.management.ManagementFactory;

/**
 * Counts the bytes the current thread allocates while it runs a piece of code, through
 * {@code com.sun.management.ThreadMXBean}: the proof that a hot path allocates nothing.
 */
public final class AllocationMeter {

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationMeter() {
    }

    /**
     * Runs {@code work} {@code warmUp} times (so that the JIT and class loading are done),
     * then {@code iterations} times while measuring.
     *
     * @return bytes allocated by this thread during the measured iterations
     */
    public static long bytesAllocated(final Runnable work, final int warmUp, final int iterations) {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM cannot measure per-thread allocation");
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        final long threadId = Thread.currentThread().getId();
        final long before = THREADS.getThreadAllocatedBytes(threadId);
        for (int i = 0; i < iterations; i++) {
            work.run();
        }
        final long after = THREADS.getThreadAllocatedBytes(threadId);
        return after - before;
    }
}
