package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.geo.EarthRotation;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.geo.RadarSpherical;
import io.vigil.fusion.io.PlotRecord;
import io.vigil.fusion.io.SensorRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A radar, on the ground or on a ship: on each scan it detects every object in coverage with
 * probability pd, measures range, azimuth, elevation (and range rate) with Gaussian noise,
 * and adds a Poisson number of false plots. Objects it cannot resolve give one plot.
 *
 * <p>Resolution. The objects in coverage on one scan are grouped by the radar's {@link
 * ResolutionCell} ({@code rangeResolutionM} by {@code angularResolutionDeg} of its {@link
 * SensorSpec}): objects closer than a cell, directly or through a chain of others, are one
 * group. A group of several objects is one target to the radar: one detection draw with pd,
 * and, if detected, one plot, measured with the usual noise at the centroid of the members'
 * true ECEF states: the mean position, seen from the antenna, and the mean velocity, so its
 * range rate is the centroid's (not the mean of the members' range rates). The mean is
 * unweighted because every object is taken to return the same amplitude; real echoes of
 * unequal cross-section pull a monopulse estimate toward the stronger, and their
 * interference (glint) makes it wander, even outside the group; neither is modelled. Nor is
 * the higher pd of a group's summed echo. The plot's object ids are the members', in
 * scenario order. Groups are taken in the order of their first members, so a radar whose
 * objects are all resolved makes the same plots with the same random draws as one without
 * cells.
 *
 * <p>Geometry is straight-line (no refraction), in the local geodetic east-north-up frame at
 * the antenna, through fusion-core's {@link LocalFrame} and {@link RadarSpherical}: azimuth
 * clockwise from north in [0, 360) degrees, elevation above the tangent plane in [-90, 90].
 * A ship's frame is placed at the ship's position at the time of the scan. Range rate is
 * d(range)/dt = (r_target - r_radar) . (v_target - v_radar) / range with Earth-relative ECEF
 * velocities (a ship's own velocity included), positive opening. An object is in coverage
 * when its elevation is at or above the mask (which keeps it above the horizon) and its
 * range at most the maximum. Noise is added once the detection is decided; the noisy
 * elevation is clamped to [-90, 90] degrees and the azimuth wrapped into [0, 360).
 *
 * <p>False plots are uniform in range (0 to the maximum), azimuth (all round) and elevation
 * (mask to zenith), with a range rate, if measured, uniform in +-{@value #CLUTTER_RANGE_RATE_MPS}
 * m/s: nothing correlates them with anything.
 */
final class RadarSensor implements SimulatedSensor {

    /** Spread of a false plot's range rate, m/s: the span of a ballistic target's. */
    static final double CLUTTER_RANGE_RATE_MPS = 7_000.0;

    private final SensorSpec spec;
    private final SensorPlatform platform;
    private final boolean moving;
    private final EarthRotation rotation;
    private final double clutterPerScan;
    private final NoiseSource noise;
    private final LocalFrame frame;
    private final double maskRad;
    private final double maxRangeM;
    private final double[] sensorState = new double[6];
    private final double[] target = new double[6];
    private final double[] measured = new double[4];
    private final ResolutionCell cell;
    private final double[] groupState = new double[6];
    // One look's objects in coverage, in scenario order: ECEF states, lines of sight, group labels.
    private FlownObject[] seen = new FlownObject[16];
    private double[] states = new double[6 * 16];
    private double[] lines = new double[3 * 16];
    private int[] groups = new int[16];

    /**
     * Creates the radar.
     *
     * @param spec the sensor's scenario entry (RADAR or MOVING_RADAR)
     * @param platform where the antenna is
     * @param rotation the Earth's rotation since the scenario epoch
     * @param clutterPerScan mean false plots per scan
     * @param noise the sensor's random source
     */
    RadarSensor(
        final SensorSpec spec, final SensorPlatform platform, final EarthRotation rotation, final double clutterPerScan,
        final NoiseSource noise) {
        this.spec = spec;
        this.platform = platform;
        this.moving = spec.type() == SensorType.MOVING_RADAR;
        this.rotation = rotation;
        this.clutterPerScan = clutterPerScan;
        this.noise = noise;
        this.maskRad = Math.toRadians(spec.maskDeg());
        this.maxRangeM = spec.maxRangeKm() * 1e3;
        this.cell = new ResolutionCell(spec.rangeResolutionM(), Math.toRadians(spec.angularResolutionDeg()));
        if (moving) {
            frame = new LocalFrame();
        } else {
            final SensorSpec.Site site = spec.site();
            frame = new LocalFrame(Math.toRadians(site.latDeg()), Math.toRadians(site.lonDeg()), site.heightM());
        }
    }

    @Override
    public SensorRecord record() {
        final SensorSpec.Site site = spec.site();
        final double rangeRateSigma = spec.rangeRate() ? spec.sigmaRangeRateMps() : Double.NaN;
        return new SensorRecord(spec.id(), spec.nation(), spec.type(),
            moving ? Double.NaN : site.latDeg(), moving ? Double.NaN : site.lonDeg(),
            moving ? Double.NaN : site.heightM(), spec.sigmaRangeM(), spec.sigmaAzimuthDeg(),
            spec.sigmaElevationDeg(), rangeRateSigma, spec.pd(), maxRangeM);
    }

    @Override
    public void look(
        final double timeS, final long timeNanos, final long scanId, final List<MissileFlight> flights,
        final PlotSink sink) {
        placeAntenna(timeS, timeNanos);
        int count = 0;
        for (final MissileFlight flight : flights) {
            for (final FlownObject object : flight.objects()) {
                if (!object.observableAt(timeS)) {
                    continue;
                }
                object.stateEcef(rotation, timeS, timeNanos, target);
                measure(target, measured);
                if (measured[RadarSpherical.ELEVATION] < maskRad || measured[RadarSpherical.RANGE] > maxRangeM) {
                    continue;
                }
                if (count == seen.length) {
                    grow();
                }
                seen[count] = object;
                System.arraycopy(target, 0, states, 6 * count, 6);
                for (int k = 0; k < 3; k++) {
                    lines[3 * count + k] = target[k] - sensorState[k];
                }
                count++;
            }
        }
        cell.group(lines, count, groups);
        // Groups in the order of their first members: with every object resolved, the same
        // objects in the same order, and so the same draws, as a radar without cells.
        for (int first = 0; first < count; first++) {
            if (groups[first] != first) {
                continue;
            }
            final List<String> ids = centroid(first, count, groupState);
            measure(groupState, measured);
            if (noise.uniform() >= spec.pd()) {
                continue;
            }
            final double range = Math.max(0.0, measured[RadarSpherical.RANGE] + spec.sigmaRangeM() * noise.gaussian());
            final double azimuthDeg = wrapDegrees(
                Math.toDegrees(measured[RadarSpherical.AZIMUTH]) + spec.sigmaAzimuthDeg() * noise.gaussian());
            final double elevationDeg = Math.max(-90.0, Math.min(90.0,
                Math.toDegrees(measured[RadarSpherical.ELEVATION]) + spec.sigmaElevationDeg() * noise.gaussian()));
            final double rangeRate = spec.rangeRate()
                ? measured[3] + spec.sigmaRangeRateMps() * noise.gaussian()
                : Double.NaN;
            sink.plot(plot(timeNanos, scanId, range, azimuthDeg, elevationDeg, rangeRate), ids);
        }
        final int falsePlots = noise.poisson(clutterPerScan);
        for (int i = 0; i < falsePlots; i++) {
            final double range = noise.uniform(0.0, maxRangeM);
            final double azimuthDeg = wrapDegrees(noise.uniform(0.0, 360.0));
            final double elevationDeg = noise.uniform(spec.maskDeg(), 90.0);
            final double rangeRate = spec.rangeRate()
                ? noise.uniform(-CLUTTER_RANGE_RATE_MPS, CLUTTER_RANGE_RATE_MPS)
                : Double.NaN;
            sink.plot(plot(timeNanos, scanId, range, azimuthDeg, elevationDeg, rangeRate), List.of());
        }
    }

    /**
     * The state a group is seen at, the mean of its members' states (equal amplitudes), and
     * the members' ids in object order.
     */
    private List<String> centroid(final int first, final int count, final double[] stateOut) {
        System.arraycopy(states, 6 * first, stateOut, 0, 6);
        List<String> ids = null;
        int members = 1;
        for (int j = first + 1; j < count; j++) {
            if (groups[j] != first) {
                continue;
            }
            if (ids == null) {
                ids = new ArrayList<>();
                ids.add(seen[first].id());
            }
            ids.add(seen[j].id());
            for (int k = 0; k < 6; k++) {
                stateOut[k] += states[6 * j + k];
            }
            members++;
        }
        if (ids == null) {
            return List.of(seen[first].id());
        }
        for (int k = 0; k < 6; k++) {
            stateOut[k] /= members;
        }
        return ids;
    }

    private void grow() {
        final int capacity = 2 * seen.length;
        seen = Arrays.copyOf(seen, capacity);
        states = Arrays.copyOf(states, 6 * capacity);
        lines = Arrays.copyOf(lines, 3 * capacity);
        groups = Arrays.copyOf(groups, capacity);
    }

    /**
     * Places the antenna (and, for a ship, its local frame) at a time; {@link #measure} then
     * measures from there.
     *
     * @param timeS seconds since the scenario epoch
     * @param timeNanos the same time, nanoseconds since the Unix epoch
     */
    void placeAntenna(final double timeS, final long timeNanos) {
        platform.stateEcef(timeS, timeNanos, sensorState);
        if (moving) {
            frame.atEcef(sensorState[0], sensorState[1], sensorState[2]);
        }
    }

    /**
     * The noise-free measurement of a target from the antenna as last placed.
     *
     * @param targetEcef target ECEF position (m) and Earth-relative velocity (m/s)
     * @param measurementOut receives range (m), azimuth (rad, [0, 2pi)), elevation (rad), range rate (m/s)
     */
    void measure(final double[] targetEcef, final double[] measurementOut) {
        frame.ecefToRadar(targetEcef[0], targetEcef[1], targetEcef[2], measurementOut);
        final double dx = targetEcef[0] - sensorState[0];
        final double dy = targetEcef[1] - sensorState[1];
        final double dz = targetEcef[2] - sensorState[2];
        final double range = Math.sqrt(dx * dx + dy * dy + dz * dz);
        measurementOut[3] = (dx * (targetEcef[3] - sensorState[3]) + dy * (targetEcef[4] - sensorState[4])
            + dz * (targetEcef[5] - sensorState[5])) / range;
    }

    private PlotRecord plot(
        final long timeNanos, final long scanId, final double rangeM, final double azimuthDeg,
        final double elevationDeg, final double rangeRateMps) {
        final double nan = Double.NaN;
        if (!moving) {
            return new PlotRecord(timeNanos, spec.id(), scanId, rangeM, azimuthDeg, elevationDeg, rangeRateMps,
                nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        return new PlotRecord(timeNanos, spec.id(), scanId, rangeM, azimuthDeg, elevationDeg, rangeRateMps,
            sensorState[0], sensorState[1], sensorState[2], sensorState[3], sensorState[4], sensorState[5],
            nan, nan, nan, nan, nan, nan, nan);
    }

    private static double wrapDegrees(final double degrees) {
        double wrapped = degrees % 360.0;
        if (wrapped < 0.0) {
            wrapped += 360.0;
        }
        return wrapped >= 360.0 ? 0.0 : wrapped;
    }
}
