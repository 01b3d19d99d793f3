package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.track.TrackStatus;

/**
 * A track's ECEF position-velocity estimate carried from its report time to an evaluation
 * time at constant velocity: x(t) = F x(t_r), P(t) = F P(t_r) F^T with F = [[I, dt I], [0, I]],
 * dt = t - t_r. No process noise is added: the covariance is what the tracker itself claims
 * for the reported state, moved along the straight line, so the NEES judges the tracker's
 * covariance and not a noise model chosen here. Over the few seconds of staleness allowed
 * the straight line is off a ballistic arc by about g dt^2 / 2 (120 m at 5 s), which shows
 * in the errors of stale tracks; evaluation times that fall on report times see none of it.
 */
public final class TrackEstimate {

    /** Nanoseconds per second: durations divide by it, so whole seconds come out exact. */
    private static final double NANOS_PER_SECOND = 1e9;

    private final long trackId;
    private final long reportTimeNanos;
    private final long timeNanos;
    private final TrackStatus status;
    private final double[] state;
    private final double[] covariance;

    private TrackEstimate(final long trackId, final long reportTimeNanos, final long timeNanos,
        final TrackStatus status, final double[] state, final double[] covariance) {
        this.trackId = trackId;
        this.reportTimeNanos = reportTimeNanos;
        this.timeNanos = timeNanos;
        this.status = status;
        this.state = state;
        this.covariance = covariance;
    }

    /**
     * Carries a track report to an evaluation time.
     *
     * @param report the report (ECEF state and 6 x 6 covariance)
     * @param timeNanos the evaluation time, nanoseconds since the Unix epoch (usually at or after the report)
     * @return the estimate at {@code timeNanos}
     */
    public static TrackEstimate extrapolate(final TrackRecord report, final long timeNanos) {
        final double dt = (timeNanos - report.timeNanos()) / NANOS_PER_SECOND;
        final double[] velocity = {report.vxMps(), report.vyMps(), report.vzMps()};
        final double[] state = {
            report.xM() + dt * velocity[0], report.yM() + dt * velocity[1], report.zM() + dt * velocity[2],
            velocity[0], velocity[1], velocity[2]};
        final double[] p = new double[36];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                p[6 * i + j] = report.covariance(i, j);
            }
        }
        // F P F^T by blocks: Ppp + dt (Ppv + Pvp) + dt^2 Pvv, Ppv + dt Pvv, Pvv; written from the
        // upper triangle and mirrored, so the result is exactly symmetric.
        final double[] grown = new double[36];
        for (int i = 0; i < 6; i++) {
            for (int j = i; j < 6; j++) {
                final double value;
                if (i < 3 && j < 3) {
                    value = p[6 * i + j] + dt * (p[6 * i + j + 3] + p[6 * (i + 3) + j]) + dt * dt * p[6 * (i + 3) + j + 3];
                } else if (i < 3) {
                    value = p[6 * i + j] + dt * p[6 * (i + 3) + j];
                } else {
                    value = p[6 * i + j];
                }
                grown[6 * i + j] = value;
                grown[6 * j + i] = value;
            }
        }
        return new TrackEstimate(report.trackId(), report.timeNanos(), timeNanos, report.status(), state, grown);
    }

    /**
     * Returns the track id.
     *
     * @return the id of the track that reported
     */
    public long trackId() {
        return trackId;
    }

    /**
     * Returns the time of the report this estimate was carried from.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long reportTimeNanos() {
        return reportTimeNanos;
    }

    /**
     * Returns the time this estimate refers to.
     *
     * @return the evaluation time, nanoseconds since the Unix epoch
     */
    public long timeNanos() {
        return timeNanos;
    }

    /**
     * Returns the status of the report.
     *
     * @return CONFIRMED or COASTING for a track in the picture
     */
    public TrackStatus status() {
        return status;
    }

    /**
     * Returns one element of the state.
     *
     * @param index 0 to 5: x, y, z (m), vx, vy, vz (m/s), ECEF
     * @return the element
     */
    public double state(final int index) {
        return state[index];
    }

    /**
     * Returns one element of the 6 x 6 position-velocity covariance at the evaluation time.
     *
     * @param i row, 0 to 5
     * @param j column, 0 to 5
     * @return P(i, j), m^2, m^2/s or m^2/s^2
     */
    public double covariance(final int i, final int j) {
        return covariance[6 * i + j];
    }

    /**
     * Copies the 6 x 6 covariance, row-major.
     *
     * @param covarianceOut receives 36 elements
     */
    public void covariance(final double[] covarianceOut) {
        System.arraycopy(covariance, 0, covarianceOut, 0, 36);
    }
}
