package io.vigil.fusion.io;

import io.vigil.fusion.engine.ImpactView;

/**
 * One row of {@code impacts.csv}: a track's predicted impact and estimated launch, with 95 %
 * error ellipses (semi-axes in metres along the surface, orientation of the major axis in
 * degrees clockwise from north). An absent launch estimate has {@link #NO_TIME} and NaNs.
 *
 * @param timeNanos engine time of the prediction, nanoseconds since the Unix epoch (UTC)
 * @param trackId the track
 * @param impactTimeNanos predicted impact time, nanoseconds since the Unix epoch
 * @param impactLatDeg predicted impact geodetic latitude, degrees
 * @param impactLonDeg predicted impact longitude, degrees
 * @param semiMajorM 95 % impact ellipse semi-major axis, metres
 * @param semiMinorM 95 % impact ellipse semi-minor axis, metres
 * @param orientationDeg impact ellipse major axis, degrees clockwise from north, in [0, 180)
 * @param cep50M circular error probable (50 %) of the impact point, metres
 * @param launchTimeNanos estimated launch time, or {@link #NO_TIME}
 * @param launchLatDeg estimated launch geodetic latitude, degrees, or NaN
 * @param launchLonDeg estimated launch longitude, degrees, or NaN
 * @param launchSemiMajorM 95 % launch ellipse semi-major axis, metres, or NaN
 * @param launchSemiMinorM 95 % launch ellipse semi-minor axis, metres, or NaN
 * @param launchOrientationDeg launch ellipse major axis, degrees clockwise from north, or NaN
 */
public record ImpactRecord(
    long timeNanos, long trackId, long impactTimeNanos, double impactLatDeg, double impactLonDeg,
    double semiMajorM, double semiMinorM, double orientationDeg, double cep50M,
    long launchTimeNanos, double launchLatDeg, double launchLonDeg,
    double launchSemiMajorM, double launchSemiMinorM, double launchOrientationDeg) {

    /** An absent time (an empty cell). */
    public static final long NO_TIME = Long.MIN_VALUE;

    /**
     * Copies an impact callback's view into a record, during the callback (the view is valid
     * only then).
     *
     * @param view the view passed to {@code FusionListener.onImpact}
     * @return the record
     */
    public static ImpactRecord of(final ImpactView view) {
        return new ImpactRecord(view.timeNanos(), view.trackId(), view.impactTimeNanos(), view.impactLatitudeDeg(),
            view.impactLongitudeDeg(), view.semiMajor95M(), view.semiMinor95M(), view.orientationDeg(), view.cep50M(),
            view.hasLaunch() ? view.launchTimeNanos() : NO_TIME, view.launchLatitudeDeg(), view.launchLongitudeDeg(),
            view.launchSemiMajor95M(), view.launchSemiMinor95M(), view.launchOrientationDeg());
    }
}
