package io.vigil.fusion.association;

import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackTable;

/**
 * A spatial index over the live tracks, the pre-filter that keeps the coarse stage of
 * {@link NearestGateAssociator} from visiting every track for every plot. For a plot it
 * returns, in ascending slot order, exactly the tracks whose coarse test (the associator's
 * first stage, evaluated by the same code) the plot passes: the associator then gates them as
 * its linear scan would, with the same result bit for bit.
 *
 * <p><b>Structure.</b> A few levels of uniform grids over ECEF, cell edge {@code c 4^L} at
 * level L, whose cells are keys (level, ix, iy, iz) in one preallocated bucket table; each
 * track sits in one cell through intrusive links (int arrays over the track slots), so
 * placing, moving and removing a track are O(1) and allocate nothing. A copy of what the
 * coarse test reads (position, velocity, the two variance sums, the state time), with the
 * cell key, is kept per slot in one flat record, so a query touches one or two cache lines
 * per candidate and never the track objects.
 *
 * <p><b>Why nothing is missed.</b> Every track is indexed at its position extrapolated
 * linearly to the <em>epoch</em> T, the time of the last {@link #reindex}. A track whose
 * coarse radius may exceed what a query reaches is not put in a grid but in the <em>wide</em>
 * list, which every query scans linearly. With {@code H} the {@link #horizonNanos() horizon}
 * (the largest |plot time - T| a query may have), {@code D = |T - track time| + H} bounds
 * |dt| for every plot a query can see, so the track's own part of its coarse radius is at
 * most {@code 6 sqrt(P_pos + P_vel D^2) + 50 D^2}; the track goes to the lowest level whose
 * <em>reach</em> ({@code c 4^L / 4}) is at least that, or to the wide list if none is, or if
 * it is faster than {@link #maxSpeedMps()}, or anything it is made of is not finite or out of
 * the grid's range. A query at level L visits every cell that intersects the sphere of
 * radius {@code reach + 6 sqrt(plot variance) + maxSpeed |plot time - T|} around the plot
 * (plus a metre and a millionth, far above the rounding of any term), which by the triangle
 * inequality holds every track of that level that the coarse test can pass. A level whose
 * cells to visit outnumber its tracks is scanned linearly instead. A query that cannot be
 * bounded (plot farther than the horizon from T, a plot position or variance that is not
 * finite) returns {@link #NO_PREFILTER} and the caller scans every track.
 *
 * <p><b>Contract with the owner of the tracks.</b> Every change of a track's state,
 * covariance or time must be followed by {@link #place}, every drop by {@link #remove}; and
 * {@link #reindex} must be called often enough that plot times stay within the horizon of
 * the epoch (the engine does it at every maintenance pass). A track placed before the first
 * {@code reindex} goes to the wide list.
 *
 * <p>Deterministic: hash order never reaches the result, because candidates are sorted by
 * slot. Allocation-free after construction; not thread-safe (the fusion thread's).
 */
public final class SpatialTrackIndex {

    /** Default cell edge of the finest grid, m. */
    public static final double DEFAULT_CELL_M = 100_000.0;
    /** Default number of grid levels (cells of 100, 400 and 1,600 km with the default edge). */
    public static final int DEFAULT_LEVELS = 3;
    /** Default largest speed of a track kept in a grid, m/s (faster ones go to the wide list). */
    public static final double DEFAULT_MAX_SPEED_MPS = 8_000.0;
    /** The largest number of grid levels. */
    public static final int MAX_LEVELS = 7;
    /** Returned by {@link #query} when it cannot pre-filter: the caller must scan every track. */
    public static final int NO_PREFILTER = -1;

    /** A level's reach (the largest coarse radius of its tracks) as a fraction of its cell edge. */
    static final double REACH_PER_CELL = 0.25;
    /** Cell edge ratio between consecutive levels. */
    static final int LEVEL_RATIO = 4;

