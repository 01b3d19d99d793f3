package io.vigil.fusion.samples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import org.jfree.chart.util.ShapeUtils;

/**
 * The look of the situation map: fonts, colours, strokes and marker shapes, shared by the
 * map and its legend so that a legend entry always looks like what it explains. Sizes are
 * pixels and points at the default 1600 x 1200 picture, where they read well on a screen
 * and in a printed report.
 */
final class MapStyle {

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font FEATURE_LABEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 36);

    /** The plot's background: off-white, so that the picture's white margin frames the map. */
    static final Color SEA = new Color(248, 249, 250);
    static final Color GRATICULE = new Color(200, 205, 212);
    /** Truth is grey and thin: the reference under the tracks, not a track itself. */
    static final Color TRUTH = new Color(128, 128, 128);
    static final Color SITE = new Color(40, 40, 40);
    static final Color EVENT = Color.BLACK;
    static final Color AREA = new Color(0, 110, 60);
    static final Color AREA_FILL = new Color(0, 150, 80, 36);
    /**
     * A warned area: dark red outlined, amber filled. Amber is a warning colour no track
     * takes ({@link TrackPalette}), and the red outline is solid where a quiet area's is
     * dashed green, so the two differ in shape as well as colour.
     */
    static final Color WARNED_AREA = new Color(170, 20, 35);
    static final Color WARNED_AREA_FILL = new Color(255, 176, 0, 90);
    /** Legend entries of per-track features (ellipses, estimates), and axis text. */
    static final Color LEGEND_NEUTRAL = new Color(70, 70, 70);
    static final Color NOTE = new Color(110, 110, 110);

    static final Stroke TRUTH_STROKE = roundStroke(1.3f);
    /** Tracks are thick enough to tell their colours apart where they cross. */
    static final float TRACK_WIDTH_PX = 4.0f;
    static final Stroke TRACK_STROKE = roundStroke(TRACK_WIDTH_PX);
    static final Stroke AREA_STROKE = new BasicStroke(
        2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10.0f, new float[] {10.0f, 6.0f}, 0.0f);
    static final Stroke WARNED_AREA_STROKE = roundStroke(3.5f);
    static final Stroke IMPACT_STROKE = roundStroke(2.5f);
    static final Stroke EARLIER_STROKE = roundStroke(1.2f);
    static final Stroke LAUNCH_STROKE = new BasicStroke(
        2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10.0f, new float[] {9.0f, 6.0f}, 0.0f);
    static final Stroke CEP_STROKE = new BasicStroke(
        1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10.0f, new float[] {1.0f, 5.0f}, 0.0f);
    static final Stroke MARKER_STROKE = new BasicStroke(1.5f);

    /** Half-size of the sensor triangle, pixels. */
    static final double SITE_HALF_SIZE_PX = 9.0;
    static final Shape SITE_SHAPE = ShapeUtils.createUpTriangle((float) SITE_HALF_SIZE_PX);
    static final Shape LAUNCH_SHAPE = new Ellipse2D.Double(-5.5, -5.5, 11.0, 11.0);
    static final Shape IMPACT_SHAPE = ShapeUtils.createDiagonalCross(7.0f, 1.6f);
    static final Shape TRACK_HEAD_SHAPE = new Ellipse2D.Double(-5.0, -5.0, 10.0, 10.0);
    static final Shape PREDICTED_IMPACT_SHAPE = ShapeUtils.createRegularCross(8.0f, 1.4f);
    static final Shape ESTIMATED_LAUNCH_SHAPE = ShapeUtils.createDiamond(6.0f);
    static final Shape LEGEND_LINE = new Line2D.Double(-14.0, 0.0, 14.0, 0.0);
    static final Shape LEGEND_ELLIPSE = new Ellipse2D.Double(-12.0, -7.0, 24.0, 14.0);
    static final Shape LEGEND_CIRCLE = new Ellipse2D.Double(-8.0, -8.0, 16.0, 16.0);

    /** Alphas: the fill of a latest impact ellipse and of a launch ellipse, an earlier outline. */
    static final int IMPACT_FILL_ALPHA = 45;
    static final int LAUNCH_FILL_ALPHA = 25;
    static final int EARLIER_ALPHA = 110;

    private MapStyle() {
    }

    /**
     * A colour made translucent.
     *
     * @param colour the colour
     * @param alpha its opacity, 0 (invisible) to 255 (opaque)
     * @return the translucent colour
     */
    static Color withAlpha(final Color colour, final int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /**
     * A solid stroke with round caps and joins, which keep sharp turns of a noisy track from spiking.
     *
     * @param widthPx line width, pixels
     * @return the stroke
     */
    static Stroke roundStroke(final float widthPx) {
        return new BasicStroke(widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
