package io.vigil.fusion.engine;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.trajectory.FlightPhase;
import io.vigil.fusion.trajectory.KeplerApogee;

/**
 * A track as reported to the host: a flyweight reused for every {@link FusionListener}
 * track callback, valid only during it. State in ECEF (WGS-84): position in metres, velocity
 * in m/s, covariance of the six in m and m/s, row-major; geodetic position computed on
 * first request within the call.
 */
public final class TrackView {

    private final double[] geodetic = new double[3];
    private final Sensor[] sensors;
    private Track track;
    private TrackStatus status;
    private double[] state;
    private double[] covariance;
    private int dimension;
    private long timeNanos;
    private boolean geodeticDone;
    private final TrajectoryStage trajectory;
    private FlightPhase phase;
    private double apogeeM;
    private boolean apogeeDone;
    private final double[] apogeeWork = new double[3];

    TrackView(final Sensor[] sensors, final TrajectoryStage trajectory) {
        this.sensors = sensors;
        this.trajectory = trajectory;
    }

    TrackView bind(final Track reported, final TrackStatus reportedStatus, final double[] reportedState,
        final double[] reportedCovariance, final long reportedTimeNanos) {
        this.track = reported;
        this.status = reportedStatus;
        this.state = reportedState;
        this.covariance = reportedCovariance;
        this.dimension = reported.dimension();
        this.timeNanos = reportedTimeNanos;
        this.geodeticDone = false;
        this.phase = null;
        this.apogeeDone = false;
        return this;
    }

    /**
     * Returns the track id: positive, increasing in order of initiation, never reused.
     *
     * @return the id
     */
    public long trackId() {
        return track.id();
    }

    /**
     * Returns the status reported.
     *
     * @return the status
     */
    public TrackStatus status() {
        return status;
    }

    /**
     * Returns the time the reported state refers to.
     *
     * @return nanoseconds since the Unix epoch, UTC
     */
    public long timeNanos() {
        return timeNanos;
    }

    /**
     * Returns ECEF x.
     *
     * @return metres
     */
    public double x() {
        return state[0];
    }

    /**
     * Returns ECEF y.
     *
     * @return metres
     */
    public double y() {
        return state[1];
    }

    /**
     * Returns ECEF z.
     *
     * @return metres
     */
    public double z() {
        return state[2];
    }

    /**
     * Returns ECEF velocity x.
     *
     * @return m/s
     */
    public double vx() {
        return state[3];
    }

    /**
     * Returns ECEF velocity y.
     *
     * @return m/s
     */
    public double vy() {
        return state[4];
    }

    /**
     * Returns ECEF velocity z.
     *
     * @return m/s
     */
    public double vz() {
        return state[5];
    }

    /**
     * Returns an element of the position-velocity covariance.
     *
     * @param i row, 0..5 (x, y, z, vx, vy, vz)
     * @param j column, 0..5
     * @return the element, in m^2, m^2/s or m^2/s^2
     */
    public double covariance(final int i, final int j) {
        return covariance[i * dimension + j];
    }

    /**
     * Returns the geodetic latitude of the reported position.
     *
     * @return degrees
     */
    public double latitudeDeg() {
        return Math.toDegrees(geodetic()[Geodetic.LATITUDE]);
    }

    /**
     * Returns the longitude of the reported position.
     *
     * @return degrees
     */
    public double longitudeDeg() {
        return Math.toDegrees(geodetic()[Geodetic.LONGITUDE]);
    }

    /**
     * Returns the ellipsoidal height of the reported position.
     *
     * @return metres
     */
    public double heightM() {
        return geodetic()[Geodetic.HEIGHT];
    }

    /**
     * Returns the number of plots that have updated the track.
     *
     * @return hits
     */
    public int hits() {
        return track.hits();
    }

    /**
     * Returns the host's tag of the last plot that updated the track.
     *
     * @return the tag
     */
    public long lastTag() {
        return track.lastTag();
    }

    /**
     * Returns whether a sensor has contributed a plot to the track.
     *
     * @param sensorIndex the engine's sensor index
     * @return true if it has
     */
    public boolean contributed(final int sensorIndex) {
        return track.contributed(sensorIndex);
    }

    /**
     * Returns whether any sensor of a nation has contributed a plot to the track.
     *
     * @param nation the nation code, as configured on the sensors
     * @return true if one has
     */
    public boolean contributedByNation(final String nation) {
        for (int i = 0; i < sensors.length; i++) {
            if (track.contributed(i) && sensors[i].nation().equals(nation)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the track's flight phase at the reported state: BOOST while its boost mode is
     * the more likely, else REENTRY when descending below the entry interface, else MIDCOURSE
     * ({@link FlightPhase#of}).
     *
     * @return the phase, or null if the engine does not estimate phases (a single motion
     *     model, modes other than the flight-phase IMM's, or {@code impacts(false)})
     */
    public FlightPhase phase() {
        if (phase == null && trajectory != null) {
            // From the view's own geodetic position: no second conversion when the host asks both.
            phase = FlightPhase.of(trajectory.boostProbability(track), geodetic(), state);
        }
        return phase;
    }

    /**
     * Returns the apogee height of the reported state's ballistic arc: the two-body
     * (Keplerian) arc through the state, without J2 or drag ({@link KeplerApogee}; J2 adds a
     * few hundred metres for medium-range flights). Behind the object once it has passed its
     * apogee; in boost, the apogee it would reach if its motor stopped now.
     *
     * @return metres above the WGS-84 ellipsoid; +Infinity for an escape arc; NaN if the engine
     *     estimates no flight phases (see {@link #phase()})
     */
    public double apogeeM() {
        if (!apogeeDone) {
            apogeeM = trajectory == null ? Double.NaN
                : KeplerApogee.heightM(state[0], state[1], state[2], state[3], state[4], state[5], apogeeWork);
            apogeeDone = true;
        }
        return apogeeM;
    }

    private double[] geodetic() {
        if (!geodeticDone) {
            Geodetic.fromEcef(state[0], state[1], state[2], geodetic);
            geodeticDone = true;
        }
        return geodetic;
    }
}
