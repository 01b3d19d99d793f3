package io.vigil.fusion.track;

import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.math.StrictTrig;
import io.vigil.fusion.measurement.LineOfSightMeasurement;

/**
 * The position of a target seen at about the same time by two or more space-based infrared
 * sensors, from their lines of sight: one line of sight has no range, two that are not
 * parallel cross at the target. The point, with its covariance, is what a position plot
 * would be, and can start a track through {@link TwoPointInitiator}.
 *
 * <p><b>Rays.</b> Ray i has its sensor's ECEF position s_i (m), the measured ECEF unit vector
 * u_i from the sensor toward the target, the angular sigma sigma_i (rad, per tangent-plane
 * axis, as {@link LineOfSightMeasurement} uses it) and its time t_i. Up to {@code maxRays}
 * rays are added after a {@link #reset} that fixes the reference time T, the time the point
 * is for.
 *
 * <p><b>Estimate.</b> With P_i = I - u_i u_i^T the projector across ray i, the distance of a
 * point x from the ray is |P_i (x - s_i)|, and the angle it is off the ray is that distance
 * over the range r_i = u_i . (x - s_i) (to second order in the angle). The point minimises
 * <pre>
 *   chi2(x) = sum_i w_i |P_i (x - s_i)|^2,   w_i = 1 / (sigma_i'^2 r_i^2)
 * </pre>
 * the sum of the squared angular residuals in sigmas: the maximum-likelihood point of the
 * angle measurements. For fixed weights it is the weighted least-squares intersection of
 * lines, the linear system A x = sum_i w_i P_i s_i with the normal matrix A = sum_i w_i P_i.
 * The ranges depend on x, so the weights are iterated: a first solve with w_i = 1 / sigma_i^2
 * (no ranges yet), then two solves with the weights at the previous point (iteratively
 * re-weighted least squares, which here is a Gauss-Newton step on the angles that neglects
 * the second-order change of 1/r_i with x). The first solve is off by up to 1.6 of the
 * point's sigmas when the ranges differ (a GEO and a 1,000 km orbit), the first re-weighted
 * one by less than 1e-8 sigma of the converged point, and the second is a safety margin
 * (measured once on simulated geometries, outside the test suite); the count is
 * fixed, so the cost and the result are deterministic. The linear system is
 * solved about s_1 (the first ray's origin) so that no digit is lost to the 4e7 m of the
 * origins.
 *
 * <p><b>Covariance.</b> The 2K angle measurements have Fisher information
 * sum_i P_i / (sigma_i'^2 r_i^2) = A in x (the projector maps a position error to the
 * perpendicular offset, 1 / r_i turns it into an angle), so the covariance is A^-1 with
 * the weights at the final point: the Cramer-Rao bound of the angles at that geometry,
 * which the estimate attains to first order. It is exactly symmetric.
 *
 * <p><b>Residual.</b> chi2 at the point is chi-square with 2K - 3 degrees of freedom (2K
 * angles, 3 coordinates) when the rays see one object; for two rays it is the squared miss
 * distance along their common perpendicular over its variance sum_i sigma_i'^2 r_i^2. Rays
 * of two different objects generally miss each other by much more, so chi2 above the gate
 * (default probability 0.999, the engine's association gate: 10.8 for two rays) means they
 * do not meet. Two rays of different objects that do pass within the gate (the second
 * object near the plane through both sensors and the first) are a ghost no two-ray test
 * can see; a third sensor resolves it.
 *
 * <p><b>Time alignment.</b> Sensors do not sample at one instant. A ray is accepted when
 * |t_i - T| is at most the coincidence window (default 0.2 s: a sensor that frames at
 * 2.5 Hz or faster always has a frame within it of any other sensor's plot, and at its edge
 * the inflation below costs a GEO ray only a factor 1.27 in sigma). In |t_i - T| the
 * target moves by up to v_max |t_i - T| (v_max default 7.5 km/s, the maximum speed of
 * {@link TwoPointInitiator}); the motion is unknown, so it is treated as a random
 * displacement along a uniformly random direction, whose component along each axis across
 * the ray has variance (v_max |t_i - T|)^2 / 3 (the per-axis second moment of a vector of
 * length v_max |t_i - T| in a random direction). As an angle at range r_i:
 * <pre>
 *   sigma_i'^2 = sigma_i^2 + (v_max |t_i - T| / r_i)^2 / 3
 * </pre>
 * At the window's edge, from 36,000 km, this adds 24 urad per axis: a 30 urad sensor's ray
 * is then worth a 38 urad one. The displacements of different rays are treated as
 * independent, although a target moves one way for all of them; with the new plot as the
 * reference (as {@link LineOfSightPairing} uses it) a pair has only one offset ray, and for
 * a target at v_max in a random direction the added variance is then exact.
 *
 * <p><b>Usable geometry.</b> {@link #solve} refuses ({@link #refusal()}) when
 * <ul>
 *   <li>fewer than two rays were added ({@link Refusal#TOO_FEW_RAYS});</li>
 *   <li>no two rays are at least the minimum angle apart as lines (default 1 deg),
 *       measured by |u_i x u_j|, so rays from opposite sides of the target along one line
 *       are as useless as parallel ones; or the normal matrix is not numerically positive
 *       definite ({@link Refusal#NEARLY_PARALLEL}). Two rays an angle theta apart fix the
 *       point along their bisector to about sigma r / sin theta; at 1 deg and 30 urad that is
 *       0.2 % of the range, well inside the linear regime the estimate assumes, and the
 *       normal matrix's condition number is about 4 / theta^2 = 1.3e4, harmless in double
 *       precision. The bound is about validity, not usefulness: a narrow-angle point is
 *       refused by nobody here, its covariance says how poor it is;</li>
 *   <li>the point is at or behind a sensor, r_i &lt;= 0 for some ray, at any iteration
 *       ({@link Refusal#BEHIND_SENSOR}): the lines cross, the rays do not;</li>
 *   <li>chi2 is above the gate quantile of chi-square(2K - 3) ({@link Refusal#RESIDUAL_GATE}).</li>
 * </ul>
 * After a gate refusal the point, covariance and chi2 of the refused solution stay readable
 * (for diagnostics and consistency tests); after the other refusals they are NaN.
 *
 * <p>Fusion thread only; allocation-free after construction.
 */
