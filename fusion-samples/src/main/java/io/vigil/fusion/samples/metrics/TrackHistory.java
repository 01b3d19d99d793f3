package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.track.TrackStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every report of every track, and from them the tracker's picture at an evaluation time:
 * the tracks whose latest report at or before that time is CONFIRMED or COASTING (not
 * TENTATIVE, not DROPPED) and at most the staleness old, each carried to the evaluation
 * time at constant velocity ({@link TrackEstimate}).
 *
 * <p>A DROPPED report carries the state of the track's last update, which may be older than
 * the predicted (coasting) reports the engine issued before dropping it; the track leaves the
 * picture at the latest time it had reported before the drop (in emission order), not at the
 * drop's state time, and is not carried on as stale reports after it. Reports of one track at
 * the same instant are taken in the order given, the last one winning: a track confirmed and
 * dropped in one engine step is dropped.
 */
public final class TrackHistory {

    private final long stalenessNanos;
    private final Map<Long, Reports> byTrack = new TreeMap<>();
    private final long firstTimeNanos;
    private final long lastTimeNanos;

    /**
     * Indexes the reports.
     *
     * @param records track reports of any tracks, each track's in the order the engine issued
     *     them (the order of tracks.csv); tracks may interleave
     * @param stalenessNanos the oldest report still in the picture, nanoseconds, &gt;= 0
     */
    public TrackHistory(final Collection<TrackRecord> records, final long stalenessNanos) {
        if (stalenessNanos < 0) {
            throw new IllegalArgumentException("staleness must be >= 0, got " + stalenessNanos);
        }
        this.stalenessNanos = stalenessNanos;
        final Map<Long, List<TrackRecord>> grouped = new TreeMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (final TrackRecord r : records) {
            grouped.computeIfAbsent(r.trackId(), id -> new ArrayList<>()).add(r);
            first = Math.min(first, r.timeNanos());
            last = Math.max(last, r.timeNanos());
        }
        grouped.forEach((id, list) -> {
            long dropped = Long.MAX_VALUE;
            long latest = Long.MIN_VALUE;
            final List<TrackRecord> reports = new ArrayList<>(list.size());
            for (final TrackRecord r : list) {
                if (r.status() == TrackStatus.DROPPED) {
                    dropped = Math.max(r.timeNanos(), latest);
                    break;
                }
                latest = Math.max(latest, r.timeNanos());
                reports.add(r);
            }
            // List.sort is stable: reports at one instant keep their order.
            reports.sort(Comparator.comparingLong(TrackRecord::timeNanos));
            byTrack.put(id, new Reports(reports, dropped));
        });
        this.firstTimeNanos = first;
        this.lastTimeNanos = last;
    }

    /**
     * Returns the ids of all tracks that reported, in any status.
     *
     * @return track ids in increasing order
     */
    public SortedSet<Long> trackIds() {
        return new TreeSet<>(byTrack.keySet());
    }


    /**
     * Returns the time of the earliest report.
     *
     * @return nanoseconds since the Unix epoch ({@link Long#MAX_VALUE} if empty)
     */
    public long firstTimeNanos() {
        return firstTimeNanos;
    }

    /**
     * Returns the time of the latest report.
     *
     * @return nanoseconds since the Unix epoch ({@link Long#MIN_VALUE} if empty)
     */
    public long lastTimeNanos() {
        return lastTimeNanos;
    }

    /**
     * The tracker's picture at an evaluation time.
     *
     * @param timeNanos the evaluation time, nanoseconds since the Unix epoch
     * @return the confirmed and coasting tracks, not stale, carried to that time, in track id order
     */
    public List<TrackEstimate> pictureAt(final long timeNanos) {
        final List<TrackEstimate> picture = new ArrayList<>();
        for (final Reports reports : byTrack.values()) {
            final TrackRecord latest = reports.latestAtOrBefore(timeNanos);
            if (latest == null || timeNanos - latest.timeNanos() > stalenessNanos || timeNanos >= reports.droppedNanos) {
                continue;
            }
            if (latest.status() == TrackStatus.CONFIRMED || latest.status() == TrackStatus.COASTING) {
                picture.add(TrackEstimate.extrapolate(latest, timeNanos));
            }
        }
        return picture;
    }

    /** One track's reports in time order, and when it was dropped. */
    private static final class Reports {
        private final long[] times;
        private final TrackRecord[] records;
        /** The time from which the track is out of the picture ({@link Long#MAX_VALUE} if never dropped). */
        private final long droppedNanos;

        Reports(final List<TrackRecord> sorted, final long droppedNanos) {
            this.droppedNanos = droppedNanos;
            this.records = sorted.toArray(new TrackRecord[0]);
            this.times = new long[records.length];
            for (int k = 0; k < records.length; k++) {
                times[k] = records[k].timeNanos();
            }
        }

        /** The last report at or before the time (the last in order among equal times), or null. */
        TrackRecord latestAtOrBefore(final long timeNanos) {
            // Upper bound: the first index with a time after timeNanos.
            int lo = 0;
            int hi = times.length;
            while (lo < hi) {
                final int mid = (lo + hi) >>> 1;
                if (times[mid] <= timeNanos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo == 0 ? null : records[lo - 1];
        }
    }
}