    private static final int COORDINATE_BITS = 20;
    private static final long COORDINATE_OFFSET = 1L << (COORDINATE_BITS - 1);
    private static final double MIN_CELL = -COORDINATE_OFFSET;
    private static final double MAX_CELL = COORDINATE_OFFSET - 1;
    private static final long NO_KEY = -1L;
    private static final double MARGIN_M = 1.0;
    private static final double MARGIN_RELATIVE = 1e-6;
    /** Tracks are placed only if |T - track time| is below this (far beyond any finite reach). */
    private static final long MAX_TIME_OFFSET_NANOS = 1L << 62;
    /** Per-slot record layout: the cell key, the state time, then the coarse test's inputs. */
    private static final int KEY = 0;
    private static final int TIME = 1;
    private static final int X = 2;
    private static final int POSITION_VARIANCE = 8;
    private static final int VELOCITY_VARIANCE = 9;
    private static final int STRIDE = 10;
    private static final int ABSENT = -1;
    private static final int INSERTION_SORT_MAX = 16;
    private static final long FIBONACCI = 0x9E3779B97F4A7C15L;

    private final int capacity;
    private final int levels;
    private final double[] cellM;
    private final double[] reachM;
    private final double maxSpeedMps;
    private final double maxSpeed2;
    private final long horizonNanos;
    private final double horizonSeconds;

    private final int[] heads;
    private final int bucketShift;
    private final int[] next;
    private final int[] prev;
    private final int[] levelOf;
    private final int[] memberIndex;
    /** Per level, then the wide list at index {@code levels}: the slots it holds, unordered. */
    private final int[][] members;
    private final int[] memberCount;
    /**
     * Per slot, {@link #STRIDE} longs side by side (one or two cache lines per candidate): the
     * cell key, the state time, and as raw double bits x, y, z, vx, vy, vz and the position and
     * velocity variance sums.
     */
    private final long[] record;
    private final long[] sortBits;
    private int size;
    private long epochNanos;
    private boolean epochSet;
    /** Output of {@link #choose}: the level and cell key a slot belongs in. */
    private int chosenLevel;
    private long chosenKey;

    /**
     * Creates an index with the default cells, levels and speed bound.
     *
     * @param capacity the number of track slots (the track table's capacity)
     * @param horizonNanos the largest |plot time - epoch| a query will have, nanoseconds
     */
    public SpatialTrackIndex(final int capacity, final long horizonNanos) {
        this(capacity, horizonNanos, DEFAULT_CELL_M, DEFAULT_LEVELS, DEFAULT_MAX_SPEED_MPS);
    }

    /**
     * Creates an index.
     *
     * @param capacity the number of track slots (the track table's capacity)
     * @param horizonNanos the largest |plot time - epoch| a query will have, nanoseconds; a
     *     query beyond it returns {@link #NO_PREFILTER}
     * @param cellM the cell edge of the finest grid, m
     * @param levels the number of grid levels, 1 to {@link #MAX_LEVELS}; level L has cells of
     *     {@code cellM 4^L}
     * @param maxSpeedMps the largest speed of a track kept in a grid, m/s
     * @throws IllegalArgumentException if an argument is out of range
     */
    public SpatialTrackIndex(final int capacity, final long horizonNanos, final double cellM, final int levels,
        final double maxSpeedMps) {
        require(capacity >= 1 && capacity <= 1 << 28, "capacity must be in [1, 2^28], got " + capacity);
        require(horizonNanos >= 0, "horizon must be >= 0 ns, got " + horizonNanos);
        require(cellM > 0.0 && Double.isFinite(cellM), "cell edge must be finite and > 0 m, got " + cellM);
        require(levels >= 1 && levels <= MAX_LEVELS, "levels must be in [1, " + MAX_LEVELS + "], got " + levels);
        require(maxSpeedMps >= 0.0 && Double.isFinite(maxSpeedMps), "maximum speed must be finite and >= 0 m/s, got "
            + maxSpeedMps);
        this.capacity = capacity;
        this.levels = levels;
        this.cellM = new double[levels];
        this.reachM = new double[levels];
        double edge = cellM;
        for (int l = 0; l < levels; l++) {
            this.cellM[l] = edge;
            this.reachM[l] = REACH_PER_CELL * edge;
            edge *= LEVEL_RATIO;
        }
        require(Double.isFinite(this.cellM[levels - 1]), "cell edge of the top level is not finite");
        this.maxSpeedMps = maxSpeedMps;
        this.maxSpeed2 = maxSpeedMps * maxSpeedMps;
        this.horizonNanos = horizonNanos;
        this.horizonSeconds = horizonNanos * 1e-9;
        final int buckets = Math.max(16, Integer.highestOneBit(2 * capacity - 1) << 1);
        this.heads = new int[buckets];
        java.util.Arrays.fill(heads, ABSENT);
        this.bucketShift = 64 - Integer.numberOfTrailingZeros(buckets);
        this.next = new int[capacity];
        this.prev = new int[capacity];
        this.levelOf = new int[capacity];
        java.util.Arrays.fill(levelOf, ABSENT);
        this.memberIndex = new int[capacity];
        this.members = new int[levels + 1][capacity];
        this.memberCount = new int[levels + 1];
        this.record = new long[capacity * STRIDE];
        this.sortBits = new long[(capacity + 63) >>> 6];
    }

