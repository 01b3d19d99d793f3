package io.vigil.fusion.io;

/**
 * One row of {@code truth_events.csv}: where and when a simulated object was launched and
 * where and when it hits the ground (WGS-84 geodetic, height 0).
 *
 * @param objectId the object's id, as in {@code truth.csv}
 * @param launchTimeNanos launch time, nanoseconds since the Unix epoch (UTC)
 * @param launchLatDeg launch point geodetic latitude, degrees
 * @param launchLonDeg launch point longitude, degrees
 * @param impactTimeNanos impact time, nanoseconds since the Unix epoch (UTC)
 * @param impactLatDeg impact point geodetic latitude, degrees
 * @param impactLonDeg impact point longitude, degrees
 */
public record TruthEventRecord(
    String objectId, long launchTimeNanos, double launchLatDeg, double launchLonDeg,
    long impactTimeNanos, double impactLatDeg, double impactLonDeg) {
}
