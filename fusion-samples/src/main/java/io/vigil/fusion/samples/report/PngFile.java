package io.vigil.fusion.samples.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes an image as a PNG file. */
final class PngFile {

    private PngFile() {
    }

    /**
     * Writes an image as PNG, replacing the file if it exists. The image is written to a
     * sibling temporary file first and moved into place, so a reader never sees half a
     * picture and a failed write leaves the old one.
     *
     * @param image the image
     * @param file the PNG file to write; its directory must exist
     * @return {@code file}
     * @throws IOException if the file cannot be written
     */
    static Path write(final BufferedImage image, final Path file) throws IOException {
        final Path absolute = file.toAbsolutePath();
        final Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            if (!ImageIO.write(image, "png", partial.toFile())) {
                throw new IOException("no PNG writer available for " + file);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }
}
