package io.vigil.fusion.track;

/**
 * One-point track initiation from a radar plot that measures range rate: the position from
 * the plot, the velocity along the line of sight from the range rate, and the two cross
 * components from a prior. Where {@link TwoPointInitiator} has no partner yet, this gives a
 * track whose radial velocity is known to the range-rate accuracy instead of the engine's
 * isotropic 3,000 m/s.
 *
 * <p>With the plot at p (ECEF, m), the sensor at s moving at v_s (zero for a fixed site, whose
 * ECEF velocity is zero), rho = |p - s|, u = (p - s) / rho and the measured range rate
 * rdot = u . (v - v_s) (positive when opening, docs/CONVENTIONS.md), the target's ECEF
 * velocity along u is w = rdot + u . v_s, and
 * <pre>
 *   x = (p, w u)
 *   P_pp = R,   P_pv = R A^T,
 *   P_vv = A R A^T + (sigma_rdot^2 + sigma_c^2 tr(Pi R Pi) / rho^2) u u^T + sigma_c^2 Pi
 *   A = (w I + u v_s^T) Pi / rho,   Pi = I - u u^T
 * </pre>
 * where A is the derivative of the velocity estimate in the plot position (a position error
 * dp turns the line of sight by du = Pi dp / rho), sigma_rdot is the range-rate sigma and
 * sigma_c the prior sigma of each cross component (prior mean zero). The A terms are first
 * order and small (|w| sigma_position / rho: 0.7 m/s for 7 km/s, 100 m at 1,000 km) but
 * cost nothing. The term sigma_c^2 tr(Pi R Pi) / rho^2 is the variance of v_c . du, the
 * unknown cross velocity v_c seen along a line of sight that is itself uncertain: a product
 * of two errors, but v_c is large (0.4 m/s for sigma_c = 800 m/s, 500 m at 1,000 km), and
 * without it the radial variance of an accurate range rate is too small (the test measured
 * a mean NEES of 6.04 over 100,000 draws, 4 sigma above 6). The bias w tr(Pi R Pi) / (2 rho^2)
 * of the radial component (the cosine of the direction error) is neglected: 0.002 m/s for
 * 7 km/s, 500 m at 1,000 km.
 *
 * <p>Choice of sigma_c: by default v_max / sqrt(3) = 4,330 m/s for v_max = 7.5 km/s, the RMS
 * per axis of a velocity of magnitude v_max in a uniformly random direction. It does not
 * shrink with the measured radial speed (a target with rdot near v_max could have no cross
 * speed left) because speeds up to v_max are bounds, not values, and a prior too tight
 * would make the first gates miss; it is configurable.
 *
 * <p>Outputs into caller arrays; allocation-free (workspace in the instance, so one
 * instance per thread: the fusion thread's).
 */
public final class RangeRateInitiator {

    /** Default sigma_c: 7.5 km/s / sqrt(3), about 4,330 m/s. */
    public static final double DEFAULT_CROSS_VELOCITY_SIGMA_MPS = TwoPointInitiator.DEFAULT_MAX_SPEED_MPS / Math.sqrt(3.0);

    private final double crossVariance;
    private final double[] u = new double[3];
    private final double[] vs = new double[3];
    /** The projector across the line of sight, I - u u^T. */
    private final double[] pi = new double[9];
    private final double[] a = new double[9];
    private final double[] r = new double[9];
    /** R A^T. */
    private final double[] rat = new double[9];

    /** Creates the initiator with the default cross-velocity sigma. */
    public RangeRateInitiator() {
        this(DEFAULT_CROSS_VELOCITY_SIGMA_MPS);
    }

    /**
     * Creates the initiator.
     *
     * @param crossVelocitySigmaMps sigma_c, the prior sigma of each velocity component across
     *     the line of sight, m/s, &gt; 0
     * @throws IllegalArgumentException if sigma_c is not finite and positive
     */
    public RangeRateInitiator(final double crossVelocitySigmaMps) {
        if (!(crossVelocitySigmaMps > 0.0 && Double.isFinite(crossVelocitySigmaMps))) {
            throw new IllegalArgumentException("cross velocity sigma must be finite and > 0 m/s, got "
                + crossVelocitySigmaMps);
        }
        this.crossVariance = crossVelocitySigmaMps * crossVelocitySigmaMps;
    }

    /**
     * Returns sigma_c.
     *
     * @return the prior sigma of each cross component, m/s
     */
    public double crossVelocitySigma() {
        return Math.sqrt(crossVariance);
    }

