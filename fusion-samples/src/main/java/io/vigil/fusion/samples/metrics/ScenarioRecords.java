package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import java.util.List;
import java.util.Map;

/**
 * Everything one scenario run produced that the metrics read: the simulator's truth and
 * truth events, the tracker's track and impact reports, and each object's first detection.
 *
 * @param truth the rows of {@code truth.csv}
 * @param truthEvents the rows of {@code truth_events.csv}, one per object
 * @param tracks the rows of {@code tracks.csv}
 * @param impacts the rows of {@code impacts.csv}
 * @param firstDetectionNanos per object id, the time of its first plot, nanoseconds since the
 *     Unix epoch; an object missing here is timed from its first truth record instead
 */
public record ScenarioRecords(List<TruthRecord> truth, List<TruthEventRecord> truthEvents, List<TrackRecord> tracks,
    List<ImpactRecord> impacts, Map<String, Long> firstDetectionNanos) {

    /**
     * Copies the lists and the map, so the inputs cannot change under the evaluation.
     *
     * @param truth see the record
     * @param truthEvents see the record
     * @param tracks see the record
     * @param impacts see the record
     * @param firstDetectionNanos see the record
     */
    public ScenarioRecords {
        truth = List.copyOf(truth);
        truthEvents = List.copyOf(truthEvents);
        tracks = List.copyOf(tracks);
        impacts = List.copyOf(impacts);
        firstDetectionNanos = Map.copyOf(firstDetectionNanos);
    }

    /**
     * Records without first-detection times: every object is timed from its first truth record.
     *
     * @param truth the rows of {@code truth.csv}
     * @param truthEvents the rows of {@code truth_events.csv}
     * @param tracks the rows of {@code tracks.csv}
     * @param impacts the rows of {@code impacts.csv}
     * @return the records
     */
    public static ScenarioRecords of(final List<TruthRecord> truth, final List<TruthEventRecord> truthEvents,
        final List<TrackRecord> tracks, final List<ImpactRecord> impacts) {
        return new ScenarioRecords(truth, truthEvents, tracks, impacts, Map.of());
    }
}
