package io.vigil.fusion.track;

/**
 * M-of-N track confirmation and K-miss deletion for every track slot at once: a tentative
 * track is confirmed when at least M of its last N scans hit it, and any track is deleted
 * after K consecutive misses. The state is primitive arrays indexed by slot (a 64-bit window
 * of hits, the newest scan in bit 0), preallocated for the table's capacity, so the engine
 * keeps it without an object per track.
 *
 * <p>The classic sliding-window logic (Blackman and Popoli, "Design and Analysis of Modern
 * Tracking Systems", Artech House, 1999, which compares it with the score of
 * {@link TrackScore}). A "scan" is one opportunity to detect
 * the track: a scan of a sensor that covers it, whether or not a plot was assigned. The
 * plots a track is initiated from count as hits (one per plot, in consecutive scans). Unlike
 * the score of {@link TrackScore} it ignores how well the plots fit; it needs no densities.
 *
 * <p>A tentative track with a pattern that never gives M hits in N scans yet never misses K
 * times in a row (for example 3 of 4 with K = 3 and hits on every other scan) is neither
 * confirmed nor deleted here: the engine's tentative timeout bounds its life.
 * Fusion thread only; allocation-free.
 */
public final class MofN {

    private final long[] window;
    private final int[] misses;
    private final boolean[] live;
    private final boolean[] confirmed;
    private final int required;
    private final int scans;
    private final int maxMisses;
    private final long mask;

    /**
     * Creates the logic for every track slot.
     *
     * @param maxTracks the number of track slots, &gt;= 1
     * @param m M, the hits that confirm, 1 .. N
     * @param n N, the window of scans, 1 .. 64
     * @param k K, the consecutive misses that delete, &gt;= 1
     * @throws IllegalArgumentException if a value is out of range
     */
    public MofN(final int maxTracks, final int m, final int n, final int k) {
        if (maxTracks < 1) {
            throw new IllegalArgumentException("track slots must be >= 1, got " + maxTracks);
        }
        if (n < 1 || n > Long.SIZE || m < 1 || m > n || k < 1) {
            throw new IllegalArgumentException("need 1 <= M <= N <= 64 and K >= 1, got M = " + m + ", N = " + n
                + ", K = " + k);
        }
        this.window = new long[maxTracks];
        this.misses = new int[maxTracks];
        this.live = new boolean[maxTracks];
        this.confirmed = new boolean[maxTracks];
        this.required = m;
        this.scans = n;
        this.maxMisses = k;
        this.mask = n == Long.SIZE ? -1L : (1L << n) - 1L;
    }

    /**
     * Starts a new track in a slot.
     *
     * @param slot the track's slot
     * @param initialHits the plots it was initiated from, 1 .. N, counted as hits in that many
     *     consecutive scans
     * @return CONFIRM if they are already M, else TENTATIVE
     * @throws IllegalArgumentException if initialHits is out of range
     */
    public TrackVerdict start(final int slot, final int initialHits) {
        if (initialHits < 1 || initialHits > scans) {
            throw new IllegalArgumentException("initial hits must be 1 .. " + scans + ", got " + initialHits);
        }
        window[slot] = initialHits == Long.SIZE ? -1L : (1L << initialHits) - 1L;
        misses[slot] = 0;
        live[slot] = true;
        confirmed[slot] = false;
        return decide(slot);
    }

    /**
     * Records a scan that gave the track a plot.
     *
     * @param slot the track's slot, started and not deleted
     * @return CONFIRM, CONFIRMED or TENTATIVE
     * @throws IllegalStateException if the slot holds no started track
     */
    public TrackVerdict hit(final int slot) {
        requireLive(slot);
        window[slot] = (window[slot] << 1 | 1L) & mask;
        misses[slot] = 0;
        return decide(slot);
    }

    /**
     * Records a scan that should have seen the track but gave it no plot.
     *
     * @param slot the track's slot, started and not deleted
     * @return DELETE after K consecutive misses (the slot is released), else CONFIRMED or TENTATIVE
     * @throws IllegalStateException if the slot holds no started track
     */
    public TrackVerdict miss(final int slot) {
        requireLive(slot);
        window[slot] = window[slot] << 1 & mask;
        if (++misses[slot] >= maxMisses) {
            release(slot);
            return TrackVerdict.DELETE;
        }
        return confirmed[slot] ? TrackVerdict.CONFIRMED : TrackVerdict.TENTATIVE;
    }

    private TrackVerdict decide(final int slot) {
        if (confirmed[slot]) {
            return TrackVerdict.CONFIRMED;
        }
        if (Long.bitCount(window[slot]) >= required) {
            confirmed[slot] = true;
            return TrackVerdict.CONFIRM;
        }
        return TrackVerdict.TENTATIVE;
    }

    /**
     * Forgets a slot's state (the engine dropped the track for another reason).
     *
     * @param slot the slot
     */
    public void release(final int slot) {
        live[slot] = false;
        confirmed[slot] = false;
        window[slot] = 0L;
        misses[slot] = 0;
    }

    /**
     * Returns the hits among a track's last N scans.
     *
     * @param slot the slot
     * @return 0 .. N
     */
    public int hitsInWindow(final int slot) {
        return Long.bitCount(window[slot]);
    }

    /**
     * Returns a track's current run of misses.
     *
     * @param slot the slot
     * @return consecutive misses since its last hit
     */
    public int consecutiveMisses(final int slot) {
        return misses[slot];
    }

    /**
     * Returns whether a slot holds a started track.
     *
     * @param slot the slot
     * @return true between {@link #start} and deletion or {@link #release}
     */
    public boolean live(final int slot) {
        return live[slot];
    }

    /**
     * Returns whether a track has been confirmed.
     *
     * @param slot the slot
     * @return true once M of N scans hit it, until it is deleted or released
     */
    public boolean confirmed(final int slot) {
        return confirmed[slot];
    }

    /**
     * Returns M.
     *
     * @return the hits that confirm
     */
    public int m() {
        return required;
    }

    /**
     * Returns N.
     *
     * @return the window of scans
     */
    public int n() {
        return scans;
    }

    /**
     * Returns K.
     *
     * @return the consecutive misses that delete
     */
    public int k() {
        return maxMisses;
    }

    private void requireLive(final int slot) {
        if (!live[slot]) {
            throw new IllegalStateException("track slot " + slot + " holds no track: start() it first");
        }
    }
}
