package io.vigil.fusion.samples.report;

import java.awt.Color;

/**
 * The fixed colours of tracks on the map and of series on charts: ten colours that stay
 * distinguishable on white and for the common forms of colour blindness (the Tableau 10
 * set, with its grey replaced by navy because grey is the colour of truth).
 *
 * <p>A track's colour depends on its id alone, so track 7 has the same colour in every
 * picture of a report whichever other tracks are shown; consecutive ids, which the engine
 * assigns, get different colours up to ten at a time.
 */
public final class TrackPalette {

    private static final Color[] COLOURS = {
        new Color(31, 119, 180),   // blue
        new Color(255, 127, 14),   // orange
        new Color(44, 160, 44),    // green
        new Color(214, 39, 40),    // red
        new Color(148, 103, 189),  // purple
        new Color(140, 86, 75),    // brown
        new Color(227, 119, 194),  // pink
        new Color(188, 189, 34),   // olive
        new Color(23, 190, 207),   // cyan
        new Color(57, 59, 121),    // navy
    };

    private TrackPalette() {
    }

    /**
     * Returns the number of distinct colours.
     *
     * @return the number of distinct colours
     */
    public static int size() {
        return COLOURS.length;
    }

    /**
     * The colour of a track.
     *
     * @param trackId the track's id (any value, negative included)
     * @return its colour, opaque
     */
    public static Color colourOfTrack(final long trackId) {
        // The engine numbers tracks from 1: track 1 takes the first colour.
        return COLOURS[(int) Math.floorMod(trackId - 1, (long) COLOURS.length)];
    }

    /**
     * The colour of the n-th series of a chart (cycling after {@link #size()}).
     *
     * @param index the series' index, 0 or more
     * @return its colour, opaque
     */
    public static Color colourAt(final int index) {
        if (index < 0) {
            throw new IllegalArgumentException("series index must be >= 0, got " + index);
        }
        return COLOURS[index % COLOURS.length];
    }
}
