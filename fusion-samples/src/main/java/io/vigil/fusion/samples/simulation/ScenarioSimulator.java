package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Runs a scenario: flies every launch, lets every sensor look, sends every plot over its
 * nation's link, and hands the results to a {@link ScenarioOutput} (see there for the order).
 *
 * <p>Truth. Each launch is flown by the simulator's own physics, independent of the
 * tracker's motion models: equations of motion in an inertial frame (ECEF frozen at the
 * scenario epoch), WGS-84 point-mass plus J2 gravity ({@link InertialGravity}), drag in the
 * U.S. Standard Atmosphere 1976 on the air-relative velocity ({@link
 * StandardAtmosphere1976}, {@link FlightDynamics}), thrust by stages with a vertical rise,
 * kick and gravity turn ({@link AscentProgram}), aimed by shooting ({@link AimSolver}),
 * fixed-step RK4 at 0.1 s in boost and below 100 km and 1 s above ({@link
 * FlightPropagator}). States are converted to ECEF with Earth-relative velocities for
 * output. Truth states come every {@code truthStepS} from launch, plus the impact.
 *
 * <p>Sensors. Each scans at {@code scanOffsetS + k revisitS} up to the scenario's duration,
 * scan ids 1, 2, 3 ... ({@link RadarSensor}, {@link InfraredSensor}); a radar gives one plot
 * for objects inside one of its resolution cells (closely spaced objects); each plot then gets its
 * link's latency ({@link SensorLink}). The plots of all sensors are delivered in arrival
 * order (ties: sensor order, then the order made), or, when {@link PlotOrder#MEASUREMENT} is
 * asked for, in measurement-time order (ties: arrival order), as if no link were late; the
 * times themselves are the same either way. The plots are held until the sensors have all
 * looked, then sorted once into the order asked for.
 *
 * <p>Determinism. One {@link SplittableRandom} is seeded with the seed and split in a fixed
 * order (each launch, then each sensor and its link), so the same scenario and seed give
 * the same output bit for bit on any JVM: every transcendental function is {@link
 * StrictMath}'s (sines and cosines through fusion-core's StrictTrig) and nothing iterates a
 * hash order.
 */
public final class ScenarioSimulator {

    private ScenarioSimulator() {
    }

    /**
     * Runs a scenario, delivering the plots in arrival order.
     *
     * @param scenario the scenario
     * @param seed the random seed
     * @param out receives the results
     * @throws IllegalArgumentException if a launch's aim point is outside its class's reach
     */
    public static void run(final Scenario scenario, final long seed, final ScenarioOutput out) {
        run(scenario, seed, out, PlotOrder.ARRIVAL);
    }

    /**
     * Runs a scenario, delivering the plots in the order given. The same scenario and seed
     * give the same plots in either order.
     *
     * @param scenario the scenario
     * @param seed the random seed
     * @param out receives the results
     * @param order the order of the plots
     * @throws IllegalArgumentException if a launch's aim point is outside its class's reach
     */
    public static void run(
        final Scenario scenario, final long seed, final ScenarioOutput out, final PlotOrder order) {
        Objects.requireNonNull(order, "order");
        final long epochNanos = scenario.epochNanos();
        final EarthRotation rotation = new EarthRotation(epochNanos);
        final SplittableRandom root = new SplittableRandom(seed);

        final List<MissileFlight> flights = new ArrayList<>();
        for (final LaunchSpec launch : scenario.launches()) {
            flights.add(MissileFlight.fly(launch, rotation, scenario.truthStepS(), new NoiseSource(root.split())));
        }
        final List<SimulatedSensor> sensors = new ArrayList<>();
        final List<SensorLink> links = new ArrayList<>();
        final List<List<SimulatedPlot>> sensorPlots = new ArrayList<>();
        for (final SensorSpec spec : scenario.sensors()) {
            sensors.add(sensor(spec, rotation, scenario, new NoiseSource(root.split())));
            final List<SimulatedPlot> plots = new ArrayList<>();
            sensorPlots.add(plots);
            links.add(new SensorLink(scenario.latency().get(spec.nation()), new NoiseSource(root.split()), plots));
        }

        for (final SimulatedSensor sensor : sensors) {
            out.sensor(sensor.record());
        }
        for (final AreaSpec area : scenario.areas()) {
            out.area(new AreaRecord(area.id(), area.latDeg(), area.lonDeg(), area.radiusKm() * 1e3));
        }
        emitTruth(flights, rotation, out);

        for (int i = 0; i < sensors.size(); i++) {
            final SensorSpec spec = scenario.sensors().get(i);
            for (long k = 0; ; k++) {
                final double timeS = spec.scanOffsetS() + k * spec.revisitS();
                if (timeS > scenario.durationS()) {
                    break;
                }
                sensors.get(i).look(timeS, nanos(epochNanos, timeS), k + 1, flights, links.get(i));
            }
        }
        final List<SimulatedPlot> all = new ArrayList<>();
        for (final List<SimulatedPlot> plots : sensorPlots) {
            all.addAll(plots);
        }
        // Stable: equal arrival times keep sensor order, then each sensor's own order. By measurement
        // time, equal times fall back on the arrival order: the same sort with arrival as the second key.
        all.sort(order == PlotOrder.ARRIVAL
            ? Comparator.comparingLong(SimulatedPlot::arrivalTimeNanos)
            : Comparator.comparingLong((SimulatedPlot plot) -> plot.plot().timeNanos())
                .thenComparingLong(SimulatedPlot::arrivalTimeNanos));
        for (final SimulatedPlot plot : all) {
            out.plot(plot);
        }
    }

