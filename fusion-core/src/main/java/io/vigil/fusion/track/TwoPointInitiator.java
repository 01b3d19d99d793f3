package io.vigil.fusion.track;

import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.motion.MotionModel;

/**
 * Track initiation from two radar plots: the unassociated plots of the last few seconds are
 * kept, and a new unassociated plot that pairs with one of them at a plausible speed starts
 * a track with a full 6-state ECEF estimate, instead of a one-point track with an
 * uninformative velocity.
 *
 * <p><b>Store.</b> Up to {@code capacity} plots (ECEF position, its 3 x 3 covariance, time,
 * sensor, scan id, the host's tag) in preallocated arrays. A plot older than the window
 * (default 20 s) behind the newest time seen is expired; when the store is full, the oldest
 * plot, the new one included, is evicted to make room (counted by {@link #evictedCount()}).
 *
 * <p><b>Pairing.</b> {@link #offer} looks for a stored plot that
 * <ul>
 *   <li>is not of the same scan of the same sensor (same sensor and scan id, the id not
 *       {@link #NO_SCAN}): two plots of one scan are two objects, not one object twice;</li>
 *   <li>is at least the minimum separation (default 0.5 s) and at most the window away in
 *       time, in either direction (a stored plot of another sensor may be later than the new
 *       one when links have different latencies);</li>
 *   <li>passes the speed gate: with the implied mean velocity vbar = (p_late - p_early) / dt,
 *       its covariance V = (R_early + R_late) / dt^2 and u = vbar / |vbar|, the pair is
 *       kept when |vbar| &lt;= v_max, or when (|vbar| - v_max)^2 &lt;= gamma u^T V u, with
 *       gamma the chi-square quantile of one degree of freedom at the speed-gate probability
 *       P (default 0.99, gamma = 6.63). This is a chi-square test of the measured speed
 *       against the maximum along the direction of motion, with u^T V u the linearised
 *       variance of |vbar|: a target at exactly v_max is refused with probability
 *       (1 - P) / 2, and no pair whose measured speed exceeds v_max by more than
 *       sqrt(gamma) of its sigmas passes. The default v_max is 7.5 km/s (ballistic missiles
 *       up to intercontinental range; objects in low Earth orbit move at 7.6 km/s and more,
 *       and are not initiated on).</li>
 * </ul>
 * Among the pairs that pass it takes the one under which the new plot is most likely given
 * the stored one and a velocity prior N(0, sigma_p^2 I), sigma_p = v_max / sqrt(3) (the RMS
 * per axis of a speed v_max in a uniformly random direction): the pair of least
 * J = r^T C^-1 r + ln det C, r = p_new - p_stored, C = R_new + R_stored + dt^2 sigma_p^2 I.
 * Different partners explain the same observed plot, so these likelihoods are comparable
 * (Mahalanobis distances of implied velocities alone are not: a short dt inflates V and
 * shrinks the distance). Its ln det term makes it prefer the partner closest in time unless
 * that one implies an implausibly high speed. Ties go to the closer in time, then the lower
 * store index. -J/2 - (3/2) ln(2 pi) is kept as {@link #pairLogLikelihood()}.
 *
 * <p><b>Estimate</b> at the later plot's time t2 (dt = t2 - t1 &gt; 0, plots p1, p2 with
 * covariances R1, R2): position p2; velocity (p2 - p1) / dt; covariance
 * <pre>
 *   P_pp = R2,   P_pv = P_vp = R2 / dt,   P_vv = (R1 + R2) / dt^2 + (sigma_a dt / 2)^2 I
 * </pre>
 * (position error n2, velocity error (n2 - n1) / dt: the two-point differencing
 * initialisation of Bar-Shalom, Li and Kirubarajan, "Estimation with Applications to
 * Tracking and Navigation", Wiley, 2001). The difference quotient is the mean velocity over
 * [t1, t2]; the velocity at t2 differs from it by about a dt / 2 for an acceleration a,
 * which for gravity is 5 m/s at dt = 1 s and 100 m/s at dt = 20 s, while the velocity's
 * sigma from plots of sigma s per axis is sqrt(2) s / dt (14 m/s for s = 100 m at 10 s):
 * beyond a few seconds the gravity term dominates. So:
 * <ul>
 *   <li>the <b>gravity term</b>: given a 6-state motion model (the engine's ballistic model:
 *       gravity with J2, Coriolis and centrifugal terms in ECEF), the velocity is refined so
 *       that the model's trajectory through p2 passes through p1: three quasi-Newton steps
 *       v += (x(t1; p2, v) - p1) / dt, each a backward propagation over dt (the Jacobian of
 *       the position at t1 in v is -dt I to within G dt^2 / 6, about 1e-4 at 20 s, so the
 *       steps contract by that factor). Without a model the plain quotient is used (constant
 *       velocity). The covariance keeps the constant-velocity form: the model's transition
 *       differs from it by G dt^2 (about 1e-3 at 20 s), negligible beside plot errors;</li>
 *   <li>the <b>unmodelled acceleration</b> sigma_a (default 10 m/s^2, residual thrust or
 *       drag the model lacks) adds (sigma_a dt / 2)^2 to each velocity variance: an unknown
 *       constant acceleration biases the quotient by a dt / 2 and leaves p2 unchanged.</li>
 * </ul>
 * The estimate's time is the later plot's, which is the stored one's when it is later.
 * The used stored plot is removed; a new plot that pairs is not stored.
 *
 * <p>Radar plots only: a line of sight gives no position. Fusion thread only; allocation-free
 * after construction (the motion model's propagation included).
 */
