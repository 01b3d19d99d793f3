package io.vigil.fusion.samples.metrics;

/**
 * A true impact inside a defended area, and the warning the area had of it.
 *
 * @param objectId the object, as in {@code truth_events.csv}
 * @param areaId the area its impact point fell in
 * @param impactNanos the true impact time, nanoseconds since the Unix epoch
 * @param distanceFromCentreM geodesic distance from the area's centre to the true impact
 *     point, metres (at most the area's radius)
 * @param warningTimeS seconds from the area's first RAISED event (any track) to the impact,
 *     or NaN if no warning was raised for the area before the impact
 */
public record AreaImpact(String objectId, String areaId, long impactNanos, double distanceFromCentreM,
    double warningTimeS) {

    /**
     * Returns whether the impact came without a warning for its area.
     *
     * @return true if no RAISED event for the area preceded the impact
     */
    public boolean missed() {
        return Double.isNaN(warningTimeS);
    }
}
