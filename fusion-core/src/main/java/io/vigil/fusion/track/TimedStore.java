package io.vigil.fusion.track;

/**
 * The bookkeeping of a fixed number of slots that hold timed plots for initiation
 * ({@link TwoPointInitiator}, {@link LineOfSightPairing}): which slots are occupied, each
 * plot's time, the newest time seen (a clock that never goes back), the expiry of plots older
 * than the retention behind it, and which slot a new plot takes: a free one, else the oldest
 * plot's, unless the new plot is older still. The plots' data stays in the owner's arrays,
 * indexed by slot. Preallocated; allocation-free. Fusion thread only.
 */
final class TimedStore {

    private final long[] times;
    private final boolean[] occupied;
    private final long retentionNanos;
    private int stored;
    private long clockNanos = Long.MIN_VALUE;
    private long evicted;
    private long expired;

    TimedStore(final int capacity, final long retentionNanos) {
        this.times = new long[capacity];
        this.occupied = new boolean[capacity];
        this.retentionNanos = retentionNanos;
    }

    boolean occupied(final int slot) {
        return occupied[slot];
    }

    long time(final int slot) {
        return times[slot];
    }

    /**
     * Advances the clock (never back) and forgets, counting them as expired, the plots older
     * than the retention behind it.
     */
    void expire(final long nowNanos) {
        if (clockNanos == Long.MIN_VALUE || nowNanos > clockNanos) {
            clockNanos = nowNanos;
        }
        for (int i = 0; i < times.length && stored > 0; i++) {
            if (occupied[i] && clockNanos - times[i] > retentionNanos) {
                occupied[i] = false;
                stored--;
                expired++;
            }
        }
    }

    /**
     * Takes a slot for a plot of a time: a free one, else the oldest plot's (counted as
     * evicted).
     *
     * @return the slot, now occupied with the time; -1 if the plot is not kept: older than the
     *     retention behind the clock (counted as expired), or the oldest of a full store
     *     (counted as evicted)
     */
    int claim(final long timeNanos) {
        if (clockNanos - timeNanos > retentionNanos) {
            expired++;
            return -1;
        }
        int slot = -1;
        for (int i = 0; i < times.length && slot < 0; i++) {
            if (!occupied[i]) {
                slot = i;
            }
        }
        if (slot < 0) {
            slot = 0;
            for (int i = 1; i < times.length; i++) {
                if (times[i] < times[slot]) {
                    slot = i;
                }
            }
            evicted++;
            if (timeNanos < times[slot]) {
                return -1; // the new plot is the oldest: it is the one evicted
            }
        } else {
            stored++;
        }
        times[slot] = timeNanos;
        occupied[slot] = true;
        return slot;
    }

    /** Frees a slot whose plot was used. */
    void release(final int slot) {
        occupied[slot] = false;
        stored--;
    }

    /** Forgets every plot (not counted as expired or evicted). */
    void clear() {
        java.util.Arrays.fill(occupied, false);
        stored = 0;
    }

    int stored() {
        return stored;
    }

    long evicted() {
        return evicted;
    }

    long expired() {
        return expired;
    }
}
