package io.vigil.fusion.samples.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which object each track followed: the object it was assigned to at the most evaluation
 * times (ties to the lowest object id), and the false tracks, the tracks that were in the
 * picture (confirmed or coasting) at one evaluation time at least and never assigned to any
 * object. A track confirmed only between two evaluation times is never evaluated and so
 * counts as neither.
 */
public final class TrackAttribution {

    private final Map<Long, Map<String, Integer>> counts = new TreeMap<>();
    private final SortedSet<Long> evaluated = new TreeSet<>();

    /** Creates an empty accumulator. */
    TrackAttribution() {
    }

    /** The track was in the picture at an evaluation time. */
    void evaluated(final long trackId) {
        evaluated.add(trackId);
    }

    /** The track was assigned to the object at an evaluation time. */
    void assigned(final long trackId, final String objectId) {
        counts.computeIfAbsent(trackId, id -> new TreeMap<>()).merge(objectId, 1, Integer::sum);
    }

    /**
     * Returns the object a track followed most often.
     *
     * @param trackId the track
     * @return the object id, empty if the track was never assigned
     */
    public Optional<String> objectOf(final long trackId) {
        final Map<String, Integer> byObject = counts.get(trackId);
        if (byObject == null) {
            return Optional.empty();
        }
        String best = null;
        int most = 0;
        for (final Map.Entry<String, Integer> e : byObject.entrySet()) {
            if (e.getValue() > most) { // strictly more: ties keep the lower id (ordered map)
                best = e.getKey();
                most = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the tracks that were in the picture at least once.
     *
     * @return track ids in increasing order
     */
    public SortedSet<Long> evaluatedTrackIds() {
        return Collections.unmodifiableSortedSet(evaluated);
    }

    /**
     * Returns the false tracks: evaluated, never assigned.
     *
     * @return track ids in increasing order
     */
    public SortedSet<Long> falseTrackIds() {
        final SortedSet<Long> falseTracks = new TreeSet<>(evaluated);
        falseTracks.removeAll(counts.keySet());
        return Collections.unmodifiableSortedSet(falseTracks);
    }
}