    /**
     * Computes the initial estimate of one plot.
     *
     * @param position the plot's ECEF position x, y, z, m (further elements are ignored)
     * @param positionCovariance its 3 x 3 ECEF covariance R, row-major, m^2
     * @param sensorPosition the sensor's ECEF position, m
     * @param sensorVelocity the sensor's ECEF velocity, m/s, or null for a fixed site
     * @param rangeRateMps the measured range rate, m/s, positive when opening
     * @param rangeRateSigmaMps its sigma, m/s, &gt; 0
     * @param stateOut receives x, y, z (m), vx, vy, vz (m/s), ECEF
     * @param covarianceOut receives the 6 x 6 covariance, row-major, exactly symmetric
     * @throws IllegalArgumentException if the plot is at the sensor, the range-rate sigma is
     *     not positive, or a value is not finite
     */
    public void initiate(final double[] position, final double[] positionCovariance, final double[] sensorPosition,
        final double[] sensorVelocity, final double rangeRateMps, final double rangeRateSigmaMps,
        final double[] stateOut, final double[] covarianceOut) {
        if (!(rangeRateSigmaMps > 0.0 && Double.isFinite(rangeRateSigmaMps)) || !Double.isFinite(rangeRateMps)) {
            throw new IllegalArgumentException("range rate " + rangeRateMps + " m/s with sigma " + rangeRateSigmaMps
                + " m/s: need finite values and a sigma > 0");
        }
        final double dx = position[0] - sensorPosition[0];
        final double dy = position[1] - sensorPosition[1];
        final double dz = position[2] - sensorPosition[2];
        final double rho = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (!(rho > 0.0 && Double.isFinite(rho))) {
            throw new IllegalArgumentException("the plot must be at a finite, non-zero distance from the sensor, got "
                + rho + " m");
        }
        final double ux = dx / rho;
        final double uy = dy / rho;
        final double uz = dz / rho;
        final double sx = sensorVelocity == null ? 0.0 : sensorVelocity[0];
        final double sy = sensorVelocity == null ? 0.0 : sensorVelocity[1];
        final double sz = sensorVelocity == null ? 0.0 : sensorVelocity[2];
        final double radial = rangeRateMps + ux * sx + uy * sy + uz * sz;
        for (int k = 0; k < 3; k++) {
            stateOut[k] = position[k];
        }
        stateOut[3] = radial * ux;
        stateOut[4] = radial * uy;
        stateOut[5] = radial * uz;

        // Projector across the line of sight, and A = (w I + u v_s^T) Pi / rho.
        u[0] = ux;
        u[1] = uy;
        u[2] = uz;
        vs[0] = sx;
        vs[1] = sy;
        vs[2] = sz;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                pi[3 * i + j] = (i == j ? 1.0 : 0.0) - u[i] * u[j];
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0.0;
                for (int k = 0; k < 3; k++) {
                    sum += ((i == k ? radial : 0.0) + u[i] * vs[k]) * pi[3 * k + j];
                }
                a[3 * i + j] = sum / rho;
            }
        }
        final double rangeRateVariance = rangeRateSigmaMps * rangeRateSigmaMps;
        // R symmetrised, R A^T, and A R A^T.
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = 0.5 * (positionCovariance[3 * i + j] + positionCovariance[3 * j + i]);
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0.0;
                for (int k = 0; k < 3; k++) {
                    sum += r[3 * i + k] * a[3 * j + k];
                }
                rat[3 * i + j] = sum;
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                covarianceOut[6 * i + j] = r[3 * i + j];
                covarianceOut[6 * i + 3 + j] = rat[3 * i + j];
                covarianceOut[6 * (3 + j) + i] = rat[3 * i + j];
            }
        }
        // tr(Pi R Pi) = tr(Pi R), Pi being a symmetric projector.
        double crossTrace = 0.0;
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                crossTrace += pi[3 * i + k] * r[3 * k + i];
            }
        }
        final double radialVariance = rangeRateVariance + crossVariance * crossTrace / (rho * rho);
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                double ara = 0.0;
                for (int k = 0; k < 3; k++) {
                    ara += a[3 * i + k] * rat[3 * k + j];
                }
                final double value = ara + radialVariance * u[i] * u[j] + crossVariance * pi[3 * i + j];
                covarianceOut[6 * (3 + i) + 3 + j] = value;
                covarianceOut[6 * (3 + j) + 3 + i] = value;
            }
        }
    }
}
