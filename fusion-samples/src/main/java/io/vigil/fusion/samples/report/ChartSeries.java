package io.vigil.fusion.samples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named line of an {@link ErrorChart}: one object's position error against time, say.
 * Points are joined in the order given.
 *
 * @param name the name shown in the legend, unique within a chart
 * @param points the points, in drawing order (non-finite ones are skipped when drawing)
 */
public record ChartSeries(String name, List<ChartPoint> points) {

    /**
     * Checks the name and copies the points.
     *
     * @param name see the record
     * @param points see the record
     */
    public ChartSeries {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }

    /**
     * A series from two parallel arrays.
     *
     * @param name the name shown in the legend
     * @param x the abscissae, in the x axis' unit
     * @param y the ordinates, in the y axis' unit, as many as {@code x}
     * @return the series
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static ChartSeries of(final String name, final double[] x, final double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                "series '" + name + "' has " + x.length + " x values but " + y.length + " y values");
        }
        final List<ChartPoint> points = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            points.add(new ChartPoint(x[i], y[i]));
        }
        return new ChartSeries(name, points);
    }
}
