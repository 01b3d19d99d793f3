package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.EarthRotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The flight of one launch: the aim solution, the stack's boost, the separation and the
 * trajectory of every object to its impact.
 *
 * <p>At separation the re-entry vehicle and its tank are pushed apart along the velocity,
 * the tank backward, with a relative speed drawn from the design's range and a small random
 * tilt; momentum is conserved, so each gets its share by the other's mass. Debris pieces get
 * a speed from their range in a uniform random direction, and a ballistic coefficient drawn
 * from theirs. A stack that lands before its separation time never separates.
 */
final class MissileFlight {

    /** Largest tilt of the tank's push from straight back, as a fraction of a unit vector. */
    private static final double TANK_TILT = 0.2;

    private final LaunchSpec launch;
    private final List<FlownObject> objects;
    private final double thrustEndS;

    /**
     * Assembles a flight from objects already flown ({@link #fly} is the way to fly one).
     *
     * @param launch the launch
     * @param objects the objects, the re-entry vehicle first
     * @param thrustEndS end of the stack's thrust, seconds since the epoch
     */
    MissileFlight(final LaunchSpec launch, final List<FlownObject> objects, final double thrustEndS) {
        this.launch = launch;
        this.objects = List.copyOf(objects);
        this.thrustEndS = thrustEndS;
    }

    /**
     * Flies a launch.
     *
     * @param launch the launch
     * @param rotation the Earth's rotation since the scenario epoch
     * @param truthStepS the truth grid spacing, seconds
     * @param noise the launch's random source (separation impulses, debris)
     * @return the flight
     * @throws IllegalArgumentException if the aim point is outside the class's reach
     */
    static MissileFlight fly(
        final LaunchSpec launch, final EarthRotation rotation, final double truthStepS, final NoiseSource noise) {
        final MissileDesign design = launch.threatClass().design();
        final double latitude = Math.toRadians(launch.launchLatDeg());
        final double longitude = Math.toRadians(launch.launchLonDeg());
        final double launchS = launch.launchOffsetS();
        final BallisticShot shot =
            new BallisticShot(design, rotation, launchS, latitude, longitude, launch.separation());
        final AimSolver.Solution aim = AimSolver.solve(launch.id(), launch.threatClass(), shot, latitude, longitude,
            Math.toRadians(launch.aimLatDeg()), Math.toRadians(launch.aimLonDeg()), truthStepS);

        final AscentProgram ascent = new AscentProgram(
            design, launchS, latitude, longitude, aim.azimuthRad(), aim.kickRad(), aim.burnS());
        final InertialGravity gravity = InertialGravity.wgs84();
        final StandardAtmosphere1976 atmosphere = new StandardAtmosphere1976();
        final FlightPropagator propagator = new FlightPropagator();
        final double[] state = shot.launchState();
        final FlightPath stackPath = new FlightPath();
        stackPath.add(launchS, state, true);
        final double separationS = ascent.thrustEndS() + design.separation().delayS();
        final double stackStopS = launch.separation() ? separationS : launchS + BallisticShot.MAX_FLIGHT_S;
        final double[] events = withTime(ascent.eventTimesS(), separationS);
        final FlightPropagator.Outcome outcome = propagator.fly(new FlightDynamics(gravity, atmosphere, ascent,
            Double.NaN), stackPath, state, launchS, stackStopS, events, launchS, truthStepS);
        final String rvId = launch.id() + "-RV";
        final List<FlownObject> objects = new ArrayList<>();
        if (outcome == FlightPropagator.Outcome.LANDED) {
            objects.add(new FlownObject(rvId, stackPath, launchS, ascent.thrustEndS(), Double.POSITIVE_INFINITY, true));
            return new MissileFlight(launch, objects, ascent.thrustEndS());
        }
        if (!launch.separation()) {
            throw new IllegalStateException("launch " + launch.id() + " did not land within "
                + BallisticShot.MAX_FLIGHT_S + " s");
        }

        // Separation impulses, in ECI.
        final SeparationDesign separation = design.separation();
        final double speed = Math.sqrt(state[3] * state[3] + state[4] * state[4] + state[5] * state[5]);
        final double[] forward = {state[3] / speed, state[4] / speed, state[5] / speed};
        final double[] tilt = new double[3];
        noise.direction(tilt);
        final double relativeSpeed = noise.uniform(separation.tankSpeedLowMps(), separation.tankSpeedHighMps());
        final double[] push = new double[3];
        for (int k = 0; k < 3; k++) {
            push[k] = -forward[k] + TANK_TILT * tilt[k];
        }
        scaleTo(push, relativeSpeed);
        final double vehicleMass = design.payloadMassKg();
        final double tankMass = ascent.massAtThrustEndKg() - vehicleMass;
        final double total = vehicleMass + tankMass;
        final double[] vehicleKick = scaled(push, -tankMass / total);
        final double[] tankKick = scaled(push, vehicleMass / total);

        objects.add(flyPiece(rvId, true, stackPath, state, vehicleKick, separation.rvBallisticCoefficient(),
            launchS, ascent.thrustEndS(), separationS, truthStepS, propagator, gravity, atmosphere));
        objects.add(flyPiece(launch.id() + "-TANK", false, stackPath, state, tankKick,
            separation.tankBallisticCoefficient(), launchS, ascent.thrustEndS(), separationS, truthStepS, propagator,
            gravity, atmosphere));
        for (int i = 1; i <= launch.debris(); i++) {
            final double[] direction = new double[3];
            noise.direction(direction);
            final double pieceSpeed = noise.uniform(separation.debrisSpeedLowMps(), separation.debrisSpeedHighMps());
            final double beta = noise.uniform(separation.debrisBallisticLow(), separation.debrisBallisticHigh());
            objects.add(flyPiece(launch.id() + "-DEB" + i, false, stackPath, state, scaled(direction, pieceSpeed),
                beta, launchS, ascent.thrustEndS(), separationS, truthStepS, propagator, gravity, atmosphere));
        }
        return new MissileFlight(launch, objects, ascent.thrustEndS());
    }

