package io.vigil.fusion.samples.metrics;

import java.util.TreeMap;

/**
 * Root-mean-square position and velocity errors of the assigned tracks, per object and over
 * all assigned samples pooled (each sample is one object-track pair at one evaluation time,
 * so the overall figure weights objects by how long they were tracked).
 */
public final class EstimationAccuracy {

    private final TreeMap<String, Sums> byObject = new TreeMap<>();
    private final Sums overall = new Sums();

    /** Creates an empty accumulator. */
    EstimationAccuracy() {
    }

    /** Adds one assigned sample. */
    void add(final AssignedSample sample) {
        byObject.computeIfAbsent(sample.objectId(), id -> new Sums()).add(sample);
        overall.add(sample);
    }


    /**
     * Returns the number of assigned samples of an object.
     *
     * @param objectId the object
     * @return samples, 0 if never assigned
     */
    public long samples(final String objectId) {
        final Sums s = byObject.get(objectId);
        return s == null ? 0 : s.count;
    }

    /**
     * Returns the number of assigned samples of all objects.
     *
     * @return samples
     */
    public long samples() {
        return overall.count;
    }

    /**
     * Returns the position RMSE of one object's assigned tracks.
     *
     * @param objectId the object
     * @return metres, NaN if never assigned
     */
    public double positionRmseM(final String objectId) {
        final Sums s = byObject.get(objectId);
        return s == null ? Double.NaN : s.positionRmse();
    }

    /**
     * Returns the velocity RMSE of one object's assigned tracks.
     *
     * @param objectId the object
     * @return m/s, NaN if never assigned
     */
    public double velocityRmseMps(final String objectId) {
        final Sums s = byObject.get(objectId);
        return s == null ? Double.NaN : s.velocityRmse();
    }

    /**
     * Returns the position RMSE over all assigned samples.
     *
     * @return metres, NaN if none
     */
    public double positionRmseM() {
        return overall.positionRmse();
    }

    /**
     * Returns the velocity RMSE over all assigned samples.
     *
     * @return m/s, NaN if none
     */
    public double velocityRmseMps() {
        return overall.velocityRmse();
    }

    /** Sums of squared errors. */
    private static final class Sums {
        private long count;
        private double position;
        private double velocity;

        void add(final AssignedSample sample) {
            count++;
            position += sample.positionErrorM() * sample.positionErrorM();
            velocity += sample.velocityErrorMps() * sample.velocityErrorMps();
        }

        double positionRmse() {
            return count == 0 ? Double.NaN : Math.sqrt(position / count);
        }

        double velocityRmse() {
            return count == 0 ? Double.NaN : Math.sqrt(velocity / count);
        }
    }
}
