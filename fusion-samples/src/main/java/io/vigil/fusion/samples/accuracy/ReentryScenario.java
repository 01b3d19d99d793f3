package io.vigil.fusion.samples.accuracy;

import io.vigil.fusion.math.StrictTrig;

/**
 * The numbers of the re-entry benchmark of Farina, Ristic and Benvenuti, "Tracking a
 * ballistic target: comparison of several nonlinear filters", IEEE Trans. AES 38(3), 2002
 * (also Ristic, Arulampalam and Gordon, "Beyond the Kalman Filter", 2004, chapter 5).
 *
 * <p>A target falls in a vertical plane toward a radar at the origin. The state is
 * [x, xdot, h, hdot]: downrange distance from the radar and height (m), and their rates (m/s).
 * Drag decelerates it by g rho V^2 / (2 beta), beta being the ballistic coefficient in the
 * paper's convention (weight per reference area, kg m^-1 s^-2 = Pa), rho the air density of
 * {@link PlanarAtmosphere}. The radar measures range and elevation every
 * {@link #STEP_SECONDS}.
 */
public final class ReentryScenario {

    /** Index of the downrange position x (m) in a state. */
    public static final int X = 0;
    /** Index of the downrange velocity xdot (m/s). */
    public static final int VX = 1;
    /** Index of the height h (m). */
    public static final int H = 2;
    /** Index of the vertical velocity hdot (m/s). */
    public static final int VH = 3;
    /** Dimension of the kinematic state. */
    public static final int KINEMATIC = 4;

    /** Gravitational acceleration g, m/s^2 (uniform, flat Earth, as in the paper). */
    public static final double GRAVITY = 9.81;
    /** True ballistic coefficient beta, kg m^-1 s^-2. */
    public static final double BALLISTIC_COEFFICIENT = 40_000.0;
    /** Sampling interval T of the radar, seconds. */
    public static final double STEP_SECONDS = 2.0;
    /** Number of radar scans (at T, 2T, ... 120 s). */
    public static final int STEPS = 60;
    /** Range noise standard deviation, m. */
    public static final double RANGE_SIGMA_M = 100.0;
    /** Elevation noise standard deviation, rad (0.017 deg). */
    public static final double ELEVATION_SIGMA_RAD = Math.toRadians(0.017);
    /** Process noise intensity q, m^2/s^3: Q = q blkdiag(Theta, Theta). */
    public static final double PROCESS_NOISE_INTENSITY = 1.0;

    /** True initial downrange distance, m. */
    public static final double TRUE_X0_M = 232_000.0;
    /** True initial height, m. */
    public static final double TRUE_H0_M = 88_000.0;
    /** True initial speed, m/s. */
    public static final double TRUE_SPEED_MPS = 2290.0;
    /** Filters' initial speed, m/s. */
    public static final double PRIOR_SPEED_MPS = 2300.0;
    /** Flight-path angle from the x axis, rad (190 deg: 10 deg below horizontal, toward the radar). */
    public static final double PATH_ANGLE_RAD = Math.toRadians(190.0);
    /** Filters' initial downrange distance, m. */
    public static final double PRIOR_X0_M = 230_000.0;
    /** Filters' initial height, m. */
    public static final double PRIOR_H0_M = 90_000.0;
    /** Prior standard deviation of the positions, m. */
    public static final double PRIOR_POSITION_SIGMA_M = 1000.0;
    /** Prior standard deviation of the velocities, m/s. */
    public static final double PRIOR_VELOCITY_SIGMA_MPS = 20.0;

    private ReentryScenario() {
    }

    /**
     * The true state at t = 0.
     *
     * @return [x (m), xdot (m/s), h (m), hdot (m/s)], a new array
     */
    public static double[] trueInitialState() {
        return new double[] {TRUE_X0_M, TRUE_SPEED_MPS * StrictTrig.cos(PATH_ANGLE_RAD),
            TRUE_H0_M, TRUE_SPEED_MPS * StrictTrig.sin(PATH_ANGLE_RAD)};
    }

    /**
     * The filters' initial mean, the same for every run.
     *
     * @return [x (m), xdot (m/s), h (m), hdot (m/s)], a new array
     */
    public static double[] priorMean() {
        return new double[] {PRIOR_X0_M, PRIOR_SPEED_MPS * StrictTrig.cos(PATH_ANGLE_RAD),
            PRIOR_H0_M, PRIOR_SPEED_MPS * StrictTrig.sin(PATH_ANGLE_RAD)};
    }

    /**
     * The filters' initial covariance P0 = diag(1000^2, 20^2, 1000^2, 20^2).
     *
     * @return 4 x 4, row-major, in m^2, m^2/s, m^2/s^2; a new array
     */
    public static double[] priorCovariance() {
        final double[] p = new double[KINEMATIC * KINEMATIC];
        final double pp = PRIOR_POSITION_SIGMA_M * PRIOR_POSITION_SIGMA_M;
        final double vv = PRIOR_VELOCITY_SIGMA_MPS * PRIOR_VELOCITY_SIGMA_MPS;
        p[X * KINEMATIC + X] = pp;
        p[VX * KINEMATIC + VX] = vv;
        p[H * KINEMATIC + H] = pp;
        p[VH * KINEMATIC + VH] = vv;
        return p;
    }

    /**
     * The time of a scan.
     *
     * @param step 0 (the prior) to {@link #STEPS}
     * @return step T, seconds
     */
    public static double timeSeconds(final int step) {
        return step * STEP_SECONDS;
    }
}
