package io.vigil.fusion.samples.simulation;

/**
 * Radar geometry written out for the tests, from the textbook formulas and nothing of the
 * simulator's: WGS-84 geodetic to ECEF, ECEF to geodetic by Bowring's iteration, and range,
 * azimuth, elevation and range rate in the local east-north-up frame.
 */
final class SiteGeometry {

    private static final double A = 6_378_137.0;
    private static final double F = 1.0 / 298.257223563;
    private static final double E2 = F * (2.0 - F);

    private final double[] origin;
    private final double[] east;
    private final double[] north;
    private final double[] up;

    private SiteGeometry(final double latRad, final double lonRad, final double heightM) {
        origin = ecef(latRad, lonRad, heightM);
        east = new double[] {-Math.sin(lonRad), Math.cos(lonRad), 0.0};
        north = new double[] {-Math.sin(latRad) * Math.cos(lonRad), -Math.sin(latRad) * Math.sin(lonRad), Math.cos(latRad)};
        up = new double[] {Math.cos(latRad) * Math.cos(lonRad), Math.cos(latRad) * Math.sin(lonRad), Math.sin(latRad)};
    }

    /** A site given in degrees and metres. */
    static SiteGeometry atDegrees(final double latDeg, final double lonDeg, final double heightM) {
        return new SiteGeometry(Math.toRadians(latDeg), Math.toRadians(lonDeg), heightM);
    }

    /** A site at an ECEF position (a ship's antenna); its axes are those of the geodetic normal there. */
    static SiteGeometry atEcef(final double x, final double y, final double z) {
        final double p = Math.hypot(x, y);
        final double lon = Math.atan2(y, x);
        double lat = Math.atan2(z, p * (1.0 - E2));
        double h = 0.0;
        for (int i = 0; i < 10; i++) {
            final double n = A / Math.sqrt(1.0 - E2 * Math.sin(lat) * Math.sin(lat));
            h = p / Math.cos(lat) - n;
            lat = Math.atan2(z, p * (1.0 - E2 * n / (n + h)));
        }
        final SiteGeometry site = new SiteGeometry(lat, lon, h);
        site.origin[0] = x;
        site.origin[1] = y;
        site.origin[2] = z;
        return site;
    }

    static double[] ecef(final double latRad, final double lonRad, final double heightM) {
        final double n = A / Math.sqrt(1.0 - E2 * Math.sin(latRad) * Math.sin(latRad));
        return new double[] {
            (n + heightM) * Math.cos(latRad) * Math.cos(lonRad),
            (n + heightM) * Math.cos(latRad) * Math.sin(lonRad),
            (n * (1.0 - E2) + heightM) * Math.sin(latRad),
        };
    }

    /**
     * Range (m), azimuth (deg, [0, 360)), elevation (deg) and range rate (m/s) of a target.
     *
     * @param target ECEF position and velocity
     * @param siteVelocity the antenna's ECEF velocity (zeros for a fixed site)
     * @return the four values
     */
    double[] measure(final double[] target, final double[] siteVelocity) {
        final double[] d = {target[0] - origin[0], target[1] - origin[1], target[2] - origin[2]};
        final double e = dot(d, east);
        final double n = dot(d, north);
        final double u = dot(d, up);
        final double range = Math.sqrt(dot(d, d));
        double azimuth = Math.toDegrees(Math.atan2(e, n));
        if (azimuth < 0.0) {
            azimuth += 360.0;
        }
        final double elevation = Math.toDegrees(Math.atan2(u, Math.hypot(e, n)));
        final double rangeRate = (d[0] * (target[3] - siteVelocity[0]) + d[1] * (target[4] - siteVelocity[1])
            + d[2] * (target[5] - siteVelocity[2])) / range;
        return new double[] {range, azimuth, elevation, rangeRate};
    }

    private static double dot(final double[] a, final double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