public final class LineOfSightTriangulation {

    /** Why {@link #solve} refused the rays, or {@link #NONE}. */
    public enum Refusal {
        /** Not refused: the point is usable. */
        NONE,
        /** Fewer than two rays. */
        TOO_FEW_RAYS,
        /** No two rays are the minimum angle apart, or the normal matrix is singular. */
        NEARLY_PARALLEL,
        /** The point is at or behind a sensor: a range along a ray is not positive. */
        BEHIND_SENSOR,
        /** The residual chi-square exceeds the gate: the rays do not meet. */
        RESIDUAL_GATE
    }

    /** Default coincidence window, the most |t_i - T| of a ray: 0.2 s. */
    public static final long DEFAULT_WINDOW_NANOS = 200_000_000L;
    /** Default maximum target speed v_max for the time-offset inflation, 7.5 km/s. */
    public static final double DEFAULT_MAX_SPEED_MPS = TwoPointInitiator.DEFAULT_MAX_SPEED_MPS;
    /** Default least angle between two of the lines, 1 deg, in radians. */
    public static final double DEFAULT_MIN_ANGLE_RAD = Math.PI / 180.0;
    /** Default probability of the residual gate, 0.999 (the engine's association gate). */
    public static final double DEFAULT_GATE_PROBABILITY = 0.999;

    /** Solves with re-weighted ranges after the first, unit-range solve. */
    private static final int REWEIGHTED_SOLVES = 2;

    private final int maxRays;
    private final long windowNanos;
    private final double maxSpeed;
    private final double minAngle;
    private final double minSineSquared;
    private final double gateProbability;
    /** gates[k]: the gate quantile of chi-square(2k - 3), k rays. */
    private final double[] gates;

    private final double[] origins;
    private final double[] directions;
    private final double[] variances;
    private final long[] times;
    private final double[] ranges;
    private final double[] effectiveVariances;
    private final double[] weights;
    private int count;
    private long referenceNanos;

