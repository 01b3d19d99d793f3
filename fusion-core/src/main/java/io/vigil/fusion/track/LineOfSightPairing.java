package io.vigil.fusion.track;

import io.vigil.fusion.math.ChiSquare;

/**
 * Boost-phase initiation from space-based infrared sensors: the unassociated line-of-sight
 * plots of the last moments are kept, and a new one that triangulates with stored plots of
 * other sensors gives a position plot with a covariance ({@link #position()},
 * {@link #positionCovariance()}, {@link #timeNanos()}), fit to be offered to
 * {@link TwoPointInitiator} like a radar plot. One line of sight never gives a position, so a
 * line-of-sight plot never starts anything on its own.
 *
 * <p><b>Store.</b> Up to {@code capacity} plots (sensor ECEF position, unit line of sight,
 * sigma, time, sensor, the host's tag) in preallocated arrays. A plot older than the
 * retention (default 5 s) behind the newest time seen is expired; when the store is full the
 * oldest plot, the new one included, is evicted. The retention is longer than the
 * coincidence window (0.2 s) because plots arrive in link order, not time order: two
 * satellites' plots of one instant can arrive seconds apart, and the earlier one must still
 * be there when the later arrives. 5 s is the engine's out-of-sequence bound, the lateness
 * it accepts of any plot.
 *
 * <p><b>Triangulation.</b> {@link #offer} triangulates the new plot, as ray 1 and with its
 * own time as the reference time, with stored plots that are of another sensor (two plots of
 * one sensor are two objects, or one object in two frames, never a baseline) and within the
 * coincidence window of it, using the {@link LineOfSightTriangulation} it was given (window,
 * time-offset inflation, geometry and residual gate are that class's). It takes
 * <ol>
 *   <li>the best pair: among the stored plots j that triangulate with the new one, the one
 *       of least J = chi2 + ln V, V = sum_i sigma_i'^2 r_i^2 (m^2): chi2 alone would favour
 *       the partner furthest in time, whose inflated sigma shrinks it, so the choice is by
 *       the likelihood N(m; 0, V) of the miss distance m of the two rays, which for rays of
 *       different objects is about uniform whatever the geometry (the same reasoning as
 *       {@link TwoPointInitiator}'s choice of partner). Ties go to the closer in time, then
 *       the lower store index;</li>
 *   <li>then, while the solve has room ({@code maxRays}), one more stored plot of a sensor
 *       not yet used: each candidate is triangulated with the set, and the one of least
 *       J = chi2 + ln det A + 2 ln sigma_c'^2 (the innovation likelihood of the candidate's
 *       two angles given the set's point: by the determinant lemma these differ from
 *       NIS + ln det S of its 2 x 2 innovation covariance by a constant of the set) is
 *       added if the set with it passes every test of the triangulation and the increase of
 *       chi2 (the candidate's NIS) passes the residual gate for 2 degrees of freedom, so
 *       that one inconsistent ray is not diluted by the others' degrees of freedom.</li>
 * </ol>
 * This greedy growth uses every mutually consistent sensor without trying every subset. It
 * matters when stored plots of two sensors could not triangulate alone (too parallel); in
 * arrival order, two consistent plots triangulate as soon as the second arrives, and a
 * third sensor's plot of the same instant arriving after them finds them consumed.
 *
 * <p><b>On success</b> the point, covariance and chi2 are the final set's, the time is the
 * new plot's, the used stored plots are removed (so that they start nothing else) and
 * reported ({@link #partnerSensor}, {@link #partnerTag}, {@link #partnerTimeNanos}), and the
 * new plot is not stored. Other stored plots of the same object (another frame of a used
 * sensor, a third sensor arriving late) stay and may triangulate again; the points they give
 * are other position plots of the same object, for the host's association to absorb.
 *
 * <p><b>Plots that never triangulate</b> (a single sensor sees the object, the geometry stays
 * too narrow, clutter) start nothing: they wait in the store until they expire
 * ({@link #expiredCount()}: dropped by the retention, or already too old on arrival) or are
 * evicted by a full store ({@link #evictedCount()}). The counters let a host see how much
 * of its line-of-sight feed never became a position.
 *
 * <p>Fusion thread only; allocation-free after construction.
 */
public final class LineOfSightPairing {

