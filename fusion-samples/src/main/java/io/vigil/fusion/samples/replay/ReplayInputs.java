package io.vigil.fusion.samples.replay;

import io.vigil.fusion.samples.simulate.ScenarioFiles;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a replay reads and where it writes.
 *
 * @param sensors sensors.csv
 * @param plots plots.csv, rows in arrival order
 * @param areas areas.csv, or null
 * @param truth truth.csv, or null (no metrics)
 * @param truthEvents truth_events.csv, or null
 * @param out the output directory (created if missing)
 * @param realtime whether to pace plots by plot time instead of as fast as possible
 * @param confirmation how the engine confirms tracks
 */
public record ReplayInputs(Path sensors, Path plots, Path areas, Path truth, Path truthEvents, Path out, boolean realtime,
    Confirmation confirmation) {

    /** How the replayed engine confirms tracks. */
    public enum Confirmation {
        /** M of N scans, the engine's default (3 of 4). */
        M_OF_N,
        /**
         * The sequential track score, with a false-confirmation probability of 1e-4 and a
         * false-deletion probability of 1e-2.
         */
        SCORE
    }

    /**
     * Checks the required paths.
     *
     * @param sensors see the record
     * @param plots see the record
     * @param areas see the record
     * @param truth see the record
     * @param truthEvents see the record
     * @param out see the record
     * @param realtime see the record
     * @param confirmation see the record
     */
    public ReplayInputs {
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(sensors, "sensors");
        Objects.requireNonNull(plots, "plots");
        Objects.requireNonNull(out, "out");
    }

    /**
     * The inputs of a directory written by {@code vigil simulate}: sensors, plots, areas,
     * truth and truth events, replayed as fast as possible with M-of-N confirmation.
     *
     * @param simulated the simulation's directory
     * @param out the output directory
     * @return the inputs
     */
    public static ReplayInputs ofSimulation(final Path simulated, final Path out) {
        return new ReplayInputs(simulated.resolve(ScenarioFiles.SENSORS), simulated.resolve(ScenarioFiles.PLOTS),
            simulated.resolve(ScenarioFiles.AREAS), simulated.resolve(ScenarioFiles.TRUTH),
            simulated.resolve(ScenarioFiles.TRUTH_EVENTS), out, false, Confirmation.M_OF_N);
    }
}
