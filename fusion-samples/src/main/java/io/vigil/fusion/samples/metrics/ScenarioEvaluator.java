package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.association.LinearAssignment;
import io.vigil.fusion.io.TruthEventRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores a scenario run. On a regular grid of evaluation times (every step from the earliest
 * truth or track report to the latest), it takes the objects alive at each time (their truth
 * interpolated, {@link TruthTrajectory}) and the tracker's picture ({@link TrackHistory}),
 * finds the optimal assignment of tracks to objects with squared distance gated at the
 * cut-off ({@link Gospa}, whose assignment it is), and feeds every metric from that one
 * association: GOSPA, RMSE, NEES, ID switches and breaks, false tracks, time to first track;
 * then scores the impact and launch predictions against the objects their tracks followed.
 */
public final class ScenarioEvaluator {

    private final MetricsConfiguration configuration;

    /**
     * Creates an evaluator.
     *
     * @param configuration grid, staleness, cut-off and bins
     */
    public ScenarioEvaluator(final MetricsConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * Scores one run.
     *
     * @param records the run's truth and track output
     * @return the metrics
     * @throws IllegalArgumentException if an object has two truth events or inconsistent truth
     */
    public ScenarioMetrics evaluate(final ScenarioRecords records) {
        final SortedMap<String, TruthTrajectory> truth = TruthTrajectory.byObject(records.truth());
        final TrackHistory history = new TrackHistory(records.tracks(), configuration.stalenessNanos());
        final Map<String, TruthEventRecord> events = new TreeMap<>();
        for (final TruthEventRecord e : records.truthEvents()) {
            if (events.put(e.objectId(), e) != null) {
                throw new IllegalArgumentException("object " + e.objectId() + " has two truth events");
            }
        }
        final Map<String, Long> referenceTimes = new TreeMap<>();
        truth.forEach((id, trajectory) ->
            referenceTimes.put(id, records.firstDetectionNanos().getOrDefault(id, trajectory.firstTimeNanos())));

        long start = history.firstTimeNanos();
        long end = history.lastTimeNanos();
        for (final TruthTrajectory t : truth.values()) {
            start = Math.min(start, t.firstTimeNanos());
            end = Math.max(end, t.lastTimeNanos());
        }
        final long step = configuration.evaluationStepNanos();
        final long times = start > end ? 0 : (end - start) / step + 1;
        if (times > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(times + " evaluation times: the step of " + step + " ns is too fine");
        }

        final Grid grid = new Grid(configuration.cutoffM(), referenceTimes);
        for (long k = 0; k < times; k++) {
            grid.evaluate(start + k * step, truth, history);
        }
        final ImpactAccuracy impacts = new ImpactAccuracy(records.impacts(), grid.attribution, events,
            configuration.timeBinEdgesS());
        return new ScenarioMetrics(configuration, start, (int) times, truth.keySet(), grid.gospa, grid.accuracy,
            grid.consistency, grid.continuity, grid.attribution, impacts,
            new ImpactMaturity(impacts.assessments(), referenceTimes), grid.samples);
    }

    /** The per-time work and the metrics it feeds. */
    private static final class Grid {
        private final Gospa metric;
        private final NormalisedError normalised = new NormalisedError();
        private final GospaSeries gospa = new GospaSeries();
        private final EstimationAccuracy accuracy = new EstimationAccuracy();
        private final CovarianceConsistency consistency = new CovarianceConsistency();
        private final TrackContinuity continuity;
        private final TrackAttribution attribution = new TrackAttribution();
        private final List<AssignedSample> samples = new ArrayList<>();
        private final double[] error = new double[6];
        private final double[] covariance = new double[36];

        Grid(final double cutoffM, final Map<String, Long> referenceTimes) {
            this.metric = new Gospa(cutoffM);
            this.continuity = new TrackContinuity(referenceTimes);
        }

        void evaluate(final long timeNanos, final Map<String, TruthTrajectory> truth, final TrackHistory history) {
            final List<TruthTrajectory> alive = new ArrayList<>();
            for (final TruthTrajectory t : truth.values()) {
                if (t.covers(timeNanos)) {
                    alive.add(t);
                }
            }
            final int objects = alive.size();
            final double[] states = new double[6 * objects];
            final double[] objectPositions = new double[3 * objects];
            final double[] state = new double[6];
            for (int i = 0; i < objects; i++) {
                alive.get(i).stateAt(timeNanos, state);
                System.arraycopy(state, 0, states, 6 * i, 6);
                System.arraycopy(state, 0, objectPositions, 3 * i, 3);
            }
            final List<TrackEstimate> picture = history.pictureAt(timeNanos);
            final int tracks = picture.size();
            final double[] trackPositions = new double[3 * tracks];
            for (int j = 0; j < tracks; j++) {
                final TrackEstimate e = picture.get(j);
                for (int axis = 0; axis < 3; axis++) {
                    trackPositions[3 * j + axis] = e.state(axis);
                }
                attribution.evaluated(e.trackId());
            }
            final int[] trackForObject = new int[objects];
            gospa.add(timeNanos, metric.evaluate(objectPositions, objects, trackPositions, tracks, trackForObject));

            for (int i = 0; i < objects; i++) {
                final String objectId = alive.get(i).objectId();
                final int j = trackForObject[i];
                if (j == LinearAssignment.UNASSIGNED) {
                    continuity.unassigned(objectId);
                    continue;
                }
                final TrackEstimate track = picture.get(j);
                final AssignedSample sample = sample(timeNanos, objectId, states, i, track);
                samples.add(sample);
                accuracy.add(sample);
                consistency.add(sample);
                continuity.assigned(objectId, timeNanos, track.trackId());
                attribution.assigned(track.trackId(), objectId);
            }
        }

        private AssignedSample sample(final long timeNanos, final String objectId, final double[] states,
            final int object, final TrackEstimate track) {
            for (int k = 0; k < 6; k++) {
                error[k] = track.state(k) - states[6 * object + k];
            }
            track.covariance(covariance);
            final double position = Math.sqrt(error[0] * error[0] + error[1] * error[1] + error[2] * error[2]);
            final double velocity = Math.sqrt(error[3] * error[3] + error[4] * error[4] + error[5] * error[5]);
            return new AssignedSample(timeNanos, objectId, track.trackId(), position, velocity,
                normalised.of(error, covariance, CovarianceConsistency.STATE_DOF),
                normalised.of(error, covariance, CovarianceConsistency.POSITION_DOF));
        }
    }
}
