package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPicturesTest {

    @TempDir
    Path directory;

    private static ErrorChart chart(final String title) {
        return ErrorChart.titled(title).withSeries("T1", List.of(new ChartPoint(0.0, 100.0),
            new ChartPoint(10.0, 50.0))).withSize(640, 400);
    }

    @Test
    void writesTheMapAndTheChartsAndListsThemInOrder() throws IOException {
        final Path out = directory.resolve("report").resolve("pictures");
        final Map<String, ErrorChart> charts = new LinkedHashMap<>();
        charts.put("position_error.png", chart("Position error"));
        charts.put("miss_distance.png", chart("Miss distance"));

        final List<Path> written = ReportPictures.write(out, new SituationMap("Known raid").withSize(800, 600),
            KnownSituation.situation(), charts);

        assertThat(written).containsExactly(out.resolve("map.png"), out.resolve("position_error.png"),
            out.resolve("miss_distance.png"));
        final BufferedImage map = ImageIO.read(written.get(0).toFile());
        assertThat(map.getWidth()).isEqualTo(800);
        assertThat(map.getHeight()).isEqualTo(600);
        for (final Path chart : written.subList(1, 3)) {
            final BufferedImage image = ImageIO.read(chart.toFile());
            assertThat(image.getWidth()).isEqualTo(640);
            assertThat(image.getHeight()).isEqualTo(400);
        }
        try (var files = Files.list(out)) {
            assertThat(files).as("no partial files left behind").hasSize(3);
        }
    }

    @Test
    void writesAnEmptyReport() throws IOException {
        final List<Path> written = ReportPictures.write(directory, new SituationMap("Nothing"), Situation.empty(),
            Map.of());
        assertThat(written).containsExactly(directory.resolve(ReportPictures.MAP_FILE));
        assertThat(ImageIO.read(written.get(0).toFile()).getWidth()).isEqualTo(SituationMap.DEFAULT_WIDTH_PX);
    }

    @Test
    void rejectsAChartNameThatIsNotAPlainPngName() {
        final SituationMap map = new SituationMap("Known raid");
        for (final String name : new String[] {"../escape.png", "sub/chart.png", "chart.jpg", ".png", "map.png"}) {
            assertThatThrownBy(() -> ReportPictures.write(directory, map, Situation.empty(),
                Map.of(name, chart("Bad name")))).as(name).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
        }
        assertThat(directory.resolve("map.png")).as("nothing written before the names were checked").doesNotExist();
    }
}
