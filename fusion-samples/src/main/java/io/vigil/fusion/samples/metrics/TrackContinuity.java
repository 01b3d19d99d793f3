package io.vigil.fusion.samples.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Continuity of each object's track over the evaluation times of its life:
 *
 * <ul>
 *   <li><b>ID switches</b>: the object's assigned track id differs from the one at its previous
 *       assigned time (times when it is unassigned are skipped);</li>
 *   <li><b>breaks</b> (fragmentation): the object is assigned, then unassigned for one or more
 *       evaluation times, then assigned again; a break that resumes on another track is
 *       also an ID switch, and a gap the object's life ends in is not a break;</li>
 *   <li><b>time to first track</b>: from the object's first plot (or, if not known, its
 *       first truth time) to the first evaluation time it is assigned a confirmed track,
 *       so resolved to one evaluation step;</li>
 *   <li><b>coverage</b>: the share of the evaluation times of its life it is assigned.</li>
 * </ul>
 */
public final class TrackContinuity {

    /** Nanoseconds per second: durations divide by it, so whole seconds come out exact. */
    private static final double NANOS_PER_SECOND = 1e9;

    private final Map<String, ObjectTrack> byObject = new TreeMap<>();

    /**
     * Creates the accumulator.
     *
     * @param referenceTimesNanos per object, the time its time to first track is measured
     *     from (first plot, else first truth time), nanoseconds since the Unix epoch
     */
    TrackContinuity(final Map<String, Long> referenceTimesNanos) {
        referenceTimesNanos.forEach((id, time) -> byObject.put(id, new ObjectTrack(time)));
    }

    /** The object, alive at this evaluation time, is assigned this track. */
    void assigned(final String objectId, final long timeNanos, final long trackId) {
        final ObjectTrack o = object(objectId);
        o.evaluated++;
        o.assigned++;
        if (o.hasTrack && o.trackId != trackId) {
            o.switches++;
        }
        if (o.inGap) {
            o.breaks++;
            o.inGap = false;
        }
        if (!o.hasTrack) {
            o.firstAssignedNanos = timeNanos;
        }
        o.hasTrack = true;
        o.trackId = trackId;
    }

    /** The object, alive at this evaluation time, has no track assigned. */
    void unassigned(final String objectId) {
        final ObjectTrack o = object(objectId);
        o.evaluated++;
        if (o.hasTrack) {
            o.inGap = true;
        }
    }

    /**
     * Returns the objects scored.
     *
     * @return object ids in order
     */
    public SortedSet<String> objectIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byObject.keySet()));
    }

    /**
     * Returns an object's ID switches.
     *
     * @param objectId the object
     * @return switches, 0 for an unknown object
     */
    public int idSwitches(final String objectId) {
        final ObjectTrack o = byObject.get(objectId);
        return o == null ? 0 : o.switches;
    }

    /**
     * Returns the ID switches of all objects.
     *
     * @return the sum over objects
     */
    public int idSwitches() {
        return byObject.values().stream().mapToInt(o -> o.switches).sum();
    }

    /**
     * Returns an object's track breaks.
     *
     * @param objectId the object
     * @return breaks, 0 for an unknown object
     */
    public int breaks(final String objectId) {
        final ObjectTrack o = byObject.get(objectId);
        return o == null ? 0 : o.breaks;
    }

    /**
     * Returns the track breaks of all objects.
     *
     * @return the sum over objects
     */
    public int breaks() {
        return byObject.values().stream().mapToInt(o -> o.breaks).sum();
    }

    /**
     * Returns the time from an object's first plot to its first assigned confirmed track.
     *
     * @param objectId the object
     * @return seconds, NaN if the object was never assigned a track
     */
    public double timeToFirstTrackS(final String objectId) {
        final ObjectTrack o = byObject.get(objectId);
        return o == null || !o.hasTrack ? Double.NaN : (o.firstAssignedNanos - o.referenceNanos) / NANOS_PER_SECOND;
    }

    /**
     * Returns the share of the evaluation times of an object's life at which it had a track.
     *
     * @param objectId the object
     * @return in [0, 1], NaN if the object was never evaluated
     */
    public double coverage(final String objectId) {
        final ObjectTrack o = byObject.get(objectId);
        return o == null || o.evaluated == 0 ? Double.NaN : (double) o.assigned / o.evaluated;
    }

    /**
     * Returns the objects that were never assigned a track.
     *
     * @return object ids in order
     */
    public SortedSet<String> untrackedObjectIds() {
        final SortedSet<String> untracked = new TreeSet<>();
        byObject.forEach((id, o) -> {
            if (!o.hasTrack) {
                untracked.add(id);
            }
        });
        return Collections.unmodifiableSortedSet(untracked);
    }

    private ObjectTrack object(final String objectId) {
        final ObjectTrack o = byObject.get(objectId);
        if (o == null) {
            throw new IllegalArgumentException("object " + objectId + " has no reference time");
        }
        return o;
    }

    /** One object's state and counts. */
    private static final class ObjectTrack {
        private final long referenceNanos;
        private boolean hasTrack;
        private long trackId;
        private boolean inGap;
        private long firstAssignedNanos;
        private int switches;
        private int breaks;
        private int evaluated;
        private int assigned;

        ObjectTrack(final long referenceNanos) {
            this.referenceNanos = referenceNanos;
        }
    }
}