public final class TwoPointInitiator {

    /** The scan id of a plot that belongs to no scan (the plot format's value). */
    public static final long NO_SCAN = Long.MIN_VALUE;
    /** Default window: plots older than this behind the newest are forgotten, 20 s. */
    public static final long DEFAULT_WINDOW_NANOS = 20_000_000_000L;
    /** Default maximum speed v_max, 7.5 km/s. */
    public static final double DEFAULT_MAX_SPEED_MPS = 7_500.0;
    /** Default probability P of the speed gate, 0.99. */
    public static final double DEFAULT_SPEED_GATE_PROBABILITY = 0.99;
    /** Default least time between the two plots, 0.5 s. */
    public static final long DEFAULT_MIN_SEPARATION_NANOS = 500_000_000L;
    /** Default unmodelled acceleration sigma_a per axis, 10 m/s^2. */
    public static final double DEFAULT_UNMODELLED_ACCELERATION_MPS2 = 10.0;

    private static final int NEWTON_STEPS = 3;
    private static final double LOG_TWO_PI = StrictMath.log(2.0 * Math.PI);

    private final int capacity;
    private final long windowNanos;
    private final double maxSpeed;
    private final double speedGate;
    private final long minSeparationNanos;
    private final double unmodelledAcceleration;
    private final double priorVariance;
    private final MotionModel dynamics;

    private final double[] positions;
    private final double[] covariances;
    private final TimedStore store;
    private final int[] sensors;
    private final long[] scans;
    private final long[] tags;

    private final double[] pair = new double[9];
    private final double[] lower = new double[9];
    private final double[] difference = new double[3];
    private final double[] whitened = new double[3];
    private final double[] trial = new double[6];

    private final double[] state = new double[6];
    private final double[] covariance = new double[36];
    private long estimateNanos;
    private long partnerNanos;
    private int partnerSensor;
    private long partnerScan;
    private long partnerTag;
    private double pairLogLikelihood = Double.NaN;

    /**
     * Creates an initiator with the default window, speed, gate, separation and acceleration.
     *
     * @param capacity the most plots stored, &gt;= 1
     * @param dynamics a 6-state motion model of its own (not shared: models keep workspace)
     *     for the gravity term, or null for constant velocity
     */
    public TwoPointInitiator(final int capacity, final MotionModel dynamics) {
        this(capacity, DEFAULT_WINDOW_NANOS, DEFAULT_MAX_SPEED_MPS, DEFAULT_SPEED_GATE_PROBABILITY,
            DEFAULT_MIN_SEPARATION_NANOS, DEFAULT_UNMODELLED_ACCELERATION_MPS2, dynamics);
    }

