package io.vigil.fusion.samples.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the points of a line that would be drawn within a fraction of a pixel of the point
 * kept before them. A truth file at 10 Hz holds thousands of points per object, most of
 * them on the same pixel of a map; drawing them all costs seconds and changes nothing seen.
 */
final class LineThinning {

    private LineThinning() {
    }

    /**
     * Keeps the first and last points and every point that is at least one step away from
     * the last kept point in longitude or in latitude.
     *
     * @param line the line's points, in drawing order
     * @param lonStepDeg the least longitude step kept, degrees (0 keeps everything)
     * @param latStepDeg the least latitude step kept, degrees
     * @return the kept points, in order (the list itself if nothing is dropped)
     */
    static List<GroundPoint> thin(final List<GroundPoint> line, final double lonStepDeg, final double latStepDeg) {
        if (line.size() <= 2) {
            return line;
        }
        final List<GroundPoint> kept = new ArrayList<>();
        GroundPoint last = line.get(0);
        kept.add(last);
        for (int i = 1; i < line.size() - 1; i++) {
            final GroundPoint p = line.get(i);
            if (Math.abs(p.lonDeg() - last.lonDeg()) >= lonStepDeg
                || Math.abs(p.latDeg() - last.latDeg()) >= latStepDeg) {
                kept.add(p);
                last = p;
            }
        }
        kept.add(line.get(line.size() - 1));
        return kept.size() == line.size() ? line : kept;
    }
}