    private final double[] normal = new double[9];
    private final double[] lower = new double[9];
    private final double[] rhs = new double[3];
    private final double[] point = new double[3];
    private final double[] covariance = new double[9];
    private double chiSquare = Double.NaN;
    private double logDeterminant = Double.NaN;
    private double parallax = Double.NaN;
    private Refusal refusal = Refusal.TOO_FEW_RAYS;

    /**
     * Creates a triangulation with the default window, speed, angle and gate.
     *
     * @param maxRays the most rays of one solve, &gt;= 2
     */
    public LineOfSightTriangulation(final int maxRays) {
        this(maxRays, DEFAULT_WINDOW_NANOS, DEFAULT_MAX_SPEED_MPS, DEFAULT_MIN_ANGLE_RAD, DEFAULT_GATE_PROBABILITY);
    }

    /**
     * Creates a triangulation.
     *
     * @param maxRays the most rays of one solve, &gt;= 2
     * @param windowNanos the coincidence window, the most |t_i - T| of a ray, nanoseconds, &gt;= 0
     * @param maxSpeedMps v_max for the time-offset inflation, m/s, finite and &gt;= 0
     * @param minAngleRad the least angle two of the lines must make, radians, in [0, pi/2)
     * @param gateProbability the probability of the residual gate, in (0, 1)
     * @throws IllegalArgumentException if a value is out of range
     */
    public LineOfSightTriangulation(final int maxRays, final long windowNanos, final double maxSpeedMps,
        final double minAngleRad, final double gateProbability) {
        if (maxRays < 2) {
            throw new IllegalArgumentException("a triangulation needs room for >= 2 rays, got " + maxRays);
        }
        if (windowNanos < 0) {
            throw new IllegalArgumentException("coincidence window must be >= 0 ns, got " + windowNanos);
        }
        if (!(maxSpeedMps >= 0.0 && Double.isFinite(maxSpeedMps))) {
            throw new IllegalArgumentException("maximum speed must be finite and >= 0 m/s, got " + maxSpeedMps);
        }
        if (!(minAngleRad >= 0.0 && minAngleRad < 0.5 * Math.PI)) {
            throw new IllegalArgumentException("minimum angle must be in [0, pi/2) rad, got " + minAngleRad);
        }
        if (!(gateProbability > 0.0 && gateProbability < 1.0)) {
            throw new IllegalArgumentException("gate probability must be in (0, 1), got " + gateProbability);
        }
        this.maxRays = maxRays;
        this.windowNanos = windowNanos;
        this.maxSpeed = maxSpeedMps;
        this.minAngle = minAngleRad;
        final double sine = StrictTrig.sin(minAngleRad);
        this.minSineSquared = sine * sine;
        this.gateProbability = gateProbability;
        this.gates = new double[maxRays + 1];
        for (int k = 2; k <= maxRays; k++) {
            gates[k] = ChiSquare.quantile(gateProbability, 2.0 * k - 3.0);
        }
        this.origins = new double[3 * maxRays];
        this.directions = new double[3 * maxRays];
        this.variances = new double[maxRays];
        this.times = new long[maxRays];
        this.ranges = new double[maxRays];
        this.effectiveVariances = new double[maxRays];
        this.weights = new double[maxRays];
        clearSolution();
    }

    /**
     * Forgets the rays and sets the reference time T: the time the point is for, from which
     * each ray's time offset is measured.
     *
     * @param referenceTimeNanos T, nanoseconds since the Unix epoch
     */
    public void reset(final long referenceTimeNanos) {
        count = 0;
        referenceNanos = referenceTimeNanos;
        refusal = Refusal.TOO_FEW_RAYS;
        clearSolution();
    }

