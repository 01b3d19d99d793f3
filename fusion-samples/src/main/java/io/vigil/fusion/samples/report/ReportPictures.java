package io.vigil.fusion.samples.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the pictures of a report into one directory: the situation map as
 * {@value #MAP_FILE} and each chart under the file name it is given.
 *
 * <p>Drawing needs no display: unless the JVM was started with {@code -Djava.awt.headless}
 * set either way, the first picture switches AWT to headless mode (see {@code
 * java.awt.GraphicsEnvironment#isHeadless}), which is what build servers and CI runners
 * need. Each file is written whole or not at all.
 */
public final class ReportPictures {

    /** The file name of the situation map. */
    public static final String MAP_FILE = "map.png";

    private ReportPictures() {
    }

    /**
     * Draws and writes the map of a situation and the given charts.
     *
     * @param directory where to write; created (with its parents) if absent
     * @param map the map to draw (caption, size, bounds)
     * @param situation what the map shows
     * @param charts the charts, by file name (a plain name ending ".png", not "map.png");
     *     written in the map's iteration order, so pass a {@code LinkedHashMap} or a
     *     {@code TreeMap} for a stable order
     * @return the files written, the map first, then the charts in iteration order
     * @throws IOException if the directory or a file cannot be written
     * @throws IllegalArgumentException if a chart's file name is not a plain ".png" name or is the map's
     */
    public static List<Path> write(
        final Path directory, final SituationMap map, final Situation situation, final Map<String, ErrorChart> charts)
        throws IOException {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(situation, "situation");
        for (final String name : charts.keySet()) {
            checkFileName(name);
        }
        Files.createDirectories(directory);
        final List<Path> written = new ArrayList<>(1 + charts.size());
        final Path mapFile = directory.resolve(MAP_FILE);
        map.writePng(situation, mapFile);
        written.add(mapFile);
        for (final Map.Entry<String, ErrorChart> chart : charts.entrySet()) {
            final Path file = directory.resolve(chart.getKey());
            chart.getValue().writePng(file);
            written.add(file);
        }
        return List.copyOf(written);
    }

    /** A chart goes next to the map, never over it or elsewhere: a plain name, ".png". */
    private static void checkFileName(final String name) {
        final boolean plain = !name.isEmpty() && name.indexOf('/') < 0 && name.indexOf('\\') < 0
            && !name.startsWith(".") && name.endsWith(".png");
        if (!plain) {
            throw new IllegalArgumentException(
                "chart file name must be a plain name ending in .png, got '" + name + "'");
        }
        if (name.equals(MAP_FILE)) {
            throw new IllegalArgumentException("chart file name '" + name + "' is the map's");
        }
    }
}
