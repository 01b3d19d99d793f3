package io.vigil.fusion.samples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The situation map of a run: a latitude/longitude plot of what happened and what the
 * engine made of it.
 *
 * <p>The projection is equirectangular (x = longitude, y = geodetic latitude, degrees) with
 * the plotted rectangle widened so that a degree of longitude is cos(centre latitude) times
 * as long on the screen as a degree of latitude: near the map's centre, kilometres look the
 * same east-west as north-south, and circles look round. The rectangle is fitted to the
 * content with a margin (or given, see {@link #withBounds}); a graticule labels degrees.
 *
 * <p>Drawn, from the bottom up:
 * <ul>
 *   <li>defended areas: geodesic circles of their radius, dashed green, lightly filled and
 *       labelled with their ids; an area a track raised a warning for is outlined solid dark
 *       red, filled amber, and labelled with the time to impact its first warning gave
 *       ("SADO warned T-537 s");</li>
 *   <li>truth: each simulated object's ground track as a thin grey line (from {@code truth.csv},
 *       ECEF converted to geodetic);</li>
 *   <li>tracks: the ground track of each confirmed or coasting track, one colour per track id
 *       ({@link TrackPalette}), with a dot and its label "T&lt;id&gt;" at its last report;</li>
 *   <li>fixed radar sites: triangles with their ids (moving radars and IR sensors have no
 *       fixed site and are not drawn);</li>
 *   <li>truth launch points (black discs) and impact points (black crosses);</li>
 *   <li>each track's latest predicted impact (a plus in its colour) and estimated launch (a
 *       diamond);</li>
 *   <li>for each track, the 95 % ellipse of its latest predicted impact (solid, lightly
 *       filled), a few earlier ones fainter, its CEP50 circle (dotted) and the 95 % ellipse of
 *       its latest estimated launch (dashed).</li>
 * </ul>
 * A legend lists the kinds of feature present and the tracks. A map with no track to show
 * says "no tracks"; one with nothing at all shows the whole Earth.
 *
 * <p>Instances are immutable and thread-safe; drawing is headless (see {@link
 * ReportPictures}) and deterministic.
 */
public final class SituationMap {

    /** Default picture width, pixels. */
    public static final int DEFAULT_WIDTH_PX = 1600;
    /** Default picture height, pixels. */
    public static final int DEFAULT_HEIGHT_PX = 1200;
    /** Default number of earlier impact ellipses shown per track, besides the latest. */
    public static final int DEFAULT_EARLIER_ELLIPSES = 3;

    /** Points of a line closer than this to the one kept before them are not drawn, pixels. */
    private static final double THINNING_PX = 0.5;

    /**
     * Room for the axes, pixels. Fixed so that the plot's data area depends only on the
     * picture size, title and legend, not on the tick labels of the rectangle shown: the
     * aspect correction measures the data area once and must find it unchanged.
     */
    private static final double LATITUDE_AXIS_WIDTH_PX = 125.0;
    private static final double LONGITUDE_AXIS_HEIGHT_PX = 75.0;

    private final String caption;
    private final int widthPx;
    private final int heightPx;
    private final MapBounds bounds;
    private final int earlierEllipses;

    /**
     * A map of the default size, fitted to its content.
     *
     * @param caption the title shown above the map (the scenario, say)
     */
    public SituationMap(final String caption) {
        this(caption, DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX, null, DEFAULT_EARLIER_ELLIPSES);
    }

    private SituationMap(
        final String caption, final int widthPx, final int heightPx, final MapBounds bounds,
        final int earlierEllipses) {
        this.caption = Objects.requireNonNull(caption, "caption");
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.bounds = bounds;
        this.earlierEllipses = earlierEllipses;
    }

    /**
     * This map with another picture size.
     *
     * @param width picture width, pixels, at least 200
     * @param height picture height, pixels, at least 200
     * @return the changed map
     */
    public SituationMap withSize(final int width, final int height) {
        if (width < 200 || height < 200) {
            throw new IllegalArgumentException("a map needs at least 200 x 200 px, got " + width + " x " + height);
        }
        return new SituationMap(caption, width, height, bounds, earlierEllipses);
    }

