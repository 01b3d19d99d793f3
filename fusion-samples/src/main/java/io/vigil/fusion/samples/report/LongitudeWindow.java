package io.vigil.fusion.samples.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The 360 deg of longitude a map shows, centred on one meridian: every longitude drawn is
 * moved by whole turns into [centre - 180, centre + 180), and a line is unwrapped along its
 * length so that it never jumps by a full turn.
 *
 * <p>Why: a scenario across the antimeridian (launches from 170 E at targets near 170 W) has
 * longitudes near +180 and -180. Drawn as given they would span the whole globe, with each
 * crossing line striped across the map; centred on 180 deg they fit in a few degrees.
 */
final class LongitudeWindow {

    private static final double TURN_DEG = 360.0;
    private static final double HALF_TURN_DEG = 180.0;

    private final double centreDeg;

    private LongitudeWindow(final double centreDeg) {
        this.centreDeg = centreDeg;
    }

    /**
     * A window centred on a meridian.
     *
     * @param centreDeg the central longitude, degrees (any finite value)
     * @return the window
     */
    static LongitudeWindow centredOn(final double centreDeg) {
        if (!Double.isFinite(centreDeg)) {
            throw new IllegalArgumentException("centre longitude must be finite, got " + centreDeg);
        }
        return new LongitudeWindow(centreDeg);
    }

    /**
     * A window centred on the circular mean of some longitudes: the direction of the sum of
     * their unit vectors, which does not care where the +/-180 deg cut is. Non-finite values
     * are ignored; with none left (or a sum of zero length) the window is centred on 0.
     *
     * @param longitudesDeg longitudes, degrees
     * @return the window
     */
    static LongitudeWindow around(final Collection<Double> longitudesDeg) {
        double east = 0.0;
        double north = 0.0;
        for (final double lon : longitudesDeg) {
            if (Double.isFinite(lon)) {
                final double rad = Math.toRadians(lon);
                east += StrictMath.cos(rad);
                north += StrictMath.sin(rad);
            }
        }
        // A tiny resultant means points spread all round the globe: no preferred centre.
        if (Math.hypot(east, north) < 1e-9) {
            return new LongitudeWindow(0.0);
        }
        return new LongitudeWindow(Math.toDegrees(StrictMath.atan2(north, east)));
    }

    /**
     * Returns the central longitude, degrees.
     *
     * @return the central longitude, degrees
     */
    double centreDeg() {
        return centreDeg;
    }

    /**
     * Moves a longitude by whole turns into [centre - 180, centre + 180).
     *
     * @param lonDeg a longitude, degrees
     * @return the same meridian inside the window, degrees (NaN stays NaN)
     */
    double wrap(final double lonDeg) {
        return nearest(lonDeg, centreDeg);
    }

    /**
     * Moves a longitude by whole turns to within half a turn of a reference longitude.
     *
     * @param lonDeg a longitude, degrees
     * @param referenceDeg the longitude to stay near, degrees
     * @return the same meridian in [reference - 180, reference + 180), degrees
     */
    static double nearest(final double lonDeg, final double referenceDeg) {
        final double offset = lonDeg - referenceDeg + HALF_TURN_DEG;
        return referenceDeg - HALF_TURN_DEG + (offset - TURN_DEG * Math.floor(offset / TURN_DEG));
    }

    /**
     * Unwraps a line: its first point is wrapped into the window and every later longitude
     * is moved by whole turns to within half a turn of the point before it, so the line is
     * continuous however often it crosses the antimeridian. Invalid points (NaN, latitude
     * outside [-90, 90]) are dropped.
     *
     * @param line points in drawing order
     * @return the unwrapped points, a new list
     */
    List<GroundPoint> unwrap(final List<GroundPoint> line) {
        final List<GroundPoint> out = new ArrayList<>(line.size());
        double previous = Double.NaN;
        for (final GroundPoint p : line) {
            if (!p.isValid()) {
                continue;
            }
            final double lon = Double.isNaN(previous) ? wrap(p.lonDeg()) : nearest(p.lonDeg(), previous);
            out.add(new GroundPoint(p.latDeg(), lon));
            previous = lon;
        }
        return out;
    }

    /**
     * Moves every point of an outline (an ellipse or circle around a centre that is already
     * in the window) to within half a turn of that centre, so the outline stays closed.
     *
     * @param outline the outline's points
     * @param centreLonDeg the wrapped longitude of the outline's centre, degrees
     * @return the moved points, a new list
     */
    static List<GroundPoint> keepNear(final List<GroundPoint> outline, final double centreLonDeg) {
        final List<GroundPoint> out = new ArrayList<>(outline.size());
        for (final GroundPoint p : outline) {
            out.add(new GroundPoint(p.latDeg(), nearest(p.lonDeg(), centreLonDeg)));
        }
        return out;
    }
}