    private static SimulatedSensor sensor(
        final SensorSpec spec, final EarthRotation rotation, final Scenario scenario, final NoiseSource noise) {
        if (spec.type() == SensorType.IR_LOS) {
            final SensorSpec.Satellite satellite = spec.satellite();
            final SatelliteOrbit orbit = satellite.orbit() == SensorSpec.Satellite.Orbit.GEOSTATIONARY
                ? SatelliteOrbit.geostationary(rotation, Math.toRadians(satellite.lonDeg()))
                : SatelliteOrbit.circular(rotation, satellite.altitudeKm() * 1e3,
                    Math.toRadians(satellite.inclinationDeg()), Math.toRadians(satellite.raanDeg()),
                    Math.toRadians(satellite.argumentOfLatitudeDeg()));
            return new InfraredSensor(spec, orbit, rotation, noise);
        }
        final SensorPlatform platform;
        if (spec.type() == SensorType.MOVING_RADAR) {
            final SensorSpec.Ship ship = spec.ship();
            platform = new ShipTrack(Math.toRadians(ship.latDeg()), Math.toRadians(ship.lonDeg()), ship.speedMps(),
                Math.toRadians(ship.courseDeg()), ship.antennaHeightM(), scenario.durationS());
        } else {
            final SensorSpec.Site site = spec.site();
            platform = new FixedSite(Math.toRadians(site.latDeg()), Math.toRadians(site.lonDeg()), site.heightM());
        }
        return new RadarSensor(spec, platform, rotation, scenario.clutterPerScan(), noise);
    }

    /** Truth events (one per object), then truth states in time order (stable: launch, then object order). */
    private static void emitTruth(
        final List<MissileFlight> flights, final EarthRotation rotation, final ScenarioOutput out) {
        final double[] eci = new double[6];
        final double[] ecef = new double[6];
        final double[] geodetic = new double[3];
        final List<TruthRecord> states = new ArrayList<>();
        for (final MissileFlight flight : flights) {
            final LaunchSpec launch = flight.launch();
            for (final FlownObject object : flight.objects()) {
                final FlightPath path = object.path();
                for (int i = 0; i < path.size(); i++) {
                    if (!path.isTruthSample(i)) {
                        continue;
                    }
                    final long timeNanos = nanos(rotation.epochNanos(), path.time(i));
                    path.state(i, eci);
                    rotation.stateToEcef(timeNanos, eci, ecef);
                    states.add(new TruthRecord(timeNanos, object.id(), ecef[0], ecef[1], ecef[2], ecef[3], ecef[4],
                        ecef[5]));
                }
                path.state(path.size() - 1, eci);
                final long impactNanos = nanos(rotation.epochNanos(), object.impactS());
                rotation.stateToEcef(impactNanos, eci, ecef);
                Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], geodetic);
                out.event(new TruthEventRecord(object.id(), nanos(rotation.epochNanos(), object.launchS()),
                    launch.launchLatDeg(), launch.launchLonDeg(), impactNanos,
                    Math.toDegrees(geodetic[Geodetic.LATITUDE]), Math.toDegrees(geodetic[Geodetic.LONGITUDE])));
            }
        }
        states.sort(Comparator.comparingLong(TruthRecord::timeNanos));
        for (final TruthRecord state : states) {
            out.truth(state);
        }
    }

    private static long nanos(final long epochNanos, final double timeS) {
        return epochNanos + Math.round(timeS * 1e9);
    }
}
