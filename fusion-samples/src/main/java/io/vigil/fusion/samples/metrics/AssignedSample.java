package io.vigil.fusion.samples.metrics;

/**
 * One object-track pair of the association at one evaluation time, with the track's errors:
 * the points of the position-error-versus-time plots and the samples of the RMSE and NEES.
 *
 * @param timeNanos the evaluation time, nanoseconds since the Unix epoch
 * @param objectId the true object
 * @param trackId the track assigned to it
 * @param positionErrorM |track position - true position|, metres (3-D, ECEF)
 * @param velocityErrorMps |track velocity - true velocity|, m/s (3-D, ECEF)
 * @param nees the normalised estimation error squared of position and velocity (6 dof), or
 *     NaN if the track's covariance is not positive definite
 * @param positionNees the NEES of position alone (3 dof), or NaN likewise
 */
public record AssignedSample(long timeNanos, String objectId, long trackId, double positionErrorM,
    double velocityErrorMps, double nees, double positionNees) {
}
