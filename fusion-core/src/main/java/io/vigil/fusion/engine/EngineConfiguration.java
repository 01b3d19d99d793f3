package io.vigil.fusion.engine;

import io.vigil.fusion.filter.InteractingMultipleModel;
import io.vigil.fusion.motion.MotionModel;
import io.vigil.fusion.trajectory.ImpactPredictor;
import java.util.function.IntFunction;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The engine's immutable configuration, assembled and validated by
 * {@link FusionEngine.Builder}. Durations in nanoseconds, distances in metres, speeds in m/s.
 */
public final class EngineConfiguration {

    final Sensor[] sensors;
    final int ringSize;
    final int maxTracks;
    final int maxSensors;
    final int maxPlotsPerScan;
    final FusionThreadWait wait;
    final BackPressure backPressure;
    final Producers producers;
    final ThreadFactory threadFactory;
    final FusionListener listener;
    /** The single motion model, or null when {@link #modes} is set. */
    final Supplier<MotionModel> motion;
    /** The IMM given the largest measurement dimension, or null when {@link #motion} is set. */
    final IntFunction<InteractingMultipleModel> modes;
    final double gateProbability;
    final long maxSkewNanos;
    final long outOfSequenceNanos;
    final int confirmationHits;
    final int confirmationScans;
    final int deletionMisses;
    final int initiationCapacity;
    final long reportIntervalNanos;
    final long coastAfterNanos;
    final long maxCoastNanos;
    final long tentativeTimeoutNanos;
    final double maxPositionSigmaM;
    final int outOfSequenceDepth;
    /** The track score's alpha, or NaN for M-of-N confirmation. */
    final double scoreFalseConfirmation;
    final double scoreFalseDeletion;
    final double initialVelocitySigmaMps;
    final boolean impacts;
    final long impactIntervalNanos;
    final ImpactPredictor.Method impactMethod;
    final double surfaceHeightM;
    final double impactKappaMean;
    final double impactKappaSigma;
    final String[] areaIds;
    final double[] areaLatitudeRad;
    final double[] areaLongitudeRad;
    final double[] areaRadiusM;
    final double warningRaise;
    final double warningClear;

    EngineConfiguration(final FusionEngine.Builder b) {
        this.sensors = b.sensors.toArray(new Sensor[0]);
        this.ringSize = b.ringSize;
        this.maxTracks = b.maxTracks;
        this.maxSensors = b.maxSensors;
        this.maxPlotsPerScan = b.maxPlotsPerScan;
        this.wait = b.wait;
        this.backPressure = b.backPressure;
        this.producers = b.producers;
        this.threadFactory = b.threadFactory;
        this.listener = b.listener;
        this.motion = b.motion;
        this.modes = b.modes;
        this.gateProbability = b.gateProbability;
        this.maxSkewNanos = b.maxSkewNanos;
        this.outOfSequenceNanos = b.outOfSequenceNanos;
        this.confirmationHits = b.confirmationHits;
        this.confirmationScans = b.confirmationScans;
        this.deletionMisses = b.deletionMisses;
        this.initiationCapacity = b.initiationCapacity;
        this.reportIntervalNanos = b.reportIntervalNanos;
        this.coastAfterNanos = b.coastAfterNanos;
        this.maxCoastNanos = b.maxCoastNanos;
        this.tentativeTimeoutNanos = b.tentativeTimeoutNanos;
        this.maxPositionSigmaM = b.maxPositionSigmaM;
        this.outOfSequenceDepth = b.outOfSequenceDepth;
        this.scoreFalseConfirmation = b.scoreFalseConfirmation;
        this.scoreFalseDeletion = b.scoreFalseDeletion;
        this.initialVelocitySigmaMps = b.initialVelocitySigmaMps;
        this.impacts = b.impacts;
        this.impactIntervalNanos = b.impactIntervalNanos;
        this.impactMethod = b.impactMethod;
        this.surfaceHeightM = b.surfaceHeightM;
        this.impactKappaMean = b.impactKappaMean;
        this.impactKappaSigma = b.impactKappaSigma;
        final int areas = b.areaIds.size();
        this.areaIds = b.areaIds.toArray(new String[0]);
        this.areaLatitudeRad = new double[areas];
        this.areaLongitudeRad = new double[areas];
        this.areaRadiusM = new double[areas];
        for (int i = 0; i < areas; i++) {
            areaLatitudeRad[i] = b.areaCircles.get(i)[0];
            areaLongitudeRad[i] = b.areaCircles.get(i)[1];
            areaRadiusM[i] = b.areaCircles.get(i)[2];
        }
        this.warningRaise = b.warningRaise;
        this.warningClear = b.warningClear;
    }

    /**
     * Returns the number of defended areas.
     *
     * @return areas
     */
    public int areaCount() {
        return areaIds.length;
    }

    /**
     * Returns a defended area's id.
     *
     * @param index the area's index, in order of configuration
     * @return the id
     */
    public String areaId(final int index) {
        return areaIds[index];
    }

    /**
     * Returns the number of configured sensors.
     *
     * @return sensors
     */
    public int sensorCount() {
        return sensors.length;
    }

    /**
     * Returns a configured sensor.
     *
     * @param index the sensor index, in the order sensors were added
     * @return the sensor
     */
    public Sensor sensor(final int index) {
        return sensors[index];
    }

    /**
     * Returns the ring size (a power of two).
     *
     * @return slots
     */
    public int ringSize() {
        return ringSize;
    }

    /**
     * Returns the maximum number of live tracks.
     *
     * @return tracks
     */
    public int maxTracks() {
        return maxTracks;
    }

    /**
     * Returns the maximum number of sensors.
     *
     * @return sensors
     */
    public int maxSensors() {
        return maxSensors;
    }

    /**
     * Returns the maximum number of plots in one sensor scan.
     *
     * @return plots
     */
    public int maxPlotsPerScan() {
        return maxPlotsPerScan;
    }

    /**
     * Returns the back-pressure policy.
     *
     * @return the policy
     */
    public BackPressure backPressure() {
        return backPressure;
    }
}
