package io.vigil.fusion.samples.report;

import java.util.Optional;

/**
 * A latitude/longitude rectangle of the map, degrees.
 *
 * <p>Longitudes are those of the map's window, not reduced to (-180, 180]: a map of the
 * western Pacific across the antimeridian may run from 170 to 200 deg east.
 *
 * @param southDeg southern edge, geodetic latitude, degrees, at least -90
 * @param northDeg northern edge, degrees, above {@code southDeg} and at most 90
 * @param westDeg western edge, longitude, degrees
 * @param eastDeg eastern edge, degrees, above {@code westDeg} and at most 360 deg beyond it
 */
public record MapBounds(double southDeg, double northDeg, double westDeg, double eastDeg) {

    /** The whole Earth, centred on Greenwich: what a map with nothing on it shows. */
    public static final MapBounds WORLD = new MapBounds(-90.0, 90.0, -180.0, 180.0);

    /**
     * Below this cos(latitude) the east-west scale is held: a map centred at a pole would
     * otherwise need an infinite span of longitude.
     */
    private static final double MIN_COS_LATITUDE = 0.05;

    /**
     * Checks the rectangle.
     *
     * @param southDeg see the record
     * @param northDeg see the record
     * @param westDeg see the record
     * @param eastDeg see the record
     * @throws IllegalArgumentException if an edge is not finite or the rectangle is empty,
     *     leaves [-90, 90] or spans more than 360 deg of longitude
     */
    public MapBounds {
        if (!(Double.isFinite(southDeg) && Double.isFinite(northDeg) && Double.isFinite(westDeg)
            && Double.isFinite(eastDeg))) {
            throw new IllegalArgumentException("map bounds must be finite, got " + describe(southDeg, northDeg,
                westDeg, eastDeg));
        }
        if (!(southDeg >= -90.0 && northDeg <= 90.0 && southDeg < northDeg)) {
            throw new IllegalArgumentException("map latitudes need -90 <= south < north <= 90, got "
                + describe(southDeg, northDeg, westDeg, eastDeg));
        }
        if (!(westDeg < eastDeg && eastDeg - westDeg <= 360.0)) {
            throw new IllegalArgumentException("map longitudes need west < east <= west + 360, got "
                + describe(southDeg, northDeg, westDeg, eastDeg));
        }
    }

    /**
     * Returns the latitude of the centre, degrees.
     *
     * @return the latitude of the centre, degrees
     */
    public double centreLatDeg() {
        return 0.5 * (southDeg + northDeg);
    }

    /**
     * Returns the longitude of the centre, degrees.
     *
     * @return the longitude of the centre, degrees
     */
    public double centreLonDeg() {
        return 0.5 * (westDeg + eastDeg);
    }

    /**
     * The smallest rectangle that holds every valid point, widened by a margin on each side.
     *
     * @param points points in the map's window
     * @param marginFraction margin on each side, as a fraction of the content's span
     * @param minHalfSpanDeg the least half-height, degrees (the half-width is this over
     *     cos(latitude)), so that a single point still gets a readable neighbourhood
     * @return the rectangle, or empty if no point is valid
     */
    static Optional<MapBounds> enclosing(
        final Iterable<GroundPoint> points, final double marginFraction, final double minHalfSpanDeg) {
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        for (final GroundPoint p : points) {
            if (p.isValid()) {
                south = Math.min(south, p.latDeg());
                north = Math.max(north, p.latDeg());
                west = Math.min(west, p.lonDeg());
                east = Math.max(east, p.lonDeg());
            }
        }
        if (south > north) {
            return Optional.empty();
        }
        final double centreLat = 0.5 * (south + north);
        final double centreLon = 0.5 * (west + east);
        final double cos = Math.max(MIN_COS_LATITUDE, StrictMath.cos(Math.toRadians(centreLat)));
        final double halfLat = Math.max(minHalfSpanDeg, 0.5 * (north - south) * (1.0 + 2.0 * marginFraction));
        final double halfLon = Math.min(180.0,
            Math.max(minHalfSpanDeg / cos, 0.5 * (east - west) * (1.0 + 2.0 * marginFraction)));
        return Optional.of(latitudeClamped(centreLat - halfLat, centreLat + halfLat, centreLon - halfLon,
            centreLon + halfLon));
    }

    /**
     * This rectangle widened, about its centre, in latitude or in longitude so that it fills
     * a plot of the given size with true shapes: one degree of latitude on the screen is as
     * long as 1 / cos(centre latitude) degrees of longitude. Nothing inside this rectangle
     * is cut off. Where the widening would pass a pole or exceed 360 deg of longitude it is
     * held there, and shapes are then slightly stretched.
     *
     * @param widthPx width of the plot's data area, pixels
     * @param heightPx height of the plot's data area, pixels
     * @return the widened rectangle
     */
    public MapBounds fittedTo(final double widthPx, final double heightPx) {
        if (!(widthPx > 0.0 && heightPx > 0.0)) {
            throw new IllegalArgumentException("plot size must be positive, got " + widthPx + " x " + heightPx);
        }
        final double cos = Math.max(MIN_COS_LATITUDE, StrictMath.cos(Math.toRadians(centreLatDeg())));
        final double aspect = widthPx / heightPx;
        final double latSpan = northDeg - southDeg;
        final double lonSpan = eastDeg - westDeg;
        if (lonSpan * cos / latSpan < aspect) {
            final double halfLon = 0.5 * Math.min(360.0, latSpan * aspect / cos);
            return new MapBounds(southDeg, northDeg, centreLonDeg() - halfLon, centreLonDeg() + halfLon);
        }
        final double halfLat = 0.5 * Math.min(180.0, lonSpan * cos / aspect);
        return latitudeClamped(centreLatDeg() - halfLat, centreLatDeg() + halfLat, westDeg, eastDeg);
    }

    /** Shifts a latitude band that passes a pole back inside [-90, 90], keeping its height. */
    private static MapBounds latitudeClamped(final double south, final double north, final double west,
        final double east) {
        double s = south;
        double n = north;
        if (n > 90.0) {
            s = Math.max(-90.0, s - (n - 90.0));
            n = 90.0;
        }
        if (s < -90.0) {
            n = Math.min(90.0, n + (-90.0 - s));
            s = -90.0;
        }
        return new MapBounds(s, n, west, east);
    }

    private static String describe(final double south, final double north, final double west, final double east) {
        return "south " + south + ", north " + north + ", west " + west + ", east " + east;
    }
}