    /**
     * Returns the launch.
     *
     * @return the launch
     */
    LaunchSpec launch() {
        return launch;
    }

    /**
     * Returns the objects, the re-entry vehicle first.
     *
     * @return the objects, the re-entry vehicle first
     */
    List<FlownObject> objects() {
        return objects;
    }

    /**
     * Returns the end of the stack's thrust, seconds since the epoch.
     *
     * @return the end of the stack's thrust, seconds since the epoch
     */
    double thrustEndS() {
        return thrustEndS;
    }

    private static FlownObject flyPiece(
        final String id, final boolean lead, final FlightPath stackPath, final double[] separationState,
        final double[] impulse, final double beta, final double launchS, final double thrustEndS,
        final double separationS, final double truthStepS, final FlightPropagator propagator,
        final InertialGravity gravity, final StandardAtmosphere1976 atmosphere) {
        final FlightPath path = new FlightPath(stackPath);
        final double[] state = separationState.clone();
        state[3] += impulse[0];
        state[4] += impulse[1];
        state[5] += impulse[2];
        // The separation instant gets a second sample, after the impulse; it takes over the truth mark.
        final boolean truth = path.isTruthSample(path.size() - 1);
        path.unmarkLast();
        path.add(separationS, state, truth);
        final FlightPropagator.Outcome outcome = propagator.fly(new FlightDynamics(gravity, atmosphere, null, beta),
            path, state, separationS, launchS + BallisticShot.MAX_FLIGHT_S, new double[0], launchS, truthStepS);
        if (outcome != FlightPropagator.Outcome.LANDED) {
            throw new IllegalStateException(id + " did not land within " + BallisticShot.MAX_FLIGHT_S + " s");
        }
        return new FlownObject(id, path, launchS, thrustEndS, separationS, lead);
    }

    private static double[] withTime(final double[] times, final double time) {
        final double[] all = Arrays.copyOf(times, times.length + 1);
        all[times.length] = time;
        Arrays.sort(all);
        return all;
    }

    private static void scaleTo(final double[] vector, final double length) {
        final double norm = Math.sqrt(vector[0] * vector[0] + vector[1] * vector[1] + vector[2] * vector[2]);
        for (int k = 0; k < 3; k++) {
            vector[k] *= length / norm;
        }
    }

    private static double[] scaled(final double[] vector, final double factor) {
        return new double[] {vector[0] * factor, vector[1] * factor, vector[2] * factor};
    }
}
