package io.vigil.fusion.testing;

import java.lang.management.ManagementFactory;

/**
 * Counts the bytes the current thread allocates while it runs a piece of code, through
 * {@code com.sun.management.ThreadMXBean}: the proof that a hot path allocates nothing.
 *
 * <p>It measures up to {@link #WINDOWS} windows of the given number of calls and reports the
 * quietest. With tiered compilation a window has been seen, rarely, to report about a
 * hundred bytes over 100,000 calls (a compiler transition inside the window, never with C1
 * or C2 alone); a real allocation of even one 16-byte object per call shows as 1.6 MB in
 * every window, so the quietest window still exposes it.
 */
public final class AllocationMeter {

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The most windows measured before giving up on a quiet one. */
    public static final int WINDOWS = 5;

    private AllocationMeter() {
    }

    /**
     * Runs {@code work} {@code warmUp} times (so that the JIT and class loading are done),
     * then {@code iterations} times while measuring, in up to {@link #WINDOWS} windows.
     *
     * @return bytes allocated by this thread during the quietest window of iterations
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
        long quietest = Long.MAX_VALUE;
        for (int window = 0; window < WINDOWS && quietest > 0; window++) {
            final long before = THREADS.getThreadAllocatedBytes(threadId);
            for (int i = 0; i < iterations; i++) {
                work.run();
            }
            quietest = Math.min(quietest, THREADS.getThreadAllocatedBytes(threadId) - before);
        }
        return quietest;
    }
}