    /**
     * This map showing a given rectangle instead of one fitted to the content. The rectangle
     * is still widened in one direction to keep shapes true (see {@link MapBounds#fittedTo});
     * features outside it are cut off. Its centre also centres the longitude window.
     *
     * @param region the rectangle to show, degrees
     * @return the changed map
     */
    public SituationMap withBounds(final MapBounds region) {
        return new SituationMap(caption, widthPx, heightPx, Objects.requireNonNull(region, "region"), earlierEllipses);
    }

    /**
     * This map showing a number of earlier impact ellipses per track (spread over the
     * track's predictions, fainter than the latest).
     *
     * @param count earlier ellipses per track, 0 or more
     * @return the changed map
     */
    public SituationMap withEarlierEllipses(final int count) {
        if (count < 0) {
            throw new IllegalArgumentException("earlier ellipse count must be >= 0, got " + count);
        }
        return new SituationMap(caption, widthPx, heightPx, bounds, count);
    }

    /**
     * Returns the picture width, pixels.
     *
     * @return the picture width, pixels
     */
    public int widthPx() {
        return widthPx;
    }

    /**
     * Returns the picture height, pixels.
     *
     * @return the picture height, pixels
     */
    public int heightPx() {
        return heightPx;
    }

    /**
     * Draws the map of a situation.
     *
     * @param situation what to draw
     * @return the picture and its geometry
     */
    public MapPicture render(final Situation situation) {
        HeadlessRendering.enable();
        final MapScene scene = MapScene.of(situation, bounds, earlierEllipses);
        final MapBounds wanted = bounds != null ? bounds : scene.contentBounds().orElse(MapBounds.WORLD);

        // The data area is known only once the title and legend are laid out: measure it on
        // the frame alone (axes, titles, legend; cheap to draw), widen the rectangle to its
        // shape, then draw the map with lines thinned to what that scale can show.
        final JFreeChart frame = chart(scene, null);
        show(frame.getXYPlot(), wanted);
        final Rectangle2D measured = draw(frame, newImage()).getPlotInfo().getDataArea();
        final MapBounds shown = wanted.fittedTo(measured.getWidth(), measured.getHeight());

        final double[] step = {
            THINNING_PX * (shown.eastDeg() - shown.westDeg()) / measured.getWidth(),
            THINNING_PX * (shown.northDeg() - shown.southDeg()) / measured.getHeight(),
        };
        final JFreeChart chart = chart(scene, step);
        final XYPlot plot = chart.getXYPlot();
        show(plot, shown);
        if (scene.trackIds().isEmpty()) {
            plot.addAnnotation(note("no tracks", shown), false);
        }
        final BufferedImage image = newImage();
        final Rectangle2D dataArea = draw(chart, image).getPlotInfo().getDataArea();
        return new MapPicture(image, shown, dataArea);
    }

    /**
     * Draws the map of a situation and writes it as a PNG file.
     *
     * @param situation what to draw
     * @param file the PNG file (replaced if it exists); its directory must exist
     * @return the picture and its geometry
     * @throws IOException if the file cannot be written
     */
    public MapPicture writePng(final Situation situation, final Path file) throws IOException {
        final MapPicture picture = render(situation);
        picture.writePng(file);
        return picture;
    }

    private BufferedImage newImage() {
        return new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    }

