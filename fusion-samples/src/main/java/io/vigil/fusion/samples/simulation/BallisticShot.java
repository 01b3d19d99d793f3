package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.geo.Geodetic;
import java.util.Arrays;

/**
 * One trial flight of a missile's re-entry vehicle from launch to impact, with no
 * separation impulse: what the aim solver shoots to see where a launch azimuth, kick angle
 * and cut-off time land.
 *
 * <p>The stack flies its ascent program and coasts to separation; the vehicle then flies
 * on with its own ballistic coefficient (or, without separation, the stack flies on to the
 * ground). Times are seconds since the scenario epoch; angles radians.
 */
final class BallisticShot {

    /** A flight that has not landed this long after launch is in orbit or lost, seconds. */
    static final double MAX_FLIGHT_S = 4.0 * 3600.0;

    private final MissileDesign design;
    private final EarthRotation rotation;
    private final double launchS;
    private final double latitudeRad;
    private final double longitudeRad;
    private final boolean separation;
    private final FlightPropagator propagator = new FlightPropagator();
    private final double[] out = new double[3];
    private final double[] ecef = new double[6];

    private double impactLatitudeRad;
    private double impactLongitudeRad;
    private double rangeM;
    private double impactAzimuthRad;

    /**
     * Prepares shots from a launch site.
     *
     * @param design the missile
     * @param rotation the Earth's rotation since the scenario epoch
     * @param launchS launch time, seconds since the epoch
     * @param latitudeRad launch site geodetic latitude, radians
     * @param longitudeRad launch site longitude, radians
     * @param separation whether the vehicle separates from its tank (it then flies with its own beta)
     */
    BallisticShot(
        final MissileDesign design, final EarthRotation rotation, final double launchS, final double latitudeRad,
        final double longitudeRad, final boolean separation) {
        this.design = design;
        this.rotation = rotation;
        this.launchS = launchS;
        this.latitudeRad = latitudeRad;
        this.longitudeRad = longitudeRad;
        this.separation = separation;
    }

    /**
     * Flies one shot; its results are then read from the accessors.
     *
     * @param azimuthRad launch azimuth, radians clockwise from north
     * @param kickRad kick angle, radians
     * @param burnS thrust time, seconds
     * @param truthStepS truth grid spacing, seconds
     */
    void fire(final double azimuthRad, final double kickRad, final double burnS, final double truthStepS) {
        final AscentProgram ascent = new AscentProgram(design, launchS, latitudeRad, longitudeRad, azimuthRad, kickRad, burnS);
        final double[] state = launchState();
        final FlightPath stackPath = new FlightPath();
        stackPath.add(launchS, state, true);
        final InertialGravity gravity = InertialGravity.wgs84();
        final StandardAtmosphere1976 atmosphere = new StandardAtmosphere1976();
        final FlightDynamics stack = new FlightDynamics(gravity, atmosphere, ascent, Double.NaN);
        final double separationS = separation ? ascent.thrustEndS() + design.separation().delayS() : Double.NaN;
        final double stackStopS = separation ? separationS : launchS + MAX_FLIGHT_S;
        final double[] events = separation ? append(ascent.eventTimesS(), separationS) : ascent.eventTimesS();
        FlightPropagator.Outcome outcome =
            propagator.fly(stack, stackPath, state, launchS, stackStopS, events, launchS, truthStepS);
        FlightPath vehiclePath = stackPath;
        if (separation && outcome == FlightPropagator.Outcome.STOPPED) {
            vehiclePath = new FlightPath(stackPath);
            final FlightDynamics vehicle =
                new FlightDynamics(gravity, atmosphere, null, design.separation().rvBallisticCoefficient());
            outcome = propagator.fly(vehicle, vehiclePath, state, separationS, launchS + MAX_FLIGHT_S, new double[0],
                launchS, truthStepS);
        }
        if (outcome != FlightPropagator.Outcome.LANDED) {
            throw new IllegalStateException("the flight did not land within " + MAX_FLIGHT_S + " s");
        }
        impactPoint(vehiclePath, out);
        impactLatitudeRad = out[0];
        impactLongitudeRad = out[1];
        Geodesic.inverse(latitudeRad, longitudeRad, impactLatitudeRad, impactLongitudeRad, out);
        rangeM = out[Geodesic.DISTANCE];
        impactAzimuthRad = out[Geodesic.AZIMUTH_1];
    }

    /**
     * The ECI state at launch: at rest on the ellipsoid at the launch site, turning with the Earth.
     *
     * @return position (m) and velocity (m/s) in ECI
     */
    double[] launchState() {
        final double[] site = new double[6];
        Geodetic.toEcef(latitudeRad, longitudeRad, 0.0, site);
        final double[] eci = new double[6];
        rotation.stateToEci(nanosAt(launchS), site, eci);
        return eci;
    }

    /**
     * Writes a completed path's impact point.
     *
     * @param path a path whose last sample is the impact
     * @param latLonOut receives geodetic latitude and longitude, radians
     */
    void impactPoint(final FlightPath path, final double[] latLonOut) {
        final double[] eci = new double[6];
        path.state(path.size() - 1, eci);
        rotation.stateToEcef(nanosAt(path.endS()), eci, ecef);
        Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], latLonOut);
    }

    /**
     * The instant of a simulation time.
     *
     * @param timeS seconds since the epoch
     * @return nanoseconds since the Unix epoch
     */
    long nanosAt(final double timeS) {
        return rotation.epochNanos() + Math.round(timeS * 1e9);
    }

    /**
     * Returns the last shot's ground range from launch to impact, metres (geodesic).
     *
     * @return the last shot's ground range from launch to impact, metres (geodesic)
     */
    double rangeM() {
        return rangeM;
    }

    /**
     * Returns the last shot's azimuth from the launch site to its impact, radians.
     *
     * @return the last shot's azimuth from the launch site to its impact, radians
     */
    double impactAzimuthRad() {
        return impactAzimuthRad;
    }

    /**
     * Returns the last shot's impact latitude, radians.
     *
     * @return the last shot's impact latitude, radians
     */
    double impactLatitudeRad() {
        return impactLatitudeRad;
    }

    /**
     * Returns the last shot's impact longitude, radians.
     *
     * @return the last shot's impact longitude, radians
     */
    double impactLongitudeRad() {
        return impactLongitudeRad;
    }

    private static double[] append(final double[] times, final double time) {
        final double[] all = Arrays.copyOf(times, times.length + 1);
        all[times.length] = time;
        Arrays.sort(all);
        return all;
    }
}
