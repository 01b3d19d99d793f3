package io.vigil.fusion.engine;

/**
 * The fusion thread's door: decides whether a plot may enter the pipeline, and if not, the
 * {@link RejectReason}. Pure (it reads the slot, the sensors and the engine clock and
 * changes nothing) and allocation-free.
 */
final class PlotValidator {

    /** Tolerance on the length of a line-of-sight vector: admits single-precision rounding. */
    static final double UNIT_TOLERANCE = 1e-6;

    private static final double TWO_PI = 2.0 * Math.PI;

    private final Sensor[] sensors;
    private final long maxSkewNanos;
    private final long outOfSequenceNanos;

    /**
     * @param sensors the configured sensors, by index
     * @param maxSkewNanos how far ahead of the engine clock a plot may be, nanoseconds
     * @param outOfSequenceNanos how far behind the engine clock a plot may be, nanoseconds
     */
    PlotValidator(final Sensor[] sensors, final long maxSkewNanos, final long outOfSequenceNanos) {
        this.sensors = sensors.clone();
        this.maxSkewNanos = maxSkewNanos;
        this.outOfSequenceNanos = outOfSequenceNanos;
    }

    /**
     * Checks a plot against the rules, in the order of {@link RejectReason}.
     *
     * @param slot the plot (a radar or line-of-sight plot; ticks are not validated here)
     * @param engineClockNanos the engine's time, the latest accepted plot or tick time
     * @return null if the plot is valid, else the first reason it is not
     */
    RejectReason validate(final PlotSlot slot, final long engineClockNanos) {
        if (slot.sensorIndex < 0 || slot.sensorIndex >= sensors.length) {
            return RejectReason.UNKNOWN_SENSOR;
        }
        final Sensor sensor = sensors[slot.sensorIndex];
        final boolean lineOfSight = slot.kind == PlotSlot.LINE_OF_SIGHT;
        if (lineOfSight != (sensor.type() == SensorType.IR_LOS)) {
            return RejectReason.WRONG_KIND_FOR_SENSOR;
        }
        final RejectReason fields = lineOfSight ? checkLineOfSight(slot) : checkRadar(slot, sensor);
        if (fields != null) {
            return fields;
        }
        final RejectReason sigmas = checkSigmaOverrides(slot);
        if (sigmas != null) {
            return sigmas;
        }
        // Differences in long arithmetic: no overflow for any instants within +-146 years.
        final long ahead = slot.timeNanos - engineClockNanos;
        if (ahead > maxSkewNanos) {
            return RejectReason.TIME_TOO_FAR_AHEAD;
        }
        if (-ahead > outOfSequenceNanos) {
            return RejectReason.LATE;
        }
        return null;
    }

    private static RejectReason checkRadar(final PlotSlot slot, final Sensor sensor) {
        if (!Double.isFinite(slot.rangeM) || !Double.isFinite(slot.azimuthRad) || !Double.isFinite(slot.elevationRad)
            || Double.isInfinite(slot.rangeRateMps)) {
            return RejectReason.NOT_FINITE;
        }
        if (sensor.type() == SensorType.MOVING_RADAR && !finite(slot.sensorX, slot.sensorY, slot.sensorZ)) {
            return RejectReason.NOT_FINITE;
        }
        if (sensor.type() == SensorType.MOVING_RADAR && !Double.isNaN(slot.rangeRateMps)
            && !finite(slot.sensorVx, slot.sensorVy, slot.sensorVz)) {
            return RejectReason.NOT_FINITE;
        }
        if (!(slot.rangeM > 0.0)) {
            return RejectReason.RANGE_NOT_POSITIVE;
        }
        if (slot.rangeM > sensor.maxRangeM()) {
            return RejectReason.RANGE_BEYOND_MAXIMUM;
        }
        if (!(slot.azimuthRad >= 0.0 && slot.azimuthRad < TWO_PI)) {
            return RejectReason.AZIMUTH_OUT_OF_RANGE;
        }
        if (!(Math.abs(slot.elevationRad) <= Math.PI / 2)) {
            return RejectReason.ELEVATION_OUT_OF_RANGE;
        }
        return null;
    }

    private static RejectReason checkLineOfSight(final PlotSlot slot) {
        if (!finite(slot.losX, slot.losY, slot.losZ) || !finite(slot.sensorX, slot.sensorY, slot.sensorZ)) {
            return RejectReason.NOT_FINITE;
        }
        final double norm = Math.sqrt(slot.losX * slot.losX + slot.losY * slot.losY + slot.losZ * slot.losZ);
        if (!(Math.abs(norm - 1.0) <= UNIT_TOLERANCE)) {
            return RejectReason.LINE_OF_SIGHT_NOT_UNIT;
        }
        return null;
    }

    private static RejectReason checkSigmaOverrides(final PlotSlot slot) {
        if (Double.isInfinite(slot.sigmaRangeM) || Double.isInfinite(slot.sigmaAzimuthRad)
            || Double.isInfinite(slot.sigmaElevationRad) || Double.isInfinite(slot.sigmaRangeRateMps)) {
            return RejectReason.NOT_FINITE;
        }
        // NaN means "no override": the comparisons below are false for it.
        if (slot.sigmaRangeM <= 0.0 || slot.sigmaAzimuthRad <= 0.0 || slot.sigmaElevationRad <= 0.0
            || slot.sigmaRangeRateMps <= 0.0) {
            return RejectReason.SIGMA_NOT_POSITIVE;
        }
        return null;
    }

    private static boolean finite(final double x, final double y, final double z) {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
    }
}
