package io.vigil.fusion.samples.report;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A drawn situation map: the image, the latitude/longitude rectangle it shows and where
 * that rectangle is in the image, so that a position can be found on the picture.
 */
public final class MapPicture {

    private final BufferedImage image;
    private final MapBounds bounds;
    private final Rectangle2D dataArea;

    MapPicture(final BufferedImage image, final MapBounds bounds, final Rectangle2D dataArea) {
        this.image = image;
        this.bounds = bounds;
        this.dataArea = (Rectangle2D) dataArea.clone();
    }

    /**
     * Returns the picture (the map's own image, not a copy: do not draw on it before writing).
     *
     * @return the picture, RGB
     */
    public BufferedImage image() {
        return image;
    }

    /**
     * Returns the latitude/longitude rectangle the plot shows, after fitting to the
     * picture's shape; longitudes in the map's window (possibly beyond 180).
     *
     * @return the plotted rectangle, degrees
     */
    public MapBounds bounds() {
        return bounds;
    }

    /**
     * Returns where the plotted rectangle is in the image.
     *
     * @return the data area, pixels from the image's top-left corner (a copy)
     */
    public Rectangle2D dataArea() {
        return (Rectangle2D) dataArea.clone();
    }

    /**
     * Where a place is drawn: x grows east with longitude, y grows south (down the image).
     * The longitude is moved by whole turns to the meridian nearest the map's centre.
     *
     * @param latDeg geodetic latitude, degrees
     * @param lonDeg longitude, degrees
     * @return the position in image pixels (the pixel containing it is (floor x, floor y));
     *     outside the data area if the place is not on the map
     */
    public Point2D pixelOf(final double latDeg, final double lonDeg) {
        final double lon = LongitudeWindow.nearest(lonDeg, bounds.centreLonDeg());
        final double x = dataArea.getMinX()
            + (lon - bounds.westDeg()) / (bounds.eastDeg() - bounds.westDeg()) * dataArea.getWidth();
        final double y = dataArea.getMaxY()
            - (latDeg - bounds.southDeg()) / (bounds.northDeg() - bounds.southDeg()) * dataArea.getHeight();
        return new Point2D.Double(x, y);
    }

    /**
     * Writes the picture as a PNG file.
     *
     * @param file the file to write (replaced if it exists); its directory must exist
     * @return {@code file}
     * @throws IOException if it cannot be written
     */
    public Path writePng(final Path file) throws IOException {
        return PngFile.write(image, file);
    }
}
