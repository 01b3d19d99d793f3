package io.vigil.fusion.track;

/**
 * Deletion after K consecutive missed scans, decided in plot time rather than in arrival
 * order, for every track slot: a track is to be deleted when K scans later than its last hit
 * missed it, and the decision is final only once no late plot could still break the run.
 *
 * <p>Why times: plots of different sensors arrive with different link latencies. Counting
 * misses in arrival order, a sensor without latency could miss a track K times before the
 * hits of a slower sensor, made in between, arrive; time order would have broken the run
 * with them. Here a miss is kept with its scan time, a hit (in order or late) moves the
 * track's last hit time forward and discards the misses before it, and the run is the misses
 * after the last hit. The K-th of them at time m_K makes deletion final once the engine's
 * clock is past m_K plus the out-of-sequence bound: any plot still to come is at most that
 * bound old, so it is later than m_K and cannot break the run. With a bound of 0 the decision
 * is immediate, as in {@link MofN}.
 *
 * <p>Primitive arrays per slot, preallocated; allocation-free. Fusion thread only.
 */
public final class MissedScans {

    /**
     * Misses kept per track beyond K: a late hit can discard the earliest misses of a run, and
     * the ones after them must still be there to count. Sixteen is more missed scans than the
     * sensors of a raid make in an out-of-sequence bound; a track with more misses after its
     * last hit has long been deleted.
     */
    private static final int SLACK = 16;

    private final int maxMisses;
    private final int capacity;
    /** Per slot, the times of up to K + SLACK misses after the last hit, ascending. */
    private final long[] missTimes;
    private final int[] misses;
    private final long[] lastHit;

    /**
     * Creates the record for every track slot.
     *
     * @param maxTracks the number of track slots, &gt;= 1
     * @param k K, the consecutive missed scans that delete, &gt;= 1
     * @throws IllegalArgumentException if a value is out of range
     */
    public MissedScans(final int maxTracks, final int k) {
        if (maxTracks < 1 || k < 1) {
            throw new IllegalArgumentException("need at least 1 track slot and K >= 1, got " + maxTracks + " and " + k);
        }
        this.maxMisses = k;
        this.capacity = k + SLACK;
        this.missTimes = new long[maxTracks * capacity];
        this.misses = new int[maxTracks];
        this.lastHit = new long[maxTracks];
    }

    /**
     * Starts a new track in a slot.
     *
     * @param slot the slot
     * @param timeNanos the time of its latest initiating plot
     */
    public void start(final int slot, final long timeNanos) {
        misses[slot] = 0;
        lastHit[slot] = timeNanos;
    }

    /**
     * Records a hit, in order or late: misses before it no longer count.
     *
     * @param slot the track's slot
     * @param timeNanos the plot's time
     */
    public void hit(final int slot, final long timeNanos) {
        if (timeNanos <= lastHit[slot]) {
            return;
        }
        lastHit[slot] = timeNanos;
        final int base = slot * capacity;
        int kept = 0;
        for (int i = 0; i < misses[slot]; i++) {
            if (missTimes[base + i] > timeNanos) {
                missTimes[base + kept++] = missTimes[base + i];
            }
        }
        misses[slot] = kept;
    }

    /**
     * Records a scan that should have seen the track but did not hit it.
     *
     * @param slot the track's slot
     * @param scanTimeNanos the scan's time (its plots' time)
     */
    public void miss(final int slot, final long scanTimeNanos) {
        if (scanTimeNanos <= lastHit[slot]) {
            return; // a scan older than the track's last hit does not extend the run
        }
        final int base = slot * capacity;
        int i = misses[slot];
        if (i == capacity) {
            if (scanTimeNanos >= missTimes[base + i - 1]) {
                return; // the run's earliest misses are what decide
            }
            i--;
        } else {
            misses[slot]++;
        }
        while (i > 0 && missTimes[base + i - 1] > scanTimeNanos) {
            missTimes[base + i] = missTimes[base + i - 1];
            i--;
        }
        missTimes[base + i] = scanTimeNanos;
    }

    /**
     * Returns whether a track's deletion is final: K misses after its last hit, the K-th of
     * them at least the out-of-sequence bound before the clock.
     *
     * @param slot the track's slot
     * @param clockNanos the engine's clock
     * @param outOfSequenceNanos how old a plot may arrive, &gt;= 0
     * @return true if the track is to be dropped now
     */
    public boolean deleted(final int slot, final long clockNanos, final long outOfSequenceNanos) {
        return misses[slot] >= maxMisses
            && clockNanos - missTimes[slot * capacity + maxMisses - 1] >= outOfSequenceNanos;
    }

    /**
     * Returns the misses after a track's last hit, at most K.
     *
     * @param slot the slot
     * @return the run of misses
     */
    public int run(final int slot) {
        return Math.min(misses[slot], maxMisses);
    }
}
