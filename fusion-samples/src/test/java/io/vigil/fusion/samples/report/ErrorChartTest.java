package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorChartTest {

    @TempDir
    Path directory;

    /** Position errors that shrink from kilometres to tens of metres, with seeded noise. */
    private static ChartSeries shrinkingError(final String name, final Random random) {
        final List<ChartPoint> points = new ArrayList<>();
        for (int k = 0; k <= 120; k++) {
            final double t = 5.0 * k;
            points.add(new ChartPoint(t, 3_000.0 * Math.exp(-t / 80.0) + 40.0 + 10.0 * random.nextGaussian()));
        }
        return new ChartSeries(name, points);
    }

    private static int pixelsNear(final BufferedImage image, final Color colour) {
        int count = 0;
        for (final int rgb : PixelColours.pixels(image)) {
            if (PixelColours.distance(new Color(rgb), colour) < 12) {
                count++;
            }
        }
        return count;
    }

    @Test
    void writesAPngOfTheRequestedSizeThatDecodes() throws IOException {
        final Random random = new Random(11L);
        final ErrorChart chart = ErrorChart.titled("Position error per object")
            .withXAxis("time since scenario start", "s").withYAxis("position error", "m").withLogarithmicY(true)
            .withSeries(shrinkingError("OBJ-1", random)).withSeries(shrinkingError("OBJ-2", random))
            .withSize(1200, 700);
        final Path file = chart.writePng(directory.resolve("position_error.png"));

        final BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read).isNotNull();
        assertThat(read.getWidth()).isEqualTo(1200);
        assertThat(read.getHeight()).isEqualTo(700);
        assertThat(pixelsNear(read, TrackPalette.colourAt(0))).as("first series").isGreaterThan(500);
        assertThat(pixelsNear(read, TrackPalette.colourAt(1))).as("second series").isGreaterThan(500);
    }

    @Test
    void hasTheDefaultSizeUnlessToldOtherwise() {
        final BufferedImage image = ErrorChart.titled("Default").render();
        assertThat(image.getWidth()).isEqualTo(ErrorChart.DEFAULT_WIDTH_PX);
        assertThat(image.getHeight()).isEqualTo(ErrorChart.DEFAULT_HEIGHT_PX);
    }

    @Test
    void drawsAChartWithNothingToShow() {
        // No series; a log axis with only values it cannot show; a series of NaNs.
        assertThat(ErrorChart.titled("Empty").withSize(600, 400).render().getWidth()).isEqualTo(600);
        final ErrorChart unplottable = ErrorChart.titled("Nothing positive").withLogarithmicY(true)
            .withSeries("zeros", List.of(new ChartPoint(0.0, 0.0), new ChartPoint(1.0, -3.0)))
            .withSeries("NaN", List.of(new ChartPoint(Double.NaN, 1.0), new ChartPoint(2.0, Double.NaN)))
            .withSize(600, 400);
        assertThat(unplottable.render().getHeight()).isEqualTo(400);
    }

    @Test
    void skipsNonFinitePointsAndShowsASinglePoint() {
        final ErrorChart chart = ErrorChart.titled("Miss distance").withXAxis("time to go", "s")
            .withYAxis("miss distance", "m").withInvertedX(true)
            .withSeries("T1", List.of(new ChartPoint(300.0, 5_000.0), new ChartPoint(200.0, Double.NaN),
                new ChartPoint(Double.POSITIVE_INFINITY, 10.0), new ChartPoint(100.0, 800.0)))
            .withSeries("T2", List.of(new ChartPoint(150.0, 2_000.0)))
            .withSize(800, 500);
        final BufferedImage image = chart.render();
        assertThat(pixelsNear(image, TrackPalette.colourAt(0))).isGreaterThan(200);
        assertThat(pixelsNear(image, TrackPalette.colourAt(1))).as("the single point's marker").isGreaterThan(20);
    }

    @Test
    void theSameInputsGiveTheSamePixels() {
        final ErrorChart chart = ErrorChart.titled("Ellipse size").withXAxis("time to go", "s")
            .withYAxis("semi-major axis", "m").withSeries(shrinkingError("T1", new Random(2L))).withSize(640, 360);
        assertThat(PixelColours.pixels(chart.render())).isEqualTo(PixelColours.pixels(chart.render()));
    }

    @Test
    void buildsFromParallelArrays() {
        final ChartSeries series = ChartSeries.of("T7", new double[] {1.0, 2.0}, new double[] {10.0, 20.0});
        assertThat(series.points()).containsExactly(new ChartPoint(1.0, 10.0), new ChartPoint(2.0, 20.0));
        assertThatThrownBy(() -> ChartSeries.of("T7", new double[] {1.0}, new double[0]))
            .hasMessageContaining("1 x values but 0 y values");
    }

    @Test
    void rejectsATakenSeriesNameAndATinyPicture() {
        final ErrorChart chart = ErrorChart.titled("Duplicates").withSeries("OBJ-1", List.of());
        assertThatThrownBy(() -> chart.withSeries("OBJ-1", List.of())).hasMessageContaining("already has a series");
        assertThatThrownBy(() -> chart.withSize(100, 400)).hasMessageContaining("at least 200 x 200");
    }
}