    /**
     * Adds a ray, if its time is within the coincidence window of the reference time.
     *
     * @param origin the sensor's ECEF position at the ray's time, m (elements 0..2)
     * @param direction the measured ECEF unit vector from the sensor toward the target
     *     (elements 0..2; | |u| - 1 | &lt;= {@link LineOfSightMeasurement#UNIT_TOLERANCE},
     *     renormalised)
     * @param sigmaRad the angular sigma per tangent-plane axis, radians, finite and &gt; 0
     * @param timeNanos the ray's time, nanoseconds since the Unix epoch
     * @return true if added; false if |t - T| exceeds the window (nothing is added)
     * @throws IllegalArgumentException if a value is not finite, the direction is not a unit
     *     vector or sigma is not positive
     * @throws IllegalStateException if {@code maxRays} rays have been added since the reset
     */
    public boolean add(final double[] origin, final double[] direction, final double sigmaRad, final long timeNanos) {
        final double norm = checkRay(origin, direction, sigmaRad);
        if (Math.abs(timeNanos - referenceNanos) > windowNanos) {
            return false;
        }
        if (count == maxRays) {
            throw new IllegalStateException("the triangulation holds at most " + maxRays + " rays");
        }
        for (int k = 0; k < 3; k++) {
            origins[3 * count + k] = origin[k];
            directions[3 * count + k] = direction[k] / norm;
        }
        variances[count] = sigmaRad * sigmaRad;
        times[count] = timeNanos;
        count++;
        return true;
    }

