package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.io.PlotRecord;
import io.vigil.fusion.io.SensorRecord;
import java.util.List;

/**
 * A space-based infrared sensor: on each frame it sees every boosting missile whose plume
 * is above {@value #PLUME_FLOOR_M} m and not hidden behind the Earth, with probability pd,
 * and reports the unit ECEF line of sight from the satellite with angular noise.
 *
 * <p>Why the floor: the hot plume is seen in the short-wave infrared bands that water vapour
 * absorbs low down, so a launch appears only once the missile has climbed through the
 * weather, about 10 to 15 km. Why only in boost: after burnout the re-entry vehicle is a
 * cold body, far too faint for a staring or scanning early-warning sensor. The Earth hides
 * an object when the straight line from the satellite to it passes through the WGS-84
 * ellipsoid (checked in coordinates with z stretched by a/b, where the ellipsoid is a
 * sphere).
 *
 * <p>Noise: the true line of sight u is tilted by independent Gaussian angles on two axes
 * perpendicular to it (e1 horizontal, along z x u, and e2 = u x e1, the sigmas of
 * {@code sigmaAzimuthDeg} and {@code sigmaElevationDeg}), then normalised. A plot carries the
 * satellite's ECEF position and no range, azimuth or elevation.
 */
final class InfraredSensor implements SimulatedSensor {

    /** Lowest plume height seen, metres. */
    static final double PLUME_FLOOR_M = 12_000.0;

    private static final double A = Wgs84.SEMI_MAJOR_AXIS_M;
    private static final double STRETCH = Wgs84.SEMI_MAJOR_AXIS_M / Wgs84.SEMI_MINOR_AXIS_M;

    private final SensorSpec spec;
    private final SensorPlatform platform;
    private final EarthRotation rotation;
    private final NoiseSource noise;
    private final double sigmaFirstRad;
    private final double sigmaSecondRad;
    private final double[] satellite = new double[6];
    private final double[] target = new double[6];
    private final double[] geodetic = new double[3];

    /**
     * Creates the sensor.
     *
     * @param spec the sensor's scenario entry (IR_LOS)
     * @param platform the satellite
     * @param rotation the Earth's rotation since the scenario epoch
     * @param noise the sensor's random source
     */
    InfraredSensor(
        final SensorSpec spec, final SensorPlatform platform, final EarthRotation rotation, final NoiseSource noise) {
        this.spec = spec;
        this.platform = platform;
        this.rotation = rotation;
        this.noise = noise;
        this.sigmaFirstRad = Math.toRadians(spec.sigmaAzimuthDeg());
        this.sigmaSecondRad = Math.toRadians(spec.sigmaElevationDeg());
    }

    @Override
    public SensorRecord record() {
        final double nan = Double.NaN;
        return new SensorRecord(spec.id(), spec.nation(), SensorType.IR_LOS, nan, nan, nan, nan,
            spec.sigmaAzimuthDeg(), spec.sigmaElevationDeg(), nan, spec.pd(), nan);
    }

    @Override
    public void look(
        final double timeS, final long timeNanos, final long scanId, final List<MissileFlight> flights,
        final PlotSink sink) {
        platform.stateEcef(timeS, timeNanos, satellite);
        for (final MissileFlight flight : flights) {
            for (final FlownObject object : flight.objects()) {
                if (!object.observableAt(timeS) || !object.thrustingAt(timeS)) {
                    continue;
                }
                object.stateEcef(rotation, timeS, timeNanos, target);
                Geodetic.fromEcef(target[0], target[1], target[2], geodetic);
                if (geodetic[Geodetic.HEIGHT] < PLUME_FLOOR_M || hiddenByEarth(satellite, target)) {
                    continue;
                }
                if (noise.uniform() >= spec.pd()) {
                    continue;
                }
                final double[] los = lineOfSight(satellite, target);
                tilt(los, sigmaFirstRad * noise.gaussian(), sigmaSecondRad * noise.gaussian());
                final double nan = Double.NaN;
                sink.plot(new PlotRecord(timeNanos, spec.id(), scanId, nan, nan, nan, nan,
                    satellite[0], satellite[1], satellite[2], nan, nan, nan, los[0], los[1], los[2],
                    nan, nan, nan, nan), List.of(object.id()));
            }
        }
    }

    /**
     * Whether the straight line from an observer to a target passes through the ellipsoid.
     *
     * @param observer ECEF position of the observer, m (outside the Earth)
     * @param target ECEF position of the target, m (outside the Earth)
     * @return true if the Earth is in the way
     */
    static boolean hiddenByEarth(final double[] observer, final double[] target) {
        final double ox = observer[0];
        final double oy = observer[1];
        final double oz = observer[2] * STRETCH;
        final double dx = target[0] - ox;
        final double dy = target[1] - oy;
        final double dz = target[2] * STRETCH - oz;
        final double along = -(ox * dx + oy * dy + oz * dz) / (dx * dx + dy * dy + dz * dz);
        final double s = Math.max(0.0, Math.min(1.0, along));
        final double cx = ox + s * dx;
        final double cy = oy + s * dy;
        final double cz = oz + s * dz;
        return cx * cx + cy * cy + cz * cz < A * A;
    }

    /**
     * The unit line of sight from an observer to a target.
     *
     * @param observer ECEF position, m
     * @param target ECEF position, m
     * @return the unit vector, ECEF
     */
    static double[] lineOfSight(final double[] observer, final double[] target) {
        final double dx = target[0] - observer[0];
        final double dy = target[1] - observer[1];
        final double dz = target[2] - observer[2];
        final double norm = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return new double[] {dx / norm, dy / norm, dz / norm};
    }

    /** Tilts a unit vector by small angles about its two perpendicular axes, keeping it unit. */
    private static void tilt(final double[] u, final double first, final double second) {
        // e1 = z x u normalised (horizontal); near the poles fall back to x x u.
        double e1x = -u[1];
        double e1y = u[0];
        double e1z = 0.0;
        double norm = Math.sqrt(e1x * e1x + e1y * e1y);
        if (norm < 1e-6) {
            e1x = 0.0;
            e1y = -u[2];
            e1z = u[1];
            norm = Math.sqrt(e1y * e1y + e1z * e1z);
        }
        e1x /= norm;
        e1y /= norm;
        e1z /= norm;
        final double e2x = u[1] * e1z - u[2] * e1y;
        final double e2y = u[2] * e1x - u[0] * e1z;
        final double e2z = u[0] * e1y - u[1] * e1x;
        final double x = u[0] + first * e1x + second * e2x;
        final double y = u[1] + first * e1y + second * e2y;
        final double z = u[2] + first * e1z + second * e2z;
        final double length = Math.sqrt(x * x + y * y + z * z);
        u[0] = x / length;
        u[1] = y / length;
        u[2] = z / length;
    }
}
