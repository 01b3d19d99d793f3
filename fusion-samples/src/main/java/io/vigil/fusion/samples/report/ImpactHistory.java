package io.vigil.fusion.samples.report;

import io.vigil.fusion.io.ImpactRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which impact predictions of each track the map shows: the latest, which is what a
 * warning is issued on, and a few earlier ones spread over the track's life, which show
 * how the ellipse shrank and moved as the track matured.
 *
 * @param trackId the track
 * @param latest its latest prediction (greatest engine time; the last row among equals)
 * @param earlier earlier predictions, oldest first, at most the number asked for
 */
record ImpactHistory(long trackId, ImpactRecord latest, List<ImpactRecord> earlier) {

    /**
     * Copies the list of earlier predictions.
     *
     * @param trackId see the record
     * @param latest see the record
     * @param earlier see the record
     */
    ImpactHistory {
        earlier = List.copyOf(earlier);
    }

    /**
     * Groups predictions by track and picks, for each, the latest and up to
     * {@code earlierCount} earlier ones evenly spaced in report order, starting with the
     * first.
     *
     * @param impacts prediction rows, any order
     * @param earlierCount how many earlier predictions to keep per track, 0 or more
     * @return per track id, in id order, its selection
     */
    static SortedMap<Long, ImpactHistory> select(final List<ImpactRecord> impacts, final int earlierCount) {
        if (earlierCount < 0) {
            throw new IllegalArgumentException("earlier prediction count must be >= 0, got " + earlierCount);
        }
        final SortedMap<Long, List<ImpactRecord>> byTrack = new TreeMap<>();
        for (final ImpactRecord row : impacts) {
            byTrack.computeIfAbsent(row.trackId(), id -> new ArrayList<>()).add(row);
        }
        final SortedMap<Long, ImpactHistory> out = new TreeMap<>();
        byTrack.forEach((trackId, rows) -> {
            rows.sort(Comparator.comparingLong(ImpactRecord::timeNanos));
            final int before = rows.size() - 1;
            final List<ImpactRecord> earlier = new ArrayList<>();
            if (before <= earlierCount) {
                earlier.addAll(rows.subList(0, before));
            } else {
                for (int k = 0; k < earlierCount; k++) {
                    earlier.add(rows.get((int) ((long) k * before / earlierCount)));
                }
            }
            out.put(trackId, new ImpactHistory(trackId, rows.get(before), earlier));
        });
        return out;
    }
}
