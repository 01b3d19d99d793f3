package io.vigil.fusion.samples.report;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;
import java.util.ArrayList;
import java.util.List;

/**
 * Error ellipses and circles on the map: an ellipse given in metres on the ground (semi-axes
 * and the azimuth of the major axis) turned into latitude/longitude vertices by local east
 * and north offsets from its centre.
 *
 * <p>Metres per degree come from the WGS-84 radii of curvature at the centre: the meridian
 * radius M = a (1 - e^2) / (1 - e^2 sin^2 lat)^(3/2) for latitude and the prime-vertical
 * radius N cos(lat) for longitude, M and N in metres. The offsets are those of the tangent
 * plane at the centre, so the error grows with the ellipse's size over the Earth's radius
 * and with tan(latitude) (a degree of longitude is shorter on the poleward side). Measured
 * against {@link io.vigil.fusion.geo.Geodesic} at the ends of the axes, at 40 deg latitude:
 * 0.014 % of the distance and 0.03 deg of azimuth for a 10 km ellipse, 0.14 % and 0.3 deg
 * at 100 km, 0.6 % and 1.4 deg at 400 km; about three times that at 70 deg, far less on
 * the equator (0.01 % at 400 km). That is a pixel or two on a map that shows the whole
 * ellipse. Within a few hundred kilometres of a pole the method fails (a degree of
 * longitude tends to zero), and the map leaves out an ellipse that crosses a pole.
 */
final class SurfaceEllipse {

    /** Vertices of an outline on the map: smooth at 1600 px, cheap to fill. */
    static final int VERTICES = 96;

    private static final double E2 = Wgs84.ECCENTRICITY_SQUARED;
    private static final double A = Wgs84.SEMI_MAJOR_AXIS_M;
    /** Keeps metres per degree of longitude finite at a pole (where any longitude is the pole). */
    private static final double MIN_COS_LATITUDE = 1e-9;

    private SurfaceEllipse() {
    }

    /**
     * Metres along the meridian per degree of latitude at a latitude: M pi / 180, with
     * M = a (1 - e^2) / (1 - e^2 sin^2 lat)^(3/2).
     *
     * @param latDeg geodetic latitude, degrees
     * @return metres per degree of latitude (110,574 m at the equator, 111,694 m at the poles)
     */
    static double metresPerDegreeLatitude(final double latDeg) {
        final double sin = StrictMath.sin(Math.toRadians(latDeg));
        final double w2 = 1.0 - E2 * sin * sin;
        final double meridianRadius = A * (1.0 - E2) / (w2 * Math.sqrt(w2));
        return Math.toRadians(meridianRadius);
    }

    /**
     * Metres along the parallel per degree of longitude at a latitude: N cos(lat) pi / 180.
     *
     * @param latDeg geodetic latitude, degrees
     * @return metres per degree of longitude (111,319 m at the equator, tending to 0 at the poles)
     */
    static double metresPerDegreeLongitude(final double latDeg) {
        final double rad = Math.toRadians(latDeg);
        final double cos = Math.max(MIN_COS_LATITUDE, StrictMath.cos(rad));
        return Math.toRadians(Geodetic.primeVerticalRadius(StrictMath.sin(rad)) * cos);
    }

    /**
     * The point at a small east and north offset from another.
     *
     * @param centre the origin of the offset
     * @param eastM offset east, metres
     * @param northM offset north, metres
     * @return the offset point; its longitude is continuous with the centre's (not reduced)
     */
    static GroundPoint offset(final GroundPoint centre, final double eastM, final double northM) {
        return new GroundPoint(
            centre.latDeg() + northM / metresPerDegreeLatitude(centre.latDeg()),
            centre.lonDeg() + eastM / metresPerDegreeLongitude(centre.latDeg()));
    }

    /**
     * The outline of an ellipse on the ground, starting at the end of the major axis that
     * points along the orientation and going clockwise (seen from above) through the end
     * of the minor axis at orientation + 90 deg.
     *
     * @param centre the ellipse's centre
     * @param semiMajorM semi-major axis, metres along the ground
     * @param semiMinorM semi-minor axis, metres along the ground
     * @param orientationDeg azimuth of the major axis, degrees clockwise from north
     * @param vertices number of vertices, at least 4 (a multiple of 4 puts one at each axis end)
     * @return the vertices, not repeating the first at the end
     */
    static List<GroundPoint> outline(
        final GroundPoint centre, final double semiMajorM, final double semiMinorM, final double orientationDeg,
        final int vertices) {
        if (vertices < 4) {
            throw new IllegalArgumentException("an outline needs at least 4 vertices, got " + vertices);
        }
        final double perDegLat = metresPerDegreeLatitude(centre.latDeg());
        final double perDegLon = metresPerDegreeLongitude(centre.latDeg());
        final double azimuth = Math.toRadians(orientationDeg);
        // Unit vectors (east, north) of the major axis and of the minor axis, 90 deg clockwise of it.
        final double majorEast = StrictMath.sin(azimuth);
        final double majorNorth = StrictMath.cos(azimuth);
        final double minorEast = majorNorth;
        final double minorNorth = -majorEast;
        final List<GroundPoint> out = new ArrayList<>(vertices);
        for (int k = 0; k < vertices; k++) {
            final double t = 2.0 * Math.PI * k / vertices;
            final double along = semiMajorM * StrictMath.cos(t);
            final double across = semiMinorM * StrictMath.sin(t);
            final double east = along * majorEast + across * minorEast;
            final double north = along * majorNorth + across * minorNorth;
            out.add(new GroundPoint(centre.latDeg() + north / perDegLat, centre.lonDeg() + east / perDegLon));
        }
        return out;
    }

    /**
     * The outline of a circle on the ground (a CEP, say): an ellipse with equal axes.
     *
     * @param centre the circle's centre
     * @param radiusM radius, metres along the ground
     * @param vertices number of vertices, at least 4
     * @return the vertices, starting due north and going clockwise
     */
    static List<GroundPoint> circle(final GroundPoint centre, final double radiusM, final int vertices) {
        return outline(centre, radiusM, radiusM, 0.0, vertices);
    }
}