    /** Default retention: plots older than this behind the newest are forgotten, 5 s. */
    public static final long DEFAULT_RETENTION_NANOS = 5_000_000_000L;
    /**
     * Default most rays of one point, 4: more satellites than that rarely see one launch at
     * once, and each extra ray costs a solve per candidate for a gain of sqrt(K / (K + 1))
     * in sigma.
     */
    public static final int DEFAULT_MAX_RAYS = 4;

    private final int capacity;
    private final long retentionNanos;
    private final long windowNanos;
    private final LineOfSightTriangulation triangulation;
    private final double increaseGate;

    private final double[] origins;
    private final double[] directions;
    private final double[] sigmas;
    private final TimedStore store;
    private final int[] sensors;
    private final long[] tags;

    private final double[] rayOrigin = new double[3];
    private final double[] rayDirection = new double[3];
    /** Store indices of the stored plots in the current set. */
    private final int[] set;
    private int setSize;

    private final double[] position = new double[3];
    private final double[] positionCovariance = new double[9];
    private long estimateNanos;
    private double chiSquare = Double.NaN;
    private int rays;
    private final int[] partnerSensors;
    private final long[] partnerTags;
    private final long[] partnerTimes;

    /**
     * Creates a store with the default retention and a triangulation of up to
     * {@link #DEFAULT_MAX_RAYS} rays with its defaults.
     *
     * @param capacity the most plots stored, &gt;= 1
     */
    public LineOfSightPairing(final int capacity) {
        this(capacity, DEFAULT_RETENTION_NANOS, new LineOfSightTriangulation(DEFAULT_MAX_RAYS));
    }

