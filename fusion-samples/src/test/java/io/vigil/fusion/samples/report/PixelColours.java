package io.vigil.fusion.samples.report;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/** Reading colours off a rendered picture, for the picture tests. */
final class PixelColours {

    private PixelColours() {
    }

    /** The colour of the pixel that contains an image position. */
    static Color at(final BufferedImage image, final Point2D position) {
        return at(image, position.getX(), position.getY());
    }

    static Color at(final BufferedImage image, final double x, final double y) {
        return new Color(image.getRGB((int) Math.floor(x), (int) Math.floor(y)));
    }

    /** The largest difference of the red, green and blue components, 0 to 255. */
    static int distance(final Color a, final Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
            Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    /** The least distance to a colour over the 3 x 3 pixels around a position. */
    static int nearestAround(final BufferedImage image, final Point2D position, final Color colour) {
        int best = Integer.MAX_VALUE;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                best = Math.min(best, distance(at(image, position.getX() + dx, position.getY() + dy), colour));
            }
        }
        return best;
    }

    /** Every pixel of an image, row by row. */
    static int[] pixels(final BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