    private static void require(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Returns the number of track slots the index can hold.
     *
     * @return slots 0 .. capacity - 1
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Returns the number of grid levels.
     *
     * @return levels; {@link #levelOf} returns this number for a track in the wide list
     */
    public int levels() {
        return levels;
    }

    /**
     * Returns the cell edge of a grid level.
     *
     * @param level 0 .. levels - 1
     * @return the cell edge, m
     */
    public double cellM(final int level) {
        return cellM[level];
    }

    /**
     * Returns the reach of a grid level: the largest coarse radius (its track part, over every
     * plot time within the horizon) of a track the level holds.
     *
     * @param level 0 .. levels - 1
     * @return the reach, m (a quarter of the cell edge)
     */
    public double reachM(final int level) {
        return reachM[level];
    }

    /**
     * Returns the largest speed of a track kept in a grid.
     *
     * @return m/s
     */
    public double maxSpeedMps() {
        return maxSpeedMps;
    }

    /**
     * Returns the horizon: the largest |plot time - epoch| a query pre-filters.
     *
     * @return nanoseconds
     */
    public long horizonNanos() {
        return horizonNanos;
    }

    /**
     * Returns the epoch, the time every track's indexed position is extrapolated to.
     *
     * @return nanoseconds since the Unix epoch, or Long.MIN_VALUE before the first {@link #reindex}
     */
    public long epochNanos() {
        return epochSet ? epochNanos : Long.MIN_VALUE;
    }

    /**
     * Returns the number of tracks in the index.
     *
     * @return tracks placed and not removed
     */
    public int size() {
        return size;
    }

    /**
     * Returns the number of tracks in the wide list.
     *
     * @return tracks every query scans
     */
    public int wideCount() {
        return memberCount[levels];
    }

    /**
     * Returns where a slot's track is indexed.
     *
     * @param slot the track slot
     * @return the grid level, {@link #levels()} for the wide list, or -1 if the slot is not indexed
     */
    public int levelOf(final int slot) {
        return levelOf[slot];
    }

    /**
     * Places a track, or moves it if it is already indexed: to be called whenever its state,
     * covariance or time changes (creation, update). A dropped track is removed.
     *
     * @param track the track; its slot must be below {@link #capacity()}
     * @throws IllegalArgumentException if the slot is beyond the capacity
     */
    public void place(final Track track) {
        final int slot = track.slot();
        if (slot >= capacity) {
            throw new IllegalArgumentException("track slot " + slot + " is beyond the index capacity " + capacity);
        }
        if (!track.alive()) {
            remove(slot);
            return;
        }
        final int n = track.dimension();
        final double[] x = track.state();
        final double[] p = track.covariance();
        final int r = slot * STRIDE;
        for (int i = 0; i < 6; i++) {
            record[r + X + i] = Double.doubleToRawLongBits(x[i]);
        }
        record[r + POSITION_VARIANCE] = Double.doubleToRawLongBits(CoarseGate.positionVariance(p, n));
        record[r + VELOCITY_VARIANCE] = Double.doubleToRawLongBits(CoarseGate.velocityVariance(p, n));
        record[r + TIME] = track.timeNanos();
        relocate(slot);
    }

    /**
     * Removes a track (dropped); nothing happens if it is not indexed.
     *
     * @param track the track
     */
    public void remove(final Track track) {
        remove(track.slot());
    }

    private void remove(final int slot) {
        if (slot < capacity && levelOf[slot] != ABSENT) {
            unlink(slot);
            size--;
        }
    }

    /**
     * Moves the epoch to a new time and places every live track of a table again (removing
     * slots whose track is no longer alive). To be called at least as often as plot times
     * move by the horizon.
     *
     * @param tracks the tracks
     * @param nowNanos the new epoch, nanoseconds since the Unix epoch (the engine's clock)
     */
    public void reindex(final TrackTable tracks, final long nowNanos) {
        epochNanos = nowNanos;
        epochSet = true;
        final int limit = tracks.limit();
        for (int slot = 0; slot < limit; slot++) {
            final Track track = tracks.slot(slot);
            if (track.alive()) {
                place(track);
            } else {
                remove(slot);
            }
        }
    }

    /**
     * Finds the tracks whose coarse test a plot passes.
     *
     * @param plotPosition the plot's ECEF x, y, z (m) and the trace of its position covariance (m^2)
     * @param plotTimeNanos the plot's time, nanoseconds since the Unix epoch
     * @param out receives the slots in ascending order; at least {@link #size()} long
     * @return the number of slots written, or {@link #NO_PREFILTER} if the caller must scan
     *     every track (a plot position or variance that is not finite, a plot time beyond the
     *     horizon)
     * @throws IllegalArgumentException if {@code out} is shorter than {@link #size()}
     */
    public int query(final double[] plotPosition, final long plotTimeNanos, final int[] out) {
        if (out.length < size) {
            throw new IllegalArgumentException("output array of " + out.length + " for " + size + " tracks");
        }
        final double px = plotPosition[0];
        final double py = plotPosition[1];
        final double pz = plotPosition[2];
        final double plotVariance = plotPosition[3];
        if (!(Double.isFinite(px) && Double.isFinite(py) && Double.isFinite(pz) && plotVariance <= Double.MAX_VALUE)) {
            return NO_PREFILTER;
        }
        int count = scan(levels, plotPosition, plotTimeNanos, out, 0);
        if (size > memberCount[levels]) {
            final long offset = plotTimeNanos - epochNanos;
            if (((plotTimeNanos ^ epochNanos) & (plotTimeNanos ^ offset)) < 0L
                || offset > horizonNanos || offset < -horizonNanos) {
                return NO_PREFILTER;
            }
            final double drift = maxSpeedMps * Math.abs(offset * 1e-9);
            final double plotReach = plotVariance > 0.0 ? CoarseGate.SIGMAS * Math.sqrt(plotVariance) : 0.0;
            for (int l = 0; l < levels; l++) {
                if (memberCount[l] > 0) {
                    double radius = reachM[l] + plotReach + drift;
                    radius += MARGIN_M + MARGIN_RELATIVE * radius;
                    count = search(l, radius, plotPosition, plotTimeNanos, out, count);
                }
            }
        }
        sort(out, count);
        return count;
    }

    /** Collects the level's tracks in the cells the sphere touches, or all of them if fewer. */
    private int search(final int l, final double radius, final double[] plotPosition, final long plotTimeNanos,
        final int[] out, final int start) {
        final double edge = cellM[l];
        final double px = plotPosition[0];
        final double py = plotPosition[1];
        final double pz = plotPosition[2];
        final double x0 = Math.max(MIN_CELL, Math.floor((px - radius) / edge));
        final double x1 = Math.min(MAX_CELL, Math.floor((px + radius) / edge));
        final double y0 = Math.max(MIN_CELL, Math.floor((py - radius) / edge));
        final double y1 = Math.min(MAX_CELL, Math.floor((py + radius) / edge));
        final double z0 = Math.max(MIN_CELL, Math.floor((pz - radius) / edge));
        final double z1 = Math.min(MAX_CELL, Math.floor((pz + radius) / edge));
        if (x0 > x1 || y0 > y1 || z0 > z1) {
            return start;
        }
        final double cells = (x1 - x0 + 1.0) * (y1 - y0 + 1.0) * (z1 - z0 + 1.0);
        if (cells >= memberCount[l]) {
            return scan(l, plotPosition, plotTimeNanos, out, start);
        }
        int count = start;
        final double radius2 = radius * radius;
        final long levelBits = (long) l << (3 * COORDINATE_BITS);
        for (long ix = (long) x0; ix <= (long) x1; ix++) {
            final double dx = gap(px, ix * edge, edge);
            final double dx2 = dx * dx;
            if (dx2 > radius2) {
                continue;
            }
            final long xBits = levelBits | (ix + COORDINATE_OFFSET) << (2 * COORDINATE_BITS);
            for (long iy = (long) y0; iy <= (long) y1; iy++) {
                final double dy = gap(py, iy * edge, edge);
                final double dxy2 = dx2 + dy * dy;
                if (dxy2 > radius2) {
                    continue;
                }
                final long xyBits = xBits | (iy + COORDINATE_OFFSET) << COORDINATE_BITS;
                for (long iz = (long) z0; iz <= (long) z1; iz++) {
                    final double dz = gap(pz, iz * edge, edge);
                    if (dxy2 + dz * dz > radius2) {
                        continue;
                    }
                    final long key = xyBits | (iz + COORDINATE_OFFSET);
                    for (int s = heads[bucket(key)]; s != ABSENT; s = next[s]) {
                        if (record[s * STRIDE + KEY] == key && near(s, plotPosition, plotTimeNanos)) {
                            out[count++] = s;
                        }
                    }
                }
            }
        }
        return count;
    }

    /** Distance from a coordinate to the interval [low, low + edge], 0 inside. */
    private static double gap(final double p, final double low, final double edge) {
        if (p < low) {
            return low - p;
        }
        final double high = low + edge;
        return p > high ? p - high : 0.0;
    }

    /** Collects the tracks of one level (or the wide list) that the coarse test passes. */
    private int scan(final int l, final double[] plotPosition, final long plotTimeNanos, final int[] out,
        final int start) {
        int count = start;
        final int[] list = members[l];
        final int m = memberCount[l];
        for (int i = 0; i < m; i++) {
            final int s = list[i];
            if (near(s, plotPosition, plotTimeNanos)) {
                out[count++] = s;
            }
        }
        return count;
    }

    /** The coarse test on the slot's copy, exactly as the associator evaluates it on the track. */
    private boolean near(final int slot, final double[] plotPosition, final long plotTimeNanos) {
        final int r = slot * STRIDE;
        final long[] k = record;
        final double dt = (plotTimeNanos - k[r + TIME]) * 1e-9;
        return CoarseGate.near(real(k[r + X]), real(k[r + X + 1]), real(k[r + X + 2]), real(k[r + X + 3]),
            real(k[r + X + 4]), real(k[r + X + 5]), real(k[r + POSITION_VARIANCE]), real(k[r + VELOCITY_VARIANCE]),
            plotPosition, dt);
    }

    /**
     * A double stored as its raw bits. Bit for bit except, perhaps, a NaN's payload, which no
     * comparison can tell from another NaN.
     */
    private static double real(final long bits) {
        return Double.longBitsToDouble(bits);
    }

    /** Moves the slot to the level and cell its copy and the epoch give. */
    private void relocate(final int slot) {
        choose(slot);
        final int oldLevel = levelOf[slot];
        if (oldLevel == chosenLevel && record[slot * STRIDE + KEY] == chosenKey) {
            return;
        }
        if (oldLevel == ABSENT) {
            size++;
        } else {
            unlink(slot);
        }
        link(slot, chosenLevel, chosenKey);
    }

    /** Sets chosenLevel and chosenKey for the slot's copy at the epoch (the wide list: NO_KEY). */
    private void choose(final int slot) {
        chosenLevel = levels;
        chosenKey = NO_KEY;
        if (!epochSet) {
            return;
        }
        final int r = slot * STRIDE;
        final long time = record[r + TIME];
        final long offset = epochNanos - time;
        if (((epochNanos ^ time) & (epochNanos ^ offset)) < 0L || offset > MAX_TIME_OFFSET_NANOS
            || offset < -MAX_TIME_OFFSET_NANOS) {
            return;
        }
        final double vx = real(record[r + X + 3]);
        final double vy = real(record[r + X + 4]);
        final double vz = real(record[r + X + 5]);
        final double positionVariance = real(record[r + POSITION_VARIANCE]);
        final double velocityVariance = real(record[r + VELOCITY_VARIANCE]);
        if (!(vx * vx + vy * vy + vz * vz <= maxSpeed2 && positionVariance >= 0.0 && velocityVariance >= 0.0)) {
            return;
        }
        final double tau = offset * 1e-9;
        final double span = Math.abs(tau) + horizonSeconds;
        final double reach = CoarseGate.SIGMAS * Math.sqrt(positionVariance + velocityVariance * span * span)
            + 0.5 * CoarseGate.UNMODELLED_ACCELERATION * span * span;
        int l = 0;
        while (l < levels && !(reach <= reachM[l])) {
            l++;
        }
        if (l < levels) {
            final long key = key(l, real(record[r + X]) + vx * tau, real(record[r + X + 1]) + vy * tau,
                real(record[r + X + 2]) + vz * tau);
            if (key != NO_KEY) {
                chosenLevel = l;
                chosenKey = key;
            }
        }
    }

    /**
     * Returns whether a track is indexed as it is now: placed, with the state, variances and
     * time it has, in the cell the current epoch gives. A check for owners and tests; O(1).
     *
     * @param track the track
     * @return true if the track is alive and current in the index
     */
    public boolean isCurrent(final Track track) {
        final int slot = track.slot();
        if (slot >= capacity || !track.alive() || levelOf[slot] == ABSENT) {
            return false;
        }
        final double[] x = track.state();
        final double[] p = track.covariance();
        final int n = track.dimension();
        final int r = slot * STRIDE;
        for (int i = 0; i < 6; i++) {
            if (record[r + X + i] != Double.doubleToRawLongBits(x[i])) {
                return false;
            }
        }
        if (record[r + TIME] != track.timeNanos()
            || record[r + POSITION_VARIANCE] != Double.doubleToRawLongBits(CoarseGate.positionVariance(p, n))
            || record[r + VELOCITY_VARIANCE] != Double.doubleToRawLongBits(CoarseGate.velocityVariance(p, n))) {
            return false;
        }
        choose(slot);
        return levelOf[slot] == chosenLevel && record[r + KEY] == chosenKey;
    }

    /** The cell key of a position at a level, or NO_KEY outside the grid's range. */
    private long key(final int l, final double x, final double y, final double z) {
        final double edge = cellM[l];
        final double ix = Math.floor(x / edge);
        final double iy = Math.floor(y / edge);
        final double iz = Math.floor(z / edge);
        if (!(ix >= MIN_CELL && ix <= MAX_CELL && iy >= MIN_CELL && iy <= MAX_CELL && iz >= MIN_CELL
            && iz <= MAX_CELL)) {
            return NO_KEY;
        }
        return (long) l << (3 * COORDINATE_BITS) | ((long) ix + COORDINATE_OFFSET) << (2 * COORDINATE_BITS)
            | ((long) iy + COORDINATE_OFFSET) << COORDINATE_BITS | ((long) iz + COORDINATE_OFFSET);
    }

    private int bucket(final long key) {
        return (int) ((key * FIBONACCI) >>> bucketShift);
    }

    private void link(final int slot, final int l, final long key) {
        levelOf[slot] = l;
        memberIndex[slot] = memberCount[l];
        members[l][memberCount[l]++] = slot;
        record[slot * STRIDE + KEY] = key;
        if (l < levels) {
            final int b = bucket(key);
            final int head = heads[b];
            next[slot] = head;
            prev[slot] = ABSENT;
            if (head != ABSENT) {
                prev[head] = slot;
            }
            heads[b] = slot;
        }
    }

    private void unlink(final int slot) {
        final int l = levelOf[slot];
        final int index = memberIndex[slot];
        final int last = members[l][--memberCount[l]];
        members[l][index] = last;
        memberIndex[last] = index;
        if (l < levels) {
            final int before = prev[slot];
            final int after = next[slot];
            if (before != ABSENT) {
                next[before] = after;
            } else {
                heads[bucket(record[slot * STRIDE + KEY])] = after;
            }
            if (after != ABSENT) {
                prev[after] = before;
            }
        }
        levelOf[slot] = ABSENT;
    }

    /** Sorts slots ascending: insertion sort when few, else through a bitset over the slots. */
    private void sort(final int[] slots, final int count) {
        if (count <= INSERTION_SORT_MAX) {
            for (int i = 1; i < count; i++) {
                final int s = slots[i];
                int j = i - 1;
                while (j >= 0 && slots[j] > s) {
                    slots[j + 1] = slots[j];
                    j--;
                }
                slots[j + 1] = s;
            }
            return;
        }
        int low = Integer.MAX_VALUE;
        int high = 0;
        for (int i = 0; i < count; i++) {
            final int s = slots[i];
            sortBits[s >>> 6] |= 1L << s;
            low = Math.min(low, s);
            high = Math.max(high, s);
        }
        int k = 0;
        for (int w = low >>> 6; w <= high >>> 6; w++) {
            long bits = sortBits[w];
            sortBits[w] = 0L;
            while (bits != 0L) {
                slots[k++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
    }
}
