package io.vigil.fusion.io;

import io.vigil.fusion.engine.EngineConfiguration;
import io.vigil.fusion.engine.TrackView;
import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.trajectory.FlightPhase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code tracks.csv}: one track callback, with the ECEF (WGS-84) position and
 * velocity, their 6 x 6 covariance, the geodetic position, the flight phase (null when not
 * estimated) and the ids of the sensors and nations that have contributed plots.
 *
 * @param timeNanos the time the state refers to, nanoseconds since the Unix epoch (UTC)
 * @param trackId the track id
 * @param status the track's status in this report
 * @param xM position x, metres
 * @param yM position y, metres
 * @param zM position z, metres
 * @param vxMps velocity x, m/s
 * @param vyMps velocity y, m/s
 * @param vzMps velocity z, m/s
 * @param covarianceUpper the upper triangle of the 6 x 6 position-velocity covariance, row
 *     by row (p00, p01, ..., p05, p11, ..., p55: 21 values; m^2, m^2/s, m^2/s^2)
 * @param latDeg geodetic latitude, degrees
 * @param lonDeg longitude, degrees
 * @param heightM ellipsoidal height, metres
 * @param phase the flight phase, or null if not estimated
 * @param apogeeM the apogee height of the track's ballistic arc above the ellipsoid, metres,
 *     or NaN if not estimated
 * @param sensors ids of the sensors that have contributed, in configuration order
 * @param nations codes of the nations that have contributed, in order of first sensor
 */
public record TrackRecord(
    long timeNanos, long trackId, TrackStatus status,
    double xM, double yM, double zM, double vxMps, double vyMps, double vzMps,
    double[] covarianceUpper, double latDeg, double lonDeg, double heightM,
    FlightPhase phase, double apogeeM, List<String> sensors, List<String> nations) {

    /** Elements of the covariance's upper triangle. */
    public static final int COVARIANCE_ELEMENTS = 21;

    /**
     * Checks and copies the arrays and lists, so a record is immutable.
     *
     * @param timeNanos see the record
     * @param trackId see the record
     * @param status see the record
     * @param xM see the record
     * @param yM see the record
     * @param zM see the record
     * @param vxMps see the record
     * @param vyMps see the record
     * @param vzMps see the record
     * @param covarianceUpper see the record
     * @param latDeg see the record
     * @param lonDeg see the record
     * @param heightM see the record
     * @param phase see the record
     * @param apogeeM see the record
     * @param sensors see the record
     * @param nations see the record
     */
    public TrackRecord {
        Objects.requireNonNull(status, "status");
        if (covarianceUpper.length != COVARIANCE_ELEMENTS) {
            throw new IllegalArgumentException(
                "covariance upper triangle needs " + COVARIANCE_ELEMENTS + " values, got " + covarianceUpper.length);
        }
        covarianceUpper = covarianceUpper.clone();
        sensors = List.copyOf(sensors);
        nations = List.copyOf(nations);
    }

    /**
     * Copies a track callback's view into a record, during the callback (the view is valid
     * only then). The sensors are the ids of the configured sensors that have contributed
     * plots to the track, in configuration (index) order; the nations are the distinct
     * nations of those sensors, in the same order. The flight phase and apogee are the view's
     * (null and NaN when the engine estimates none).
     *
     * @param view the view passed to {@code FusionListener.onTrack} or {@code onTrackDropped}
     * @param config the engine's configuration ({@code FusionEngine.configuration()})
     * @return the record
     */
    public static TrackRecord of(final TrackView view, final EngineConfiguration config) {
        final double[] upper = new double[COVARIANCE_ELEMENTS];
        for (int i = 0; i < 6; i++) {
            for (int j = i; j < 6; j++) {
                upper[upperIndex(i, j)] = view.covariance(i, j);
            }
        }
        final List<String> sensorIds = new ArrayList<>();
        final List<String> nationCodes = new ArrayList<>();
        for (int i = 0; i < config.sensorCount(); i++) {
            if (view.contributed(i)) {
                sensorIds.add(config.sensor(i).id());
                if (!nationCodes.contains(config.sensor(i).nation())) {
                    nationCodes.add(config.sensor(i).nation());
                }
            }
        }
        return new TrackRecord(view.timeNanos(), view.trackId(), view.status(), view.x(), view.y(), view.z(),
            view.vx(), view.vy(), view.vz(), upper, view.latitudeDeg(), view.longitudeDeg(), view.heightM(),
            view.phase(), view.apogeeM(), sensorIds, nationCodes);
    }

    /**
     * Returns a copy of the covariance's upper triangle, row by row (21 values).
     *
     * @return a copy of the covariance's upper triangle, row by row (21 values)
     */
    @Override
    public double[] covarianceUpper() {
        return covarianceUpper.clone();
    }

    /**
     * Returns one element of the 6 x 6 position-velocity covariance.
     *
     * @param i row, 0 to 5 (x, y, z, vx, vy, vz)
     * @param j column, 0 to 5
     * @return P(i, j) = P(j, i)
     */
    public double covariance(final int i, final int j) {
        final int row = Math.min(i, j);
        final int column = Math.max(i, j);
        if (row < 0 || column > 5) {
            throw new IndexOutOfBoundsException("covariance index (" + i + ", " + j + ") outside 6 x 6");
        }
        return covarianceUpper[upperIndex(row, column)];
    }

    /**
     * The position of element (row, column), row &lt;= column, in the upper triangle stored
     * row by row.
     *
     * @param row 0 to 5
     * @param column row to 5
     * @return the index into {@link #covarianceUpper()}
     */
    public static int upperIndex(final int row, final int column) {
        return row * 6 - row * (row - 1) / 2 + (column - row);
    }

    @Override
    public boolean equals(final Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TrackRecord)) {
            return false;
        }
        final TrackRecord o = (TrackRecord) other;
        return timeNanos == o.timeNanos && trackId == o.trackId && status == o.status
            && Double.compare(xM, o.xM) == 0 && Double.compare(yM, o.yM) == 0 && Double.compare(zM, o.zM) == 0
            && Double.compare(vxMps, o.vxMps) == 0 && Double.compare(vyMps, o.vyMps) == 0
            && Double.compare(vzMps, o.vzMps) == 0 && Arrays.equals(covarianceUpper, o.covarianceUpper)
            && Double.compare(latDeg, o.latDeg) == 0 && Double.compare(lonDeg, o.lonDeg) == 0
            && Double.compare(heightM, o.heightM) == 0 && phase == o.phase
            && Double.compare(apogeeM, o.apogeeM) == 0 && sensors.equals(o.sensors)
            && nations.equals(o.nations);
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(timeNanos);
        h = 31 * h + Long.hashCode(trackId);
        h = 31 * h + status.hashCode();
        h = 31 * h + Double.hashCode(xM);
        h = 31 * h + Double.hashCode(yM);
        h = 31 * h + Double.hashCode(zM);
        h = 31 * h + Arrays.hashCode(covarianceUpper);
        return h;
    }

    @Override
    public String toString() {
        return "TrackRecord[time=" + timeNanos + ", id=" + trackId + ", " + status + ", x=" + xM + ", y=" + yM
            + ", z=" + zM + ", v=(" + vxMps + ", " + vyMps + ", " + vzMps + "), phase=" + phase + ", sensors="
            + sensors + "]";
    }
}
