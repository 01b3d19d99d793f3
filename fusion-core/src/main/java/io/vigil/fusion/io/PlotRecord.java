package io.vigil.fusion.io;

import io.vigil.fusion.engine.PlotClaim;

/**
 * One row of {@code plots.csv}: a plot as the sensor reported it. Angles in degrees as in the
 * file; an absent value is NaN ({@link #NO_SCAN} for the scan id).
 *
 * @param timeNanos measurement time, nanoseconds since the Unix epoch (UTC)
 * @param sensorId the reporting sensor's id (a row of {@code sensors.csv})
 * @param scanId the scan the plot belongs to, or {@link #NO_SCAN}
 * @param rangeM slant range, metres (NaN for a line of sight)
 * @param azimuthDeg azimuth clockwise from geodetic north, degrees in [0, 360) (NaN for a line of sight)
 * @param elevationDeg elevation above the local tangent plane, degrees in [-90, 90] (NaN for a line of sight)
 * @param rangeRateMps range rate, m/s, positive opening, or NaN
 * @param sensorXM ECEF sensor position x, metres (moving radars and IR sensors), or NaN
 * @param sensorYM ECEF sensor position y, metres, or NaN
 * @param sensorZM ECEF sensor position z, metres, or NaN
 * @param sensorVxMps ECEF sensor velocity x, m/s (moving radars), or NaN
 * @param sensorVyMps ECEF sensor velocity y, m/s, or NaN
 * @param sensorVzMps ECEF sensor velocity z, m/s, or NaN
 * @param losX ECEF unit line of sight x (IR sensors), or NaN
 * @param losY ECEF unit line of sight y, or NaN
 * @param losZ ECEF unit line of sight z, or NaN
 * @param sigmaRangeM range sigma overriding the sensor's, metres, or NaN
 * @param sigmaAzimuthDeg azimuth (or line-of-sight axis) sigma overriding the sensor's, degrees, or NaN
 * @param sigmaElevationDeg elevation (or line-of-sight axis) sigma overriding the sensor's, degrees, or NaN
 * @param sigmaRangeRateMps range-rate sigma overriding the sensor's, m/s, or NaN
 */
public record PlotRecord(
    long timeNanos, String sensorId, long scanId,
    double rangeM, double azimuthDeg, double elevationDeg, double rangeRateMps,
    double sensorXM, double sensorYM, double sensorZM,
    double sensorVxMps, double sensorVyMps, double sensorVzMps,
    double losX, double losY, double losZ,
    double sigmaRangeM, double sigmaAzimuthDeg, double sigmaElevationDeg, double sigmaRangeRateMps) {

    /** The scan id of a plot that belongs to no scan (an empty scan_id cell). */
    public static final long NO_SCAN = Long.MIN_VALUE;

    /**
     * Whether this is a line-of-sight plot (it has a line of sight and no range).
     *
     * @return true for a line-of-sight plot
     */
    public boolean isLineOfSight() {
        return !Double.isNaN(losX) && Double.isNaN(rangeM);
    }

    /**
     * Fills a claimed ring slot with this plot, in the engine's SI units, without committing
     * it: sensor and measurement time; the scan if there is one (never marked as the scan's
     * end); a line of sight if {@link #isLineOfSight()}, else the radar measurement with
     * azimuth and elevation converted from degrees to radians; the range rate, the sensor's
     * ECEF position and velocity if present; and the sigma overrides (degrees converted to
     * radians, an absent one NaN, which keeps the sensor's default) if any is present.
     * Values are passed as they are: the engine validates them and rejects the plot with its
     * {@code RejectReason} if they are out of range.
     *
     * @param claim the claim from {@code PlotPublisher.claim()}
     * @param sensorIndex the engine's index of {@link #sensorId()} ({@code FusionEngine.sensorIndex})
     * @return the claim, for {@code commit()}
     */
    public PlotClaim fill(final PlotClaim claim, final int sensorIndex) {
        claim.sensor(sensorIndex).time(timeNanos);
        if (scanId != NO_SCAN) {
            claim.scan(scanId, false);
        }
        if (isLineOfSight()) {
            claim.lineOfSight(losX, losY, losZ);
        } else {
            claim.radar(rangeM, Math.toRadians(azimuthDeg), Math.toRadians(elevationDeg));
        }
        if (!Double.isNaN(rangeRateMps)) {
            claim.rangeRate(rangeRateMps);
        }
        if (anyPresent(sensorXM, sensorYM, sensorZM)) {
            claim.sensorPosition(sensorXM, sensorYM, sensorZM);
        }
        if (anyPresent(sensorVxMps, sensorVyMps, sensorVzMps)) {
            claim.sensorVelocity(sensorVxMps, sensorVyMps, sensorVzMps);
        }
        if (anyPresent(sigmaRangeM, sigmaAzimuthDeg, sigmaElevationDeg) || !Double.isNaN(sigmaRangeRateMps)) {
            claim.sigmas(sigmaRangeM, Math.toRadians(sigmaAzimuthDeg), Math.toRadians(sigmaElevationDeg),
                sigmaRangeRateMps);
        }
        return claim;
    }

    private static boolean anyPresent(final double a, final double b, final double c) {
        return !Double.isNaN(a) || !Double.isNaN(b) || !Double.isNaN(c);
    }
}