    /**
     * Creates a store.
     *
     * @param capacity the most plots stored, &gt;= 1
     * @param retentionNanos how long a plot is kept behind the newest time seen,
     *     nanoseconds, &gt;= the triangulation's coincidence window
     * @param triangulation a triangulation of its own (not shared: it is workspace), whose
     *     window, inflation, geometry bound, gate and ray count apply
     * @throws IllegalArgumentException if a value is out of range
     */
    public LineOfSightPairing(final int capacity, final long retentionNanos,
        final LineOfSightTriangulation triangulation) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        if (triangulation == null) {
            throw new IllegalArgumentException("a triangulation is required");
        }
        if (retentionNanos < triangulation.windowNanos()) {
            throw new IllegalArgumentException("retention must be >= the coincidence window, got " + retentionNanos
                + " ns and " + triangulation.windowNanos() + " ns");
        }
        this.capacity = capacity;
        this.retentionNanos = retentionNanos;
        this.windowNanos = triangulation.windowNanos();
        this.triangulation = triangulation;
        this.increaseGate = ChiSquare.quantile(triangulation.gateProbability(), 2.0);
        this.origins = new double[3 * capacity];
        this.directions = new double[3 * capacity];
        this.sigmas = new double[capacity];
        this.store = new TimedStore(capacity, retentionNanos);
        this.sensors = new int[capacity];
        this.tags = new long[capacity];
        final int partners = triangulation.maxRays() - 1;
        this.set = new int[partners];
        this.partnerSensors = new int[partners];
        this.partnerTags = new long[partners];
        this.partnerTimes = new long[partners];
    }

    /**
     * Offers an unassociated line-of-sight plot: triangulates it with stored plots of other
     * sensors and produces a point ({@link #position()}, {@link #positionCovariance()},
     * {@link #timeNanos()}, the partners' details), or stores it.
     *
     * @param sensorPosition the sensor's ECEF position at the plot's time, m (elements 0..2)
     * @param lineOfSight the measured ECEF unit vector from the sensor toward the target
     *     (elements 0..2, renormalised)
     * @param sigmaRad the angular sigma per axis, radians
     * @param timeNanos the plot's time, nanoseconds since the Unix epoch
     * @param sensorIndex the engine's index of the plot's sensor
     * @param tag the host's tag of the plot
     * @return true if the plot triangulated (the partners are removed, the plot is not
     *     stored); false if it was stored instead (or dropped: older than the retention behind
     *     the newest time seen, or the oldest plot of a full store)
     * @throws IllegalArgumentException if a value is not finite, the line of sight is not a
     *     unit vector or sigma is not positive
     */
    public boolean offer(final double[] sensorPosition, final double[] lineOfSight, final double sigmaRad,
        final long timeNanos, final int sensorIndex, final long tag) {
        LineOfSightTriangulation.checkRay(sensorPosition, lineOfSight, sigmaRad);
        expire(timeNanos);

        // The best pair.
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        long bestSeparation = Long.MAX_VALUE;
        setSize = 0;
        for (int i = 0; i < capacity; i++) {
            if (!candidate(i, timeNanos, sensorIndex)) {
                continue;
            }
            if (!trial(sensorPosition, lineOfSight, sigmaRad, timeNanos, i)) {
                continue;
            }
            double missVariance = 0.0;
            for (int r = 0; r < 2; r++) {
                final double sigma = triangulation.effectiveSigma(r);
                final double range = triangulation.range(r);
                missVariance += sigma * sigma * range * range;
            }
            final double cost = triangulation.chiSquare() + StrictMath.log(missVariance);
            final long separation = Math.abs(timeNanos - store.time(i));
            if (cost < bestCost || cost == bestCost && separation < bestSeparation) {
                best = i;
                bestCost = cost;
                bestSeparation = separation;
            }
        }
        if (best < 0) {
            keep(sensorPosition, lineOfSight, sigmaRad, timeNanos, sensorIndex, tag);
            return false;
        }
        set[0] = best;
        setSize = 1;
        trial(sensorPosition, lineOfSight, sigmaRad, timeNanos, -1);
        double setChiSquare = triangulation.chiSquare();

        // Grow the set by the most likely consistent plot of a sensor not yet used.
        while (setSize + 1 < triangulation.maxRays()) {
            int next = -1;
            double nextCost = Double.POSITIVE_INFINITY;
            double nextChiSquare = Double.NaN;
            long nextSeparation = Long.MAX_VALUE;
            for (int i = 0; i < capacity; i++) {
                if (!candidate(i, timeNanos, sensorIndex) || sensorInSet(sensors[i])) {
                    continue;
                }
                if (!trial(sensorPosition, lineOfSight, sigmaRad, timeNanos, i)) {
                    continue;
                }
                final double increase = triangulation.chiSquare() - setChiSquare;
                if (!(increase <= increaseGate)) {
                    continue;
                }
                final double sigma = triangulation.effectiveSigma(setSize + 1);
                final double cost = triangulation.chiSquare() + triangulation.normalLogDeterminant()
                    + 2.0 * StrictMath.log(sigma * sigma);
                final long separation = Math.abs(timeNanos - store.time(i));
                if (cost < nextCost || cost == nextCost && separation < nextSeparation) {
                    next = i;
                    nextCost = cost;
                    nextChiSquare = triangulation.chiSquare();
                    nextSeparation = separation;
                }
            }
            if (next < 0) {
                break;
            }
            set[setSize++] = next;
            setChiSquare = nextChiSquare;
        }

        // The chosen set again (the last trial may have been another candidate).
        trial(sensorPosition, lineOfSight, sigmaRad, timeNanos, -1);
        System.arraycopy(triangulation.point(), 0, position, 0, 3);
        System.arraycopy(triangulation.covariance(), 0, positionCovariance, 0, 9);
        chiSquare = triangulation.chiSquare();
        rays = triangulation.rays();
        estimateNanos = timeNanos;
        for (int k = 0; k < setSize; k++) {
            final int i = set[k];
            partnerSensors[k] = sensors[i];
            partnerTags[k] = tags[i];
            partnerTimes[k] = store.time(i);
            store.release(i);
        }
        return true;
    }

    /** Whether stored plot i may join the new plot's triangulation. */
    private boolean candidate(final int i, final long timeNanos, final int sensorIndex) {
        return store.occupied(i) && sensors[i] != sensorIndex && Math.abs(timeNanos - store.time(i)) <= windowNanos;
    }

    private boolean sensorInSet(final int sensor) {
        for (int k = 0; k < setSize; k++) {
            if (sensors[set[k]] == sensor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Triangulates the new plot with the stored plots of the set and, if {@code extra} &gt;= 0,
     * stored plot {@code extra}.
     */
    private boolean trial(final double[] sensorPosition, final double[] lineOfSight, final double sigmaRad,
        final long timeNanos, final int extra) {
        triangulation.reset(timeNanos);
        triangulation.add(sensorPosition, lineOfSight, sigmaRad, timeNanos);
        for (int k = 0; k < setSize; k++) {
            addStored(set[k]);
        }
        if (extra >= 0) {
            addStored(extra);
        }
        return triangulation.solve();
    }

    private void addStored(final int i) {
        for (int k = 0; k < 3; k++) {
            rayOrigin[k] = origins[3 * i + k];
            rayDirection[k] = directions[3 * i + k];
        }
        triangulation.add(rayOrigin, rayDirection, sigmas[i], store.time(i));
    }

    private void keep(final double[] sensorPosition, final double[] lineOfSight, final double sigmaRad,
        final long timeNanos, final int sensorIndex, final long tag) {
        final int slot = store.claim(timeNanos);
        if (slot < 0) {
            return; // too old for the retention, or the oldest of a full store (counted either way)
        }
        final double norm = Math.sqrt(lineOfSight[0] * lineOfSight[0] + lineOfSight[1] * lineOfSight[1]
            + lineOfSight[2] * lineOfSight[2]);
        for (int k = 0; k < 3; k++) {
            origins[3 * slot + k] = sensorPosition[k];
            directions[3 * slot + k] = lineOfSight[k] / norm;
        }
        sigmas[slot] = sigmaRad;
        sensors[slot] = sensorIndex;
        tags[slot] = tag;
    }

    /**
     * Advances the store's clock (never back) and forgets, counting them as expired, the
     * plots older than the retention behind it. {@link #offer} does this with each plot's
     * time; the engine may call it on its maintenance pass so that old plots do not wait for
     * the next offer.
     *
     * @param nowNanos engine time, nanoseconds since the Unix epoch
     */
    public void expire(final long nowNanos) {
        store.expire(nowNanos);
    }

    /** Forgets every stored plot (not counted as expired or evicted). */
    public void clear() {
        store.clear();
    }


    /**
     * Returns the triangulated point of the last successful {@link #offer}, ECEF x, y, z, m,
     * at {@link #timeNanos()}.
     *
     * @return the live 3-element array (overwritten by the next success)
     */
    public double[] position() {
        return position;
    }

    /**
     * Returns the covariance of {@link #position()}, 3 x 3 row-major, ECEF, m^2, exactly
     * symmetric: the position covariance to offer with it.
     *
     * @return the live 9-element array (overwritten by the next success)
     */
    public double[] positionCovariance() {
        return positionCovariance;
    }

    /**
     * Returns the time of the point: the new plot's.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long timeNanos() {
        return estimateNanos;
    }

    /**
     * Returns the residual chi2 of the last success, with 2 {@link #rays()} - 3 degrees of
     * freedom.
     *
     * @return the statistic; NaN before the first success
     */
    public double chiSquare() {
        return chiSquare;
    }

    /**
     * Returns the number of rays (sensors) of the last success, the new plot included.
     *
     * @return K, &gt;= 2 after a success
     */
    public int rays() {
        return rays;
    }

    /**
     * Returns the number of stored plots the last success used (and removed): {@link #rays()} - 1.
     *
     * @return partners
     */
    public int partners() {
        return rays == 0 ? 0 : rays - 1;
    }

    /**
     * Returns the sensor of a stored plot the last success used.
     *
     * @param k in [0, {@link #partners()})
     * @return the engine's sensor index
     */
    public int partnerSensor(final int k) {
        checkPartner(k);
        return partnerSensors[k];
    }

    /**
     * Returns the host's tag of a stored plot the last success used.
     *
     * @param k in [0, {@link #partners()})
     * @return the tag
     */
    public long partnerTag(final int k) {
        checkPartner(k);
        return partnerTags[k];
    }

    /**
     * Returns the time of a stored plot the last success used.
     *
     * @param k in [0, {@link #partners()})
     * @return nanoseconds since the Unix epoch
     */
    public long partnerTimeNanos(final int k) {
        checkPartner(k);
        return partnerTimes[k];
    }

    private void checkPartner(final int k) {
        if (k < 0 || k >= partners()) {
            throw new IndexOutOfBoundsException("partner " + k + " of " + partners());
        }
    }

    /**
     * Returns the number of plots stored now.
     *
     * @return stored plots
     */
    public int stored() {
        return store.stored();
    }

    /**
     * Returns how many plots, since construction, were evicted by a full store before their
     * retention ran out (the new plot included, when it was the oldest): plots that never
     * triangulated.
     *
     * @return evicted plots
     */
    public long evictedCount() {
        return store.evicted();
    }

    /**
     * Returns how many plots, since construction, expired untriangulated: forgotten at the
     * end of their retention, or not stored because they were already older than the
     * retention behind the newest time seen.
     *
     * @return expired plots
     */
    public long expiredCount() {
        return store.expired();
    }

    /**
     * Returns the most plots stored.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Returns the retention.
     *
     * @return nanoseconds
     */
    public long retentionNanos() {
        return retentionNanos;
    }
}
