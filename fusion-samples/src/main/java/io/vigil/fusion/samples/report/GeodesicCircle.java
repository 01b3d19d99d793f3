package io.vigil.fusion.samples.report;

import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.Wgs84;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a defended area: the points at a fixed geodesic distance from a centre on
 * the WGS-84 ellipsoid, one per azimuth.
 *
 * <p>fusion-core's {@link Geodesic} solves only the inverse problem (the distance and
 * azimuths between two points), so each vertex is found by solving the direct problem
 * through it: a first guess on a sphere whose radius is the ellipsoid's radius of curvature
 * in that azimuth (Euler: 1/R = cos^2(az)/M + sin^2(az)/N), then corrected until the
 * inverse problem from the centre gives back the wanted distance and azimuth. The
 * ellipsoid differs from the sphere by e^2 / 2 (0.3 %), so each correction gains about two
 * and a half digits; three or four reach 0.1 mm. A small circle drawn on a sphere instead
 * would be off by up to 0.5 % of the radius (a kilometre on a 200 km area), and the map
 * would disagree with the engine's own inside-the-area test, which is geodesic.
 */
final class GeodesicCircle {

    private static final double E2 = Wgs84.ECCENTRICITY_SQUARED;

    /** Distance and cross-track closure at which a vertex is accepted, metres. */
    private static final double TOLERANCE_M = 1e-4;
    /** The corrections converge geometrically; this only bounds pathological cases (a pole). */
    private static final int MAX_CORRECTIONS = 10;

    private GeodesicCircle() {
    }

    /**
     * The outline of a geodesic circle.
     *
     * @param centre the centre (latitude in [-90, 90], finite longitude)
     * @param radiusM the radius along the surface, metres, at most 10,000 km (a quarter of a meridian)
     * @param vertices number of vertices, at least 4
     * @return the vertices, starting due north of the centre and going clockwise; longitudes
     *     continuous with the centre's
     */
    static List<GroundPoint> outline(final GroundPoint centre, final double radiusM, final int vertices) {
        if (vertices < 4) {
            throw new IllegalArgumentException("an outline needs at least 4 vertices, got " + vertices);
        }
        if (!(radiusM >= 0.0 && radiusM <= 1.0e7)) {
            throw new IllegalArgumentException("radius must be in [0, 10,000 km], got " + radiusM + " m");
        }
        final List<GroundPoint> out = new ArrayList<>(vertices);
        for (int k = 0; k < vertices; k++) {
            out.add(destination(centre, 360.0 * k / vertices, radiusM));
        }
        return out;
    }

    /**
     * The direct geodesic problem: where a geodesic leaving a point on a given azimuth is
     * after a given distance.
     *
     * @param from the start point
     * @param azimuthDeg the azimuth at the start, degrees clockwise from north
     * @param distanceM the distance along the geodesic, metres
     * @return the end point, its longitude within half a turn of the start's
     */
    static GroundPoint destination(final GroundPoint from, final double azimuthDeg, final double distanceM) {
        if (distanceM == 0.0) {
            return from;
        }
        final double lat1 = Math.toRadians(from.latDeg());
        final double lon1 = Math.toRadians(from.lonDeg());
        final double azimuth = Math.toRadians(azimuthDeg);
        final double[] inverse = new double[3];

        double sphereAzimuth = azimuth;
        double sphereAngle = distanceM / radiusOfCurvature(lat1, azimuth);
        double lat2 = lat1;
        double lon2 = lon1;
        for (int correction = 0; correction <= MAX_CORRECTIONS; correction++) {
            final double sinLat1 = StrictMath.sin(lat1);
            final double cosLat1 = StrictMath.cos(lat1);
            final double sinAngle = StrictMath.sin(sphereAngle);
            final double cosAngle = StrictMath.cos(sphereAngle);
            final double sinLat2 = clamp(sinLat1 * cosAngle + cosLat1 * sinAngle * StrictMath.cos(sphereAzimuth));
            lat2 = StrictMath.asin(sinLat2);
            lon2 = lon1 + StrictMath.atan2(
                StrictMath.sin(sphereAzimuth) * sinAngle * cosLat1, cosAngle - sinLat1 * sinLat2);

            Geodesic.inverse(lat1, lon1, lat2, lon2, inverse);
            final double reached = inverse[Geodesic.DISTANCE];
            final double azimuthError = remainderHalfTurn(azimuth - inverse[Geodesic.AZIMUTH_1]);
            if (Math.abs(reached - distanceM) <= TOLERANCE_M && Math.abs(azimuthError) * distanceM <= TOLERANCE_M) {
                break;
            }
            if (reached > 0.0) {
                sphereAngle *= distanceM / reached;
            }
            sphereAzimuth += azimuthError;
        }
        return new GroundPoint(Math.toDegrees(lat2), from.lonDeg() + Math.toDegrees(remainderHalfTurn(lon2 - lon1)));
    }

    /** Euler's radius of curvature of the ellipsoid at a latitude in a direction, metres. */
    private static double radiusOfCurvature(final double latRad, final double azimuthRad) {
        final double sinLat = StrictMath.sin(latRad);
        final double primeVertical = Geodetic.primeVerticalRadius(sinLat);
        final double meridian = primeVertical * (1.0 - E2) / (1.0 - E2 * sinLat * sinLat);
        final double cos = StrictMath.cos(azimuthRad);
        final double sin = StrictMath.sin(azimuthRad);
        return 1.0 / (cos * cos / meridian + sin * sin / primeVertical);
    }

    private static double remainderHalfTurn(final double angleRad) {
        return Math.IEEEremainder(angleRad, 2.0 * Math.PI);
    }

    private static double clamp(final double sine) {
        return Math.max(-1.0, Math.min(1.0, sine));
    }
}
