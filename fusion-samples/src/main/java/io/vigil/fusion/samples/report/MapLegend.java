package io.vigil.fusion.samples.report;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/**
 * The legend of the situation map: one entry per kind of feature present (truth, sites,
 * quiet and warned areas, markers, ellipses) and one per track, up to {@value #LISTED_TRACKS} tracks.
 * Ellipse entries are drawn in a neutral grey: on the map each takes its track's colour.
 */
final class MapLegend {

    /** Tracks listed by name; beyond this the legend counts the rest (each is labelled on the map). */
    static final int LISTED_TRACKS = 12;

    private static final Color NEUTRAL = MapStyle.LEGEND_NEUTRAL;

    private MapLegend() {
    }

    /**
     * The legend of a scene.
     *
     * @param scene what the map shows
     * @return the legend's entries, in reading order
     */
    static LegendItemCollection of(final MapScene scene) {
        final LegendItemCollection items = new LegendItemCollection();
        if (!scene.truthLines().isEmpty()) {
            items.add(lineItem("truth trajectory", MapStyle.TRUTH_STROKE, MapStyle.TRUTH));
        }
        if (!scene.truthLaunches().isEmpty()) {
            items.add(shapeItem("truth launch", MapStyle.LAUNCH_SHAPE, true, MapStyle.EVENT));
        }
        if (!scene.truthImpacts().isEmpty()) {
            items.add(shapeItem("truth impact", MapStyle.IMPACT_SHAPE, true, MapStyle.EVENT));
        }
        if (!scene.sites().isEmpty()) {
            items.add(shapeItem("radar site", MapStyle.SITE_SHAPE, true, MapStyle.SITE));
        }
        if (scene.areas().stream().anyMatch(a -> !a.warned())) {
            items.add(areaItem("defended area", MapStyle.AREA_FILL, MapStyle.AREA, MapStyle.AREA_STROKE));
        }
        if (scene.hasWarnedArea()) {
            items.add(areaItem("warned area", MapStyle.WARNED_AREA_FILL, MapStyle.WARNED_AREA,
                MapStyle.WARNED_AREA_STROKE));
        }
        int listed = 0;
        for (final long trackId : scene.trackIds()) {
            if (listed++ < LISTED_TRACKS) {
                items.add(lineItem("track " + trackId + " (T" + trackId + ")", MapStyle.TRACK_STROKE,
                    TrackPalette.colourOfTrack(trackId)));
            }
        }
        if (listed > LISTED_TRACKS) {
            items.add(textItem("and " + (listed - LISTED_TRACKS) + " more tracks"));
        }
        if (!scene.predictedImpacts().isEmpty()) {
            items.add(shapeItem("predicted impact (latest)", MapStyle.PREDICTED_IMPACT_SHAPE, true, NEUTRAL));
        }
        if (!scene.estimatedLaunches().isEmpty()) {
            items.add(shapeItem("estimated launch (latest)", MapStyle.ESTIMATED_LAUNCH_SHAPE, false, NEUTRAL));
        }
        if (scene.has(MapScene.EllipseKind.IMPACT)) {
            items.add(outlineItem("impact ellipse 95 %", MapStyle.LEGEND_ELLIPSE, MapStyle.IMPACT_STROKE, NEUTRAL));
            if (scene.ellipses().stream().anyMatch(e -> !e.latest())) {
                items.add(outlineItem("earlier impact ellipses", MapStyle.LEGEND_ELLIPSE, MapStyle.EARLIER_STROKE,
                    MapStyle.withAlpha(NEUTRAL, MapStyle.EARLIER_ALPHA)));
            }
        }
        if (scene.has(MapScene.EllipseKind.CEP50)) {
            items.add(outlineItem("impact CEP50", MapStyle.LEGEND_CIRCLE, MapStyle.CEP_STROKE, NEUTRAL));
        }
        if (scene.has(MapScene.EllipseKind.LAUNCH)) {
            items.add(outlineItem("launch ellipse 95 %", MapStyle.LEGEND_ELLIPSE, MapStyle.LAUNCH_STROKE, NEUTRAL));
        }
        return items;
    }

    private static LegendItem areaItem(final String label, final Paint fill, final Paint outline,
        final Stroke stroke) {
        return new LegendItem(label, null, null, null, true, MapStyle.LEGEND_CIRCLE, true, fill, true, outline,
            stroke, false, MapStyle.LEGEND_LINE, stroke, outline);
    }

    private static LegendItem lineItem(final String label, final Stroke stroke, final Paint paint) {
        return new LegendItem(label, null, null, null, MapStyle.LEGEND_LINE, stroke, paint);
    }

    private static LegendItem shapeItem(final String label, final Shape shape, final boolean filled,
        final Paint paint) {
        return new LegendItem(label, null, null, null, true, shape, filled, paint, !filled, paint,
            MapStyle.MARKER_STROKE, false, MapStyle.LEGEND_LINE, MapStyle.MARKER_STROKE, paint);
    }

    private static LegendItem outlineItem(final String label, final Shape shape, final Stroke stroke,
        final Paint paint) {
        return new LegendItem(label, null, null, null, true, shape, false, paint, true, paint, stroke, false,
            MapStyle.LEGEND_LINE, stroke, paint);
    }

    private static LegendItem textItem(final String label) {
        return new LegendItem(label, null, null, null, false, MapStyle.LEGEND_LINE, false, NEUTRAL, false, NEUTRAL,
            MapStyle.MARKER_STROKE, false, MapStyle.LEGEND_LINE, MapStyle.MARKER_STROKE, NEUTRAL);
    }
}