    private static ChartRenderingInfo draw(final JFreeChart chart, final BufferedImage image) {
        final ChartRenderingInfo info = new ChartRenderingInfo();
        final Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()), info);
        } finally {
            g2.dispose();
        }
        return info;
    }

    private static void show(final XYPlot plot, final MapBounds shown) {
        plot.getDomainAxis().setRange(shown.westDeg(), shown.eastDeg());
        plot.getRangeAxis().setRange(shown.southDeg(), shown.northDeg());
    }

    /**
     * The chart of a scene, without axis ranges.
     *
     * @param scene what to draw
     * @param step the least longitude and latitude steps (degrees) kept along a line, or
     *     null for the frame alone: the same axes, titles and legend, and nothing plotted
     */
    private JFreeChart chart(final MapScene scene, final double[] step) {
        final XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis("longitude (deg)", true));
        plot.setRangeAxis(axis("latitude (deg)", false));
        plot.setBackgroundPaint(MapStyle.SEA);
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinePaint(MapStyle.GRATICULE);
        plot.setRangeGridlinePaint(MapStyle.GRATICULE);
        plot.setDomainGridlineStroke(new BasicStroke(1.0f));
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlinePaint(MapStyle.GRATICULE.darker());
        final AxisSpace longitudeSpace = new AxisSpace();
        longitudeSpace.setBottom(LONGITUDE_AXIS_HEIGHT_PX);
        plot.setFixedDomainAxisSpace(longitudeSpace);
        final AxisSpace latitudeSpace = new AxisSpace();
        latitudeSpace.setLeft(LATITUDE_AXIS_WIDTH_PX);
        plot.setFixedRangeAxisSpace(latitudeSpace);
        // Dataset 0 is drawn first, so truth lies under tracks and markers over both.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        if (step != null) {
            plot(plot, scene, step);
        }
        plot.setFixedLegendItems(MapLegend.of(scene));
        final JFreeChart chart = new JFreeChart(caption, MapStyle.TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        final TextTitle subtitle = new TextTitle(subtitle(scene), MapStyle.SUBTITLE_FONT);
        subtitle.setPaint(MapStyle.LEGEND_NEUTRAL);
        chart.addSubtitle(0, subtitle);
        final LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(MapStyle.LEGEND_FONT);
        legend.setItemLabelPadding(new RectangleInsets(4, 6, 4, 6));
        legend.setLegendItemGraphicPadding(new RectangleInsets(4, 10, 4, 4));
        return chart;
    }

    /** Adds everything the scene shows to the plot, from the bottom layer up. */
    private static void plot(final XYPlot plot, final MapScene scene, final double[] step) {
        final XYLineAndShapeRenderer truth = lines(plot, 0);
        for (final MapScene.TruthLine line : scene.truthLines()) {
            final int series = addSeries(plot, 0, "truth " + line.objectId(),
                LineThinning.thin(line.points(), step[0], step[1]));
            truth.setSeriesPaint(series, MapStyle.TRUTH);
            truth.setSeriesStroke(series, MapStyle.TRUTH_STROKE);
        }
        for (final MapScene.Area area : scene.areas()) {
            final Color outline = area.warned() ? MapStyle.WARNED_AREA : MapStyle.AREA;
            truth.addAnnotation(new XYPolygonAnnotation(polygon(area.outline()),
                area.warned() ? MapStyle.WARNED_AREA_STROKE : MapStyle.AREA_STROKE, outline,
                area.warned() ? MapStyle.WARNED_AREA_FILL : MapStyle.AREA_FILL), Layer.BACKGROUND);
            // Above the circle's northern edge, where tracks ending inside it do not cover it.
            final GroundPoint north = area.outline().get(0);
            final XYTextAnnotation label = new XYTextAnnotation(area.label(), north.lonDeg(), north.latDeg());
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            label.setFont(MapStyle.FEATURE_LABEL_FONT);
            label.setPaint(outline);
            truth.addAnnotation(label, Layer.BACKGROUND);
        }

        final XYLineAndShapeRenderer tracks = lines(plot, 1);
        final XYLineAndShapeRenderer heads = markers(plot, 2);
        final List<String> headLabels = new ArrayList<>();
        for (final MapScene.TrackLine line : scene.trackLines()) {
            final Color colour = TrackPalette.colourOfTrack(line.trackId());
            final int series = addSeries(plot, 1, "track " + line.trackId(),
                LineThinning.thin(line.points(), step[0], step[1]));
            tracks.setSeriesPaint(series, colour);
            tracks.setSeriesStroke(series, MapStyle.TRACK_STROKE);
            final int head = addSeries(plot, 2, "head " + line.trackId(), List.of(last(line.points())));
            heads.setSeriesShape(head, MapStyle.TRACK_HEAD_SHAPE);
            heads.setSeriesPaint(head, colour);
            heads.setSeriesItemLabelPaint(head, colour.darker());
            headLabels.add("T" + line.trackId());
        }
        labelled(heads, (series, item) -> headLabels.get(series));

        final XYLineAndShapeRenderer sites = markers(plot, 3);
        final List<String> siteLabels = new ArrayList<>();
        final List<GroundPoint> sitePoints = new ArrayList<>();
        for (final MapScene.Site site : scene.sites()) {
            sitePoints.add(site.point());
            siteLabels.add(site.sensorId());
        }
        addSeries(plot, 3, "sites", sitePoints);
        sites.setSeriesShape(0, MapStyle.SITE_SHAPE);
        sites.setSeriesPaint(0, MapStyle.SITE);
        sites.setSeriesItemLabelPaint(0, MapStyle.SITE);
        labelled(sites, (series, item) -> siteLabels.get(item));

        final XYLineAndShapeRenderer launches = markers(plot, 4);
        addSeries(plot, 4, "truth launches", scene.truthLaunches());
        launches.setSeriesShape(0, MapStyle.LAUNCH_SHAPE);
        launches.setSeriesPaint(0, MapStyle.EVENT);
        final XYLineAndShapeRenderer impacts = markers(plot, 5);
        addSeries(plot, 5, "truth impacts", scene.truthImpacts());
        impacts.setSeriesShape(0, MapStyle.IMPACT_SHAPE);
        impacts.setSeriesPaint(0, MapStyle.EVENT);

        estimates(plot, 6, scene.predictedImpacts(), MapStyle.PREDICTED_IMPACT_SHAPE, true);
        estimates(plot, 7, scene.estimatedLaunches(), MapStyle.ESTIMATED_LAUNCH_SHAPE, false);

        for (final MapScene.Ellipse ellipse : scene.ellipses()) {
            plot.addAnnotation(ellipseAnnotation(ellipse), false);
        }
    }

    private static NumberAxis axis(final String label, final boolean longitude) {
        final NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(DegreeFormat.tickUnits(longitude));
        axis.setAutoRange(false);
        axis.setLabelFont(MapStyle.AXIS_LABEL_FONT);
        axis.setTickLabelFont(MapStyle.TICK_FONT);
        axis.setLabelPaint(MapStyle.LEGEND_NEUTRAL);
        axis.setTickLabelPaint(MapStyle.LEGEND_NEUTRAL);
        // Generous label room makes the automatic spacing choose a sparser, readable graticule.
        axis.setTickLabelInsets(longitude ? new RectangleInsets(4, 16, 4, 16) : new RectangleInsets(14, 8, 14, 8));
        return axis;
    }

    private static XYLineAndShapeRenderer lines(final XYPlot plot, final int index) {
        final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        plot.setDataset(index, new XYSeriesCollection());
        plot.setRenderer(index, renderer);
        return renderer;
    }

    private static XYLineAndShapeRenderer markers(final XYPlot plot, final int index) {
        final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setUseOutlinePaint(false);
        renderer.setDefaultOutlineStroke(MapStyle.MARKER_STROKE);
        plot.setDataset(index, new XYSeriesCollection());
        plot.setRenderer(index, renderer);
        return renderer;
    }

    /** The labels of a marker layer: to the right of each marker, clear of its shape. */
    private static void labelled(final XYLineAndShapeRenderer renderer, final MarkerLabels labels) {
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> labels.label(series, item));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(MapStyle.FEATURE_LABEL_FONT);
        renderer.setDefaultPositiveItemLabelPosition(
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelInsets(new RectangleInsets(6, 6, 6, 6));
    }

    /** The label of the item-th point of a marker series. */
    @FunctionalInterface
    private interface MarkerLabels {
        String label(int series, int item);
    }

    /** A track's latest predicted impact or estimated launch: one series per track, in its colour. */
    private static void estimates(
        final XYPlot plot, final int index, final List<MapScene.Estimate> estimates, final Shape shape,
        final boolean filled) {
        final XYLineAndShapeRenderer renderer = markers(plot, index);
        renderer.setDefaultShapesFilled(filled);
        renderer.setDrawOutlines(!filled);
        for (final MapScene.Estimate estimate : estimates) {
            final int series = addSeries(plot, index, "estimate " + estimate.trackId(), List.of(estimate.point()));
            renderer.setSeriesShape(series, shape);
            renderer.setSeriesPaint(series, TrackPalette.colourOfTrack(estimate.trackId()));
        }
    }

    /** Adds a series of points to dataset {@code index}; returns its series index. */
    private static int addSeries(final XYPlot plot, final int index, final String key, final List<GroundPoint> points) {
        final XYSeriesCollection dataset = (XYSeriesCollection) plot.getDataset(index);
        final XYSeries series = new XYSeries(key, false, true);
        for (final GroundPoint p : points) {
            series.add(p.lonDeg(), p.latDeg(), false);
        }
        dataset.addSeries(series);
        return dataset.getSeriesCount() - 1;
    }

    private static XYPolygonAnnotation ellipseAnnotation(final MapScene.Ellipse ellipse) {
        final Color colour = TrackPalette.colourOfTrack(ellipse.trackId());
        final double[] polygon = polygon(ellipse.outline());
        switch (ellipse.kind()) {
            case LAUNCH:
                return new XYPolygonAnnotation(polygon, MapStyle.LAUNCH_STROKE, colour,
                    MapStyle.withAlpha(colour, MapStyle.LAUNCH_FILL_ALPHA));
            case CEP50:
                return new XYPolygonAnnotation(polygon, MapStyle.CEP_STROKE, colour, null);
            default:
                if (ellipse.latest()) {
                    return new XYPolygonAnnotation(polygon, MapStyle.IMPACT_STROKE, colour,
                        MapStyle.withAlpha(colour, MapStyle.IMPACT_FILL_ALPHA));
                }
                return new XYPolygonAnnotation(polygon, MapStyle.EARLIER_STROKE,
                    MapStyle.withAlpha(colour, MapStyle.EARLIER_ALPHA), null);
        }
    }

    private static XYTextAnnotation note(final String text, final MapBounds shown) {
        final XYTextAnnotation note = new XYTextAnnotation(text, shown.centreLonDeg(), shown.centreLatDeg());
        note.setFont(MapStyle.NOTE_FONT);
        note.setPaint(MapStyle.NOTE);
        note.setTextAnchor(TextAnchor.CENTER);
        return note;
    }

    private static String subtitle(final MapScene scene) {
        return String.join(", ", count(scene.trackIds().size(), "track"),
            count(scene.truthLines().size(), "true object"), count(scene.sites().size(), "radar site"),
            count(scene.areas().size(), "defended area") + warned(scene));
    }

    private static String warned(final MapScene scene) {
        final long warned = scene.areas().stream().filter(MapScene.Area::warned).count();
        return warned == 0 ? "" : " (" + warned + " warned)";
    }

    private static String count(final int n, final String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static double[] polygon(final List<GroundPoint> outline) {
        final double[] xy = new double[2 * outline.size()];
        for (int i = 0; i < outline.size(); i++) {
            xy[2 * i] = outline.get(i).lonDeg();
            xy[2 * i + 1] = outline.get(i).latDeg();
        }
        return xy;
    }

    private static GroundPoint last(final List<GroundPoint> points) {
        return points.get(points.size() - 1);
    }
}
