package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.io.PlotRecord;
import io.vigil.fusion.io.SensorRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Finds each object's first plot from the files alone (plots carry no object id): a plot
 * belongs to the object whose true position at the plot's time is nearest to it and inside
 * a gate of {@value #GATE_SIGMAS} sigma of the plot's own position error (radar: range and
 * both cross-range sigmas at that range, and at least {@value #MIN_GATE_M} m; line of
 * sight: the angle to the object within {@value #GATE_SIGMAS} sigma). A plot near no object
 * is clutter. The earliest measurement time per object is its first detection, the start of
 * its confirmation delay.
 */
public final class FirstDetection {

    /** Gate half-width in plot sigmas. */
    public static final double GATE_SIGMAS = 5.0;
    /** Smallest radar gate, metres: the truth is interpolated, not exact. */
    public static final double MIN_GATE_M = 500.0;

    private final SortedMap<String, TruthTrajectory> objects;
    private final Map<String, SensorRecord> sensors = new HashMap<>();
    private final Map<String, LocalFrame> sites = new HashMap<>();
    private final Map<String, Long> first = new HashMap<>();
    private final LocalFrame moving = new LocalFrame();
    private final double[] truth = new double[6];
    private final double[] position = new double[3];

    /**
     * Creates the matcher.
     *
     * @param objects the truth trajectories by object id
     * @param sensorRecords the sensors the plots name
     */
    public FirstDetection(final SortedMap<String, TruthTrajectory> objects, final Collection<SensorRecord> sensorRecords) {
        this.objects = objects;
        for (final SensorRecord sensor : sensorRecords) {
            sensors.put(sensor.sensorId(), sensor);
            if (sensor.type() == SensorType.RADAR) {
                sites.put(sensor.sensorId(), new LocalFrame(Math.toRadians(sensor.latDeg()),
                    Math.toRadians(sensor.lonDeg()), sensor.heightM()));
            }
        }
    }

    /**
     * Matches one plot to an object and keeps the object's earliest plot time.
     *
     * @param plot a plot as read from the plot file
     */
    public void accept(final PlotRecord plot) {
        final SensorRecord sensor = sensors.get(plot.sensorId());
        if (sensor == null) {
            return;
        }
        final String object = plot.isLineOfSight() ? nearestToLineOfSight(plot, sensor) : nearestToRadarPlot(plot, sensor);
        if (object != null) {
            first.merge(object, plot.timeNanos(), Math::min);
        }
    }

    /**
     * Returns each detected object's first plot time.
     *
     * @return a copy: object id to nanoseconds since the Unix epoch
     */
    public Map<String, Long> firstPlotNanos() {
        return Map.copyOf(first);
    }

    private String nearestToRadarPlot(final PlotRecord plot, final SensorRecord sensor) {
        final LocalFrame frame = radarFrame(plot, sensor);
        if (frame == null || !Double.isFinite(plot.rangeM())) {
            return null;
        }
        frame.radarToEcef(plot.rangeM(), Math.toRadians(plot.azimuthDeg()), Math.toRadians(plot.elevationDeg()),
            position);
        final double sigmaRange = orDefault(plot.sigmaRangeM(), sensor.sigmaRangeM());
        final double sigmaAngle = Math.toRadians(Math.max(orDefault(plot.sigmaAzimuthDeg(), sensor.sigmaAzimuthDeg()),
            orDefault(plot.sigmaElevationDeg(), sensor.sigmaElevationDeg())));
        final double sigma = Math.sqrt(sigmaRange * sigmaRange + 2.0 * Math.pow(plot.rangeM() * sigmaAngle, 2));
        double best = Math.max(MIN_GATE_M, GATE_SIGMAS * sigma);
        String nearest = null;
        for (final TruthTrajectory object : objects.values()) {
            if (!object.covers(plot.timeNanos())) {
                continue;
            }
            object.stateAt(plot.timeNanos(), truth);
            final double d = Math.sqrt(square(truth[0] - position[0]) + square(truth[1] - position[1])
                + square(truth[2] - position[2]));
            if (d < best) {
                best = d;
                nearest = object.objectId();
            }
        }
        return nearest;
    }

    private String nearestToLineOfSight(final PlotRecord plot, final SensorRecord sensor) {
        if (!Double.isFinite(plot.sensorXM())) {
            return null;
        }
        final double sigma = Math.toRadians(Math.max(orDefault(plot.sigmaAzimuthDeg(), sensor.sigmaAzimuthDeg()),
            orDefault(plot.sigmaElevationDeg(), sensor.sigmaElevationDeg())));
        double best = GATE_SIGMAS * sigma;
        String nearest = null;
        for (final TruthTrajectory object : objects.values()) {
            if (!object.covers(plot.timeNanos())) {
                continue;
            }
            object.stateAt(plot.timeNanos(), truth);
            final double dx = truth[0] - plot.sensorXM();
            final double dy = truth[1] - plot.sensorYM();
            final double dz = truth[2] - plot.sensorZM();
            final double norm = Math.sqrt(dx * dx + dy * dy + dz * dz);
            final double cos = (dx * plot.losX() + dy * plot.losY() + dz * plot.losZ()) / norm;
            final double angle = Math.acos(Math.min(1.0, cos));
            if (angle < best) {
                best = angle;
                nearest = object.objectId();
            }
        }
        return nearest;
    }

    private LocalFrame radarFrame(final PlotRecord plot, final SensorRecord sensor) {
        if (sensor.type() == SensorType.RADAR) {
            return sites.get(sensor.sensorId());
        }
        if (sensor.type() == SensorType.MOVING_RADAR && Double.isFinite(plot.sensorXM())) {
            return moving.atEcef(plot.sensorXM(), plot.sensorYM(), plot.sensorZM());
        }
        return null;
    }

    private static double orDefault(final double value, final double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }

    private static double square(final double x) {
        return x * x;
    }
}
