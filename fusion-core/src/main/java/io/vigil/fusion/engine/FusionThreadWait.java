package io.vigil.fusion.engine;

/** How the fusion thread waits for plots (the Disruptor's wait strategies). */
public enum FusionThreadWait {
    /** Spin on a core: the lowest latency, a whole core burnt. */
    BUSY_SPIN,
    /** Spin, then yield the core: low latency on a machine with cores to spare. */
    YIELDING,
    /** Park on a lock and condition: the least CPU, microseconds more latency. */
    BLOCKING
}
