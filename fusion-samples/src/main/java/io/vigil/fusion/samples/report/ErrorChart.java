package io.vigil.fusion.samples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A time-series line chart of errors: several named series of (x, y) points against one x
 * axis (seconds since scenario start, or time to go) and one y axis (metres or seconds),
 * linear or logarithmic. Used for position error per object against time, impact miss
 * distance against time to go, and ellipse size against time to go.
 *
 * <p>Series take the {@link TrackPalette} colours in order. Points with a non-finite
 * coordinate are skipped (the line joins their neighbours), and so are points with y
 * &lt;= 0 on a logarithmic axis, which cannot show them. A series of up to
 * {@value #MARKED_POINTS} points also marks each point, so that a single point or a sparse
 * series is visible. A chart with nothing to draw says "no data".
 *
 * <p>Instances are immutable and thread-safe; each {@code with...} method returns a
 * changed copy. Drawing is headless (see {@link ReportPictures}) and deterministic.
 */
public final class ErrorChart {

    /** Default picture width, pixels. */
    public static final int DEFAULT_WIDTH_PX = 1600;
    /** Default picture height, pixels. */
    public static final int DEFAULT_HEIGHT_PX = 900;
    /** Series with at most this many points have their points marked. */
    public static final int MARKED_POINTS = 30;

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    private static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font NO_DATA_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 32);
    private static final Color GRID = new Color(215, 218, 222);
    private static final Color TEXT = new Color(60, 60, 60);
    private static final float LINE_WIDTH_PX = 2.5f;
    private static final Shape POINT_SHAPE = new Ellipse2D.Double(-4.0, -4.0, 8.0, 8.0);

    private final String title;
    private final String xQuantity;
    private final String xUnit;
    private final String yQuantity;
    private final String yUnit;
    private final boolean logarithmicY;
    private final boolean invertedX;
    private final List<ChartSeries> series;
    private final int widthPx;
    private final int heightPx;

    private ErrorChart(
        final String title, final String xQuantity, final String xUnit, final String yQuantity, final String yUnit,
        final boolean logarithmicY, final boolean invertedX, final List<ChartSeries> series, final int widthPx,
        final int heightPx) {
        this.title = title;
        this.xQuantity = xQuantity;
        this.xUnit = xUnit;
        this.yQuantity = yQuantity;
        this.yUnit = yUnit;
        this.logarithmicY = logarithmicY;
        this.invertedX = invertedX;
        this.series = List.copyOf(series);
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /**
     * An empty chart with a title, axes "time (s)" and "error (m)", linear, of the default size.
     *
     * @param title the title shown above the chart
     * @return the chart
     */
    public static ErrorChart titled(final String title) {
        return new ErrorChart(Objects.requireNonNull(title, "title"), "time", "s", "error", "m", false, false,
            List.of(), DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX);
    }

    /**
     * This chart with another x axis, labelled "quantity (unit)".
     *
     * @param quantity what x is ("time since scenario start", "time to go")
     * @param unit its unit ("s")
     * @return the changed chart
     */
    public ErrorChart withXAxis(final String quantity, final String unit) {
        return new ErrorChart(title, Objects.requireNonNull(quantity, "quantity"), Objects.requireNonNull(unit, "unit"),
            yQuantity, yUnit, logarithmicY, invertedX, series, widthPx, heightPx);
    }

    /**
     * This chart with another y axis, labelled "quantity (unit)".
     *
     * @param quantity what y is ("position error", "miss distance", "semi-major axis")
     * @param unit its unit ("m", "s")
     * @return the changed chart
     */
    public ErrorChart withYAxis(final String quantity, final String unit) {
        return new ErrorChart(title, xQuantity, xUnit, Objects.requireNonNull(quantity, "quantity"),
            Objects.requireNonNull(unit, "unit"), logarithmicY, invertedX, series, widthPx, heightPx);
    }

    /**
     * This chart with a logarithmic (base 10) or linear y axis. A logarithmic axis suits
     * errors that shrink by orders of magnitude as a track matures; it cannot show y &lt;= 0.
     *
     * @param logarithmic true for a logarithmic y axis
     * @return the changed chart
     */
    public ErrorChart withLogarithmicY(final boolean logarithmic) {
        return new ErrorChart(title, xQuantity, xUnit, yQuantity, yUnit, logarithmic, invertedX, series, widthPx,
            heightPx);
    }

    /**
     * This chart with x growing to the left instead of the right: for time to go, so that
     * time still flows left to right as the time to go falls to zero.
     *
     * @param inverted true for x decreasing to the right
     * @return the changed chart
     */
    public ErrorChart withInvertedX(final boolean inverted) {
        return new ErrorChart(title, xQuantity, xUnit, yQuantity, yUnit, logarithmicY, inverted, series, widthPx,
            heightPx);
    }

    /**
     * This chart with one more series, drawn after (over) the ones before it.
     *
     * @param added the series; its name must differ from those already in the chart
     * @return the changed chart
     * @throws IllegalArgumentException if a series of that name is already in the chart
     */
    public ErrorChart withSeries(final ChartSeries added) {
        Objects.requireNonNull(added, "added");
        for (final ChartSeries s : series) {
            if (s.name().equals(added.name())) {
                throw new IllegalArgumentException("chart '" + title + "' already has a series '" + added.name() + "'");
            }
        }
        final List<ChartSeries> more = new ArrayList<>(series);
        more.add(added);
        return new ErrorChart(title, xQuantity, xUnit, yQuantity, yUnit, logarithmicY, invertedX, more, widthPx,
            heightPx);
    }

    /**
     * This chart with one more series.
     *
     * @param name the series' name, unique within the chart
     * @param points its points, in drawing order
     * @return the changed chart
     */
    public ErrorChart withSeries(final String name, final List<ChartPoint> points) {
        return withSeries(new ChartSeries(name, points));
    }

    /**
     * This chart with another picture size.
     *
     * @param width picture width, pixels, at least 200
     * @param height picture height, pixels, at least 200
     * @return the changed chart
     */
    public ErrorChart withSize(final int width, final int height) {
        if (width < 200 || height < 200) {
            throw new IllegalArgumentException("a chart needs at least 200 x 200 px, got " + width + " x " + height);
        }
        return new ErrorChart(title, xQuantity, xUnit, yQuantity, yUnit, logarithmicY, invertedX, series, width,
            height);
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the series, in drawing order.
     *
     * @return the series, in drawing order (unmodifiable)
     */
    public List<ChartSeries> series() {
        return series;
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
     * Draws the chart.
     *
     * @return the picture, RGB, of this chart's size
     */
    public BufferedImage render() {
        HeadlessRendering.enable();
        final JFreeChart chart = chart();
        final BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx, heightPx));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * Draws the chart and writes it as a PNG file.
     *
     * @param file the PNG file (replaced if it exists); its directory must exist
     * @return {@code file}
     * @throws IOException if it cannot be written
     */
    public Path writePng(final Path file) throws IOException {
        return PngFile.write(render(), file);
    }

    private JFreeChart chart() {
        final XYSeriesCollection dataset = new XYSeriesCollection();
        final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        int drawable = 0;
        for (int i = 0; i < series.size(); i++) {
            final ChartSeries s = series.get(i);
            final XYSeries line = new XYSeries(s.name(), false, true);
            for (final ChartPoint p : s.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y()) && (!logarithmicY || p.y() > 0.0)) {
                    line.add(p.x(), p.y(), false);
                }
            }
            drawable += line.getItemCount();
            dataset.addSeries(line);
            renderer.setSeriesPaint(i, TrackPalette.colourAt(i));
            renderer.setSeriesStroke(i, new BasicStroke(LINE_WIDTH_PX, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(i, POINT_SHAPE);
            renderer.setSeriesShapesVisible(i, line.getItemCount() <= MARKED_POINTS);
        }

        final NumberAxis x = new NumberAxis(xQuantity + " (" + xUnit + ")");
        x.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        x.setAutoRangeIncludesZero(false);
        x.setInverted(invertedX);
        final NumberAxis y = logarithmicY ? new LogPaperAxis(yQuantity + " (" + yUnit + ")")
            : new NumberAxis(yQuantity + " (" + yUnit + ")");
        if (!logarithmicY) {
            y.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
            // Errors are sizes: a zero baseline keeps their proportions honest.
            y.setAutoRangeIncludesZero(true);
        } else if (drawable == 0) {
            // Nothing to fit: a fixed decade, since a log axis has no default range of its own.
            y.setAutoRange(false);
            y.setRange(1.0, 10.0);
        }
        for (final NumberAxis axis : new NumberAxis[] {x, y}) {
            axis.setLabelFont(AXIS_LABEL_FONT);
            axis.setTickLabelFont(TICK_FONT);
            axis.setLabelPaint(TEXT);
            axis.setTickLabelPaint(TEXT);
        }
        // Generous label room makes the automatic tick spacing sparser and the labels readable.
        x.setTickLabelInsets(new RectangleInsets(4, 16, 4, 16));
        y.setTickLabelInsets(new RectangleInsets(14, 8, 14, 8));

        final XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1.0f));
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setOutlinePaint(GRID.darker());
        plot.setNoDataMessage("no data");
        plot.setNoDataMessageFont(NO_DATA_FONT);
        plot.setNoDataMessagePaint(TEXT);

        final JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        final LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LEGEND_FONT);
        legend.setItemLabelPadding(new RectangleInsets(4, 6, 4, 12));
        return chart;
    }

    /**
     * A base-10 logarithmic axis with gridlines at 1 to 9 times each power of ten, like log
     * paper, whose labels are written the same way in every locale.
     */
    private static final class LogPaperAxis extends LogarithmicAxis {

        private static final long serialVersionUID = 1L;

        LogPaperAxis(final String label) {
            super(label);
            setAllowNegativesFlag(false);
            setStrictValuesFlag(false);
            // Whole decades at both ends: the eye reads orders of magnitude from them.
            setAutoRangeNextLogFlag(true);
            if (numberFormatterObj instanceof DecimalFormat) {
                ((DecimalFormat) numberFormatterObj).setDecimalFormatSymbols(
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            }
            setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        }
    }
}