    /**
     * Checks a ray's values as {@link #add} does, without adding it.
     *
     * @param origin the sensor's ECEF position, m
     * @param direction the ECEF unit vector
     * @param sigmaRad the angular sigma, radians
     * @return |direction|
     * @throws IllegalArgumentException on the conditions {@link #add} lists
     */
    static double checkRay(final double[] origin, final double[] direction, final double sigmaRad) {
        for (int k = 0; k < 3; k++) {
            if (!Double.isFinite(origin[k]) || !Double.isFinite(direction[k])) {
                throw new IllegalArgumentException("sensor position and line of sight must be finite, got element " + k
                    + " = " + origin[k] + " m and " + direction[k]);
            }
        }
        final double norm = Math.sqrt(direction[0] * direction[0] + direction[1] * direction[1]
            + direction[2] * direction[2]);
        if (!(Math.abs(norm - 1.0) <= LineOfSightMeasurement.UNIT_TOLERANCE)) {
            throw new IllegalArgumentException("line of sight must be a unit vector (| |u| - 1 | <= "
                + LineOfSightMeasurement.UNIT_TOLERANCE + "), got |u| = " + norm);
        }
        if (!(sigmaRad > 0.0 && sigmaRad < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("line-of-sight sigma must be finite and > 0 rad, got " + sigmaRad);
        }
        return norm;
    }

    /**
     * Triangulates the rays added since the last {@link #reset}.
     *
     * @return true if the point is usable ({@link #point()}, {@link #covariance()},
     *     {@link #chiSquare()}); false with the reason in {@link #refusal()}
     */
    public boolean solve() {
        clearSolution();
        if (count < 2) {
            return refuse(Refusal.TOO_FEW_RAYS);
        }
        double largest = 0.0;
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                largest = Math.max(largest, crossSquared(i, j));
            }
        }
        parallax = StrictMath.asin(Math.min(1.0, Math.sqrt(largest)));
        if (largest < minSineSquared) {
            return refuse(Refusal.NEARLY_PARALLEL);
        }
        for (int i = 0; i < count; i++) {
            weights[i] = 1.0 / variances[i];
        }
        if (!solveNormal()) {
            return refuse(Refusal.NEARLY_PARALLEL);
        }
        for (int iteration = 0; iteration < REWEIGHTED_SOLVES; iteration++) {
            if (!weigh()) {
                return refuse(Refusal.BEHIND_SENSOR);
            }
            if (!solveNormal()) {
                return refuse(Refusal.NEARLY_PARALLEL);
            }
        }
        // The covariance and chi2 with the weights at the final point.
        if (!weigh()) {
            return refuse(Refusal.BEHIND_SENSOR);
        }
        buildNormal();
        final double determinant = DenseKernels.cholesky(normal, lower, 3);
        if (!(determinant > 0.0)) {
            return refuse(Refusal.NEARLY_PARALLEL);
        }
        logDeterminant = StrictMath.log(determinant);
        for (int k = 0; k < 9; k++) {
            covariance[k] = k % 4 == 0 ? 1.0 : 0.0;
        }
        DenseKernels.solveInPlace(lower, covariance, 3, 3);
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                final double mean = 0.5 * (covariance[3 * a + b] + covariance[3 * b + a]);
                covariance[3 * a + b] = mean;
                covariance[3 * b + a] = mean;
            }
        }
        double sum = 0.0;
        for (int i = 0; i < count; i++) {
            sum += weights[i] * perpendicularSquared(i);
        }
        chiSquare = sum;
        if (!(sum <= gates[count])) {
            refusal = Refusal.RESIDUAL_GATE;
            return false;
        }
        refusal = Refusal.NONE;
        return true;
    }

    /** |u_i x u_j|^2: the squared sine of the angle between the lines. */
    private double crossSquared(final int i, final int j) {
        final double ax = directions[3 * i];
        final double ay = directions[3 * i + 1];
        final double az = directions[3 * i + 2];
        final double bx = directions[3 * j];
        final double by = directions[3 * j + 1];
        final double bz = directions[3 * j + 2];
        final double cx = ay * bz - az * by;
        final double cy = az * bx - ax * bz;
        final double cz = ax * by - ay * bx;
        return cx * cx + cy * cy + cz * cz;
    }

    /** A = sum_i w_i P_i, exactly symmetric (upper triangle mirrored). */
    private void buildNormal() {
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                double sum = 0.0;
                for (int i = 0; i < count; i++) {
                    final double projector = (a == b ? 1.0 : 0.0) - directions[3 * i + a] * directions[3 * i + b];
                    sum += weights[i] * projector;
                }
                normal[3 * a + b] = sum;
                normal[3 * b + a] = sum;
            }
        }
    }

    /**
     * Solves A (x - s_1) = sum_i w_i P_i (s_i - s_1) for the current weights into the point.
     *
     * @return false if A is not numerically positive definite
     */
    private boolean solveNormal() {
        buildNormal();
        if (!(DenseKernels.cholesky(normal, lower, 3) > 0.0)) {
            return false;
        }
        rhs[0] = 0.0;
        rhs[1] = 0.0;
        rhs[2] = 0.0;
        for (int i = 1; i < count; i++) {
            final double dx = origins[3 * i] - origins[0];
            final double dy = origins[3 * i + 1] - origins[1];
            final double dz = origins[3 * i + 2] - origins[2];
            final double along = directions[3 * i] * dx + directions[3 * i + 1] * dy + directions[3 * i + 2] * dz;
            rhs[0] += weights[i] * (dx - along * directions[3 * i]);
            rhs[1] += weights[i] * (dy - along * directions[3 * i + 1]);
            rhs[2] += weights[i] * (dz - along * directions[3 * i + 2]);
        }
        DenseKernels.solveInPlace(lower, rhs, 3, 1);
        for (int k = 0; k < 3; k++) {
            point[k] = origins[k] + rhs[k];
        }
        return true;
    }

    /**
     * Ranges, inflated variances and weights at the current point.
     *
     * @return false if a range is not positive (the point is at or behind a sensor)
     */
    private boolean weigh() {
        for (int i = 0; i < count; i++) {
            final double range = directions[3 * i] * (point[0] - origins[3 * i])
                + directions[3 * i + 1] * (point[1] - origins[3 * i + 1])
                + directions[3 * i + 2] * (point[2] - origins[3 * i + 2]);
            if (!(range > 0.0)) {
                return false;
            }
            final double motion = maxSpeed * Math.abs(times[i] - referenceNanos) * 1e-9 / range;
            final double variance = variances[i] + motion * motion / 3.0;
            ranges[i] = range;
            effectiveVariances[i] = variance;
            weights[i] = 1.0 / (variance * range * range);
        }
        return true;
    }

    /** |P_i (x - s_i)|^2 at the current point, m^2. */
    private double perpendicularSquared(final int i) {
        final double dx = point[0] - origins[3 * i];
        final double dy = point[1] - origins[3 * i + 1];
        final double dz = point[2] - origins[3 * i + 2];
        final double along = directions[3 * i] * dx + directions[3 * i + 1] * dy + directions[3 * i + 2] * dz;
        final double px = dx - along * directions[3 * i];
        final double py = dy - along * directions[3 * i + 1];
        final double pz = dz - along * directions[3 * i + 2];
        return px * px + py * py + pz * pz;
    }

    private boolean refuse(final Refusal reason) {
        clearSolution();
        refusal = reason;
        return false;
    }

    private void clearSolution() {
        java.util.Arrays.fill(point, Double.NaN);
        java.util.Arrays.fill(covariance, Double.NaN);
        chiSquare = Double.NaN;
        logDeterminant = Double.NaN;
    }

    /**
     * Returns why the last {@link #solve} refused, {@link Refusal#NONE} if it did not, or
     * {@link Refusal#TOO_FEW_RAYS} before the first solve after a reset.
     *
     * @return the reason
     */
    public Refusal refusal() {
        return refusal;
    }

    /**
     * Returns the point of the last solve, ECEF x, y, z, m, at the reference time.
     *
     * @return the live 3-element array (overwritten by the next solve; NaN after a refusal
     *     other than {@link Refusal#RESIDUAL_GATE})
     */
    public double[] point() {
        return point;
    }

    /**
     * Returns the covariance of {@link #point()}, A^-1, 3 x 3 row-major, ECEF, m^2, exactly
     * symmetric.
     *
     * @return the live 9-element array (overwritten by the next solve; NaN after a refusal
     *     other than {@link Refusal#RESIDUAL_GATE})
     */
    public double[] covariance() {
        return covariance;
    }

    /**
     * Returns chi2, the sum of the squared angular residuals in (inflated) sigmas at the
     * point: chi-square with {@link #degreesOfFreedom()} degrees of freedom for rays of one
     * object.
     *
     * @return the statistic, dimensionless; NaN after a refusal other than the gate's
     */
    public double chiSquare() {
        return chiSquare;
    }

    /**
     * Returns 2K - 3 for the K rays added.
     *
     * @return the degrees of freedom of {@link #chiSquare()}
     */
    public int degreesOfFreedom() {
        return 2 * count - 3;
    }

    /**
     * Returns ln det A of the final normal matrix (A in 1/m^2; minus the log determinant of
     * the covariance).
     *
     * @return ln det A; NaN after a refusal other than the gate's
     */
    public double normalLogDeterminant() {
        return logDeterminant;
    }

    /**
     * Returns the largest angle between two of the lines of the last solve (as lines, so
     * in [0, pi/2]).
     *
     * @return radians; NaN before a solve of two or more rays
     */
    public double parallaxRad() {
        return parallax;
    }

    /**
     * Returns the range r_i of ray i at the point, u_i . (x - s_i).
     *
     * @param ray the ray's index, in the order added
     * @return metres (meaningful after a solve that reached the point)
     */
    public double range(final int ray) {
        checkIndex(ray);
        return ranges[ray];
    }

    /**
     * Returns the inflated sigma_i' of ray i at the point.
     *
     * @param ray the ray's index, in the order added
     * @return radians (meaningful after a solve that reached the point)
     */
    public double effectiveSigma(final int ray) {
        checkIndex(ray);
        return Math.sqrt(effectiveVariances[ray]);
    }

    private void checkIndex(final int ray) {
        if (ray < 0 || ray >= count) {
            throw new IndexOutOfBoundsException("ray " + ray + " of " + count);
        }
    }

    /**
     * Returns the number of rays added since the last reset.
     *
     * @return K
     */
    public int rays() {
        return count;
    }

    /**
     * Returns the reference time T of the last reset.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long referenceTimeNanos() {
        return referenceNanos;
    }

    /**
     * Returns the most rays of one solve.
     *
     * @return maxRays
     */
    public int maxRays() {
        return maxRays;
    }

    /**
     * Returns the coincidence window.
     *
     * @return nanoseconds
     */
    public long windowNanos() {
        return windowNanos;
    }

    /**
     * Returns v_max of the time-offset inflation.
     *
     * @return m/s
     */
    public double maxSpeedMps() {
        return maxSpeed;
    }

    /**
     * Returns the least angle between two of the lines.
     *
     * @return radians
     */
    public double minAngleRad() {
        return minAngle;
    }

    /**
     * Returns the probability of the residual gate.
     *
     * @return in (0, 1)
     */
    public double gateProbability() {
        return gateProbability;
    }

    /**
     * Returns the gate on {@link #chiSquare()} for K rays: the quantile of chi-square(2K - 3)
     * at the gate probability.
     *
     * @param rays K, in [2, maxRays]
     * @return the threshold
     */
    public double gate(final int rays) {
        if (rays < 2 || rays > maxRays) {
            throw new IllegalArgumentException("rays must be in [2, " + maxRays + "], got " + rays);
        }
        return gates[rays];
    }
}
