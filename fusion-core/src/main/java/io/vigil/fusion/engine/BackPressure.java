package io.vigil.fusion.engine;

/** What a publisher does when the ingest ring is full. */
public enum BackPressure {
    /** Wait (spinning, then yielding as the Disruptor does) until the fusion thread frees a slot. */
    BLOCK,
    /** Give up the newest plot: the claim answers null and the plot is counted as dropped. */
    DROP_NEWEST
}
