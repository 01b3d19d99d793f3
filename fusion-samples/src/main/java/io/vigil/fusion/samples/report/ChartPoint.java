package io.vigil.fusion.samples.report;

/**
 * One point of a chart series, in the chart's units (seconds along x; metres or seconds
 * along y, say). A non-finite coordinate is allowed and skipped when drawing.
 *
 * @param x the abscissa, in the x axis' unit
 * @param y the ordinate, in the y axis' unit
 */
public record ChartPoint(double x, double y) {
}
