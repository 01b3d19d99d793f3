package io.vigil.fusion.engine;

/** How many threads publish plots into the ring. */
public enum Producers {
    /** Exactly one publishing thread (faster claims; publishing from two threads corrupts the ring). */
    SINGLE,
    /** Any number of publishing threads. */
    MULTI
}