    /**
     * Creates an initiator.
     *
     * @param capacity the most plots stored, &gt;= 1
     * @param windowNanos how long a plot is kept and the longest time between two paired
     *     plots, nanoseconds, &gt; 0
     * @param maxSpeedMps v_max, m/s, &gt; 0
     * @param speedGateProbability P of the speed gate, in (0, 1)
     * @param minSeparationNanos the least time between two paired plots, nanoseconds,
     *     &gt; 0 and &lt;= the window
     * @param unmodelledAccelerationMps2 sigma_a per axis, m/s^2, &gt;= 0
     * @param dynamics a 6-state motion model of its own for the gravity term, or null for
     *     constant velocity
     * @throws IllegalArgumentException if a value is out of range
     */
    public TwoPointInitiator(final int capacity, final long windowNanos, final double maxSpeedMps,
        final double speedGateProbability, final long minSeparationNanos, final double unmodelledAccelerationMps2,
        final MotionModel dynamics) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        if (windowNanos <= 0 || minSeparationNanos <= 0 || minSeparationNanos > windowNanos) {
            throw new IllegalArgumentException("need 0 < minimum separation <= window, got " + minSeparationNanos
                + " ns and " + windowNanos + " ns");
        }
        if (!(maxSpeedMps > 0.0 && Double.isFinite(maxSpeedMps))) {
            throw new IllegalArgumentException("maximum speed must be finite and > 0 m/s, got " + maxSpeedMps);
        }
        if (!(unmodelledAccelerationMps2 >= 0.0 && Double.isFinite(unmodelledAccelerationMps2))) {
            throw new IllegalArgumentException("unmodelled acceleration must be finite and >= 0 m/s^2, got "
                + unmodelledAccelerationMps2);
        }
        if (dynamics != null && dynamics.dimension() != 6) {
            throw new IllegalArgumentException("the motion model must have 6 states, has " + dynamics.dimension());
        }
        this.capacity = capacity;
        this.windowNanos = windowNanos;
        this.maxSpeed = maxSpeedMps;
        this.speedGate = ChiSquare.quantile(speedGateProbability, 1.0);
        this.minSeparationNanos = minSeparationNanos;
        this.unmodelledAcceleration = unmodelledAccelerationMps2;
        this.priorVariance = maxSpeedMps * maxSpeedMps / 3.0;
        this.dynamics = dynamics;
        this.positions = new double[3 * capacity];
        this.covariances = new double[9 * capacity];
        this.store = new TimedStore(capacity, windowNanos);
        this.sensors = new int[capacity];
        this.scans = new long[capacity];
        this.tags = new long[capacity];
    }

    /**
     * Offers an unassociated radar plot: pairs it with a stored plot and produces an
     * estimate ({@link #state()}, {@link #covariance()}, {@link #timeNanos()}, the partner's
     * details), or stores it.
     *
     * @param position the plot's ECEF position x, y, z, m (further elements are ignored)
     * @param positionCovariance its 3 x 3 ECEF covariance, row-major, m^2 (symmetrised when stored)
     * @param timeNanos the plot's time, nanoseconds since the Unix epoch
     * @param sensorIndex the engine's index of the plot's sensor
     * @param scanId the plot's scan id, or {@link #NO_SCAN}
     * @param tag the host's tag of the plot
     * @return true if a track should start from the estimate (the partner is removed); false
     *     if the plot was stored instead (or dropped: older than the window behind the newest
     *     time seen, or the oldest plot of a full store)
     * @throws IllegalArgumentException if the position or covariance has a non-finite element
     */
    public boolean offer(final double[] position, final double[] positionCovariance, final long timeNanos,
        final int sensorIndex, final long scanId, final long tag) {
        for (int k = 0; k < 3; k++) {
            requireFinite(position[k], "position");
        }
        for (int k = 0; k < 9; k++) {
            requireFinite(positionCovariance[k], "position covariance");
        }
        expire(timeNanos);
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        long bestSeparation = Long.MAX_VALUE;
        for (int i = 0; i < capacity; i++) {
            if (!store.occupied(i) || sensors[i] == sensorIndex && scans[i] == scanId && scanId != NO_SCAN) {
                continue;
            }
            final long separation = Math.abs(timeNanos - store.time(i));
            if (separation < minSeparationNanos || separation > windowNanos) {
                continue;
            }
            final double cost = pairCost(position, positionCovariance, i, separation * 1e-9);
            if (cost == Double.POSITIVE_INFINITY) {
                continue; // refused by the speed gate
            }
            if (cost < bestCost || cost == bestCost && separation < bestSeparation) {
                best = i;
                bestCost = cost;
                bestSeparation = separation;
            }
        }
        if (best < 0) {
            keep(position, positionCovariance, timeNanos, sensorIndex, scanId, tag);
            return false;
        }
        estimate(position, positionCovariance, timeNanos, best);
        pairLogLikelihood = -0.5 * (bestCost + 3.0 * LOG_TWO_PI);
        partnerNanos = store.time(best);
        partnerSensor = sensors[best];
        partnerScan = scans[best];
        partnerTag = tags[best];
        store.release(best);
        return true;
    }

    /**
     * The speed gate and, for a pair that passes, J = r^T C^-1 r + ln det C (see the class
     * description); +infinity for a pair that fails.
     */
    private double pairCost(final double[] position, final double[] positionCovariance, final int i,
        final double dt) {
        // The sign of r does not matter for the speed or for J.
        double r2 = 0.0;
        for (int k = 0; k < 3; k++) {
            difference[k] = position[k] - positions[3 * i + k];
            r2 += difference[k] * difference[k];
        }
        final double speed = Math.sqrt(r2) / dt;
        for (int k = 0; k < 9; k++) {
            pair[k] = positionCovariance[k] + covariances[9 * i + k];
        }
        if (speed > maxSpeed) {
            // u^T (R1 + R2) u / dt^2 with u = r / |r|.
            double quadratic = 0.0;
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    quadratic += difference[a] * pair[3 * a + b] * difference[b];
                }
            }
            final double variance = quadratic / (r2 * dt * dt);
            final double excess = speed - maxSpeed;
            if (!(excess * excess <= speedGate * variance)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        final double spread = dt * dt * priorVariance;
        pair[0] += spread;
        pair[4] += spread;
        pair[8] += spread;
        final double determinant = DenseKernels.cholesky(pair, lower, 3);
        if (!(determinant > 0.0)) {
            return Double.POSITIVE_INFINITY; // covariances not positive definite: no pair
        }
        return DenseKernels.mahalanobisSquared(lower, difference, whitened, 3) + StrictMath.log(determinant);
    }

    /** Fills the estimate from the new plot and stored plot i. */
    private void estimate(final double[] position, final double[] positionCovariance, final long timeNanos,
        final int i) {
        final long storedNanos = store.time(i);
        final boolean newIsLater = timeNanos > storedNanos;
        final double dt = Math.abs(timeNanos - storedNanos) * 1e-9;
        estimateNanos = newIsLater ? timeNanos : storedNanos;
        // Late plot's position into the state, early plot's into `difference`.
        for (int k = 0; k < 3; k++) {
            state[k] = newIsLater ? position[k] : positions[3 * i + k];
            difference[k] = newIsLater ? positions[3 * i + k] : position[k];
            state[3 + k] = (state[k] - difference[k]) / dt;
        }
        if (dynamics != null) {
            for (int step = 0; step < NEWTON_STEPS; step++) {
                System.arraycopy(state, 0, trial, 0, 6);
                dynamics.propagate(trial, -dt, null);
                for (int k = 0; k < 3; k++) {
                    state[3 + k] += (trial[k] - difference[k]) / dt;
                }
            }
        }
        final double accelerationVariance = 0.25 * unmodelledAcceleration * unmodelledAcceleration * dt * dt;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                final double newR = 0.5 * (positionCovariance[3 * a + b] + positionCovariance[3 * b + a]);
                final double storedR = covariances[9 * i + 3 * a + b];
                final double late = newIsLater ? newR : storedR;
                covariance[6 * a + b] = late;
                covariance[6 * a + 3 + b] = late / dt;
                covariance[6 * (3 + a) + b] = late / dt;
                covariance[6 * (3 + a) + 3 + b] = (newR + storedR) / (dt * dt) + (a == b ? accelerationVariance : 0.0);
            }
        }
    }

    private void keep(final double[] position, final double[] positionCovariance, final long timeNanos,
        final int sensorIndex, final long scanId, final long tag) {
        final int slot = store.claim(timeNanos);
        if (slot < 0) {
            return; // older than the window behind the clock, or the oldest of a full store
        }
        for (int k = 0; k < 3; k++) {
            positions[3 * slot + k] = position[k];
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                covariances[9 * slot + 3 * a + b] = 0.5 * (positionCovariance[3 * a + b] + positionCovariance[3 * b + a]);
            }
        }
        sensors[slot] = sensorIndex;
        scans[slot] = scanId;
        tags[slot] = tag;
    }

    /**
     * Advances the initiator's clock (never back) and forgets the plots older than the window
     * behind it. {@link #offer} does this with each plot's time; the engine may call it on its
     * maintenance pass so that old plots do not wait for the next offer.
     *
     * @param nowNanos engine time, nanoseconds since the Unix epoch
     */
    public void expire(final long nowNanos) {
        store.expire(nowNanos);
    }

    /** Forgets every stored plot. */
    public void clear() {
        store.clear();
    }


    /**
     * Returns the estimate of the last successful {@link #offer}: ECEF x, y, z (m), vx, vy, vz (m/s).
     *
     * @return the live 6-element state array (overwritten by the next pairing)
     */
    public double[] state() {
        return state;
    }

    /**
     * Returns the covariance of {@link #state()}, 6 x 6 row-major, exactly symmetric.
     *
     * @return the live 36-element array (overwritten by the next pairing)
     */
    public double[] covariance() {
        return covariance;
    }

    /**
     * Returns the time the estimate refers to: the later plot's.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long timeNanos() {
        return estimateNanos;
    }

    /**
     * Returns the time of the stored plot the last successful offer paired with.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long partnerTimeNanos() {
        return partnerNanos;
    }

    /**
     * Returns the sensor of the paired stored plot.
     *
     * @return the engine's sensor index
     */
    public int partnerSensor() {
        return partnerSensor;
    }

    /**
     * Returns the scan id of the paired stored plot.
     *
     * @return its scan id, or {@link #NO_SCAN}
     */
    public long partnerScanId() {
        return partnerScan;
    }

    /**
     * Returns the host's tag of the paired stored plot.
     *
     * @return the tag
     */
    public long partnerTag() {
        return partnerTag;
    }

    /**
     * Returns ln N(r; 0, C) of the last pairing (see the class description): the log density
     * of the new plot's position given the stored one, per m^3. With beta_FA in ECEF position
     * space (false plots per m^3), ln P_D + this - ln beta_FA is the score increment of the
     * second plot for {@link TrackScore#update}.
     *
     * @return the log density, ln(1/m^3); NaN before the first pairing
     */
    public double pairLogLikelihood() {
        return pairLogLikelihood;
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
     * Returns how many stored plots, since construction, were evicted to make room before
     * their window ran out.
     *
     * @return evicted plots
     */
    public long evictedCount() {
        return store.evicted();
    }

    /**
     * Returns the most plots stored.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    private static void requireFinite(final double value, final String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " has a non-finite element: " + value);
        }
    }
}
