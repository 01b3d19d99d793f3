package io.vigil.fusion.samples.report;

import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.io.WarningRecord;
import java.util.List;

/**
 * Everything a {@link SituationMap} draws: the rows of one run's files, as read. Any list
 * may be empty; order within a list does not matter (rows are grouped by id and sorted by
 * time before drawing).
 *
 * @param sensors the sensor configuration ({@code sensors.csv}); fixed radar sites are drawn
 * @param truth the true states of the simulated objects ({@code truth.csv}, ECEF metres)
 * @param truthEvents true launch and impact points ({@code truth_events.csv}, degrees)
 * @param tracks the engine's track reports ({@code tracks.csv}); confirmed and coasting ones are drawn
 * @param impacts predicted impacts and estimated launches with 95 % ellipses ({@code impacts.csv})
 * @param areas defended areas ({@code areas.csv}, degrees and metres)
 * @param warnings the engine's defended-area warning events ({@code warnings.csv}); an area
 *     with a RAISED event is drawn as warned
 */
public record Situation(
    List<SensorRecord> sensors, List<TruthRecord> truth, List<TruthEventRecord> truthEvents,
    List<TrackRecord> tracks, List<ImpactRecord> impacts, List<AreaRecord> areas, List<WarningRecord> warnings) {

    /**
     * Copies the lists, so a situation cannot change under a picture being drawn.
     *
     * @param sensors see the record
     * @param truth see the record
     * @param truthEvents see the record
     * @param tracks see the record
     * @param impacts see the record
     * @param areas see the record
     * @param warnings see the record
     * @throws NullPointerException if a list or one of its rows is null
     */
    public Situation {
        sensors = List.copyOf(sensors);
        truth = List.copyOf(truth);
        truthEvents = List.copyOf(truthEvents);
        tracks = List.copyOf(tracks);
        impacts = List.copyOf(impacts);
        areas = List.copyOf(areas);
        warnings = List.copyOf(warnings);
    }

    /**
     * A situation with nothing in it (the map says so).
     *
     * @return an empty situation
     */
    public static Situation empty() {
        return new Situation(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
