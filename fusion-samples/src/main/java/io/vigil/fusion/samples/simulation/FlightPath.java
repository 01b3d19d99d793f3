package io.vigil.fusion.samples.simulation;

import java.util.Arrays;

/**
 * The integrated trajectory of one body: its ECI states at every integration step, with
 * cubic Hermite interpolation between them.
 *
 * <p>Times are seconds since the scenario epoch; states are ECI position (m) and velocity
 * (m/s). Samples are in non-decreasing time; two samples may share a time where the
 * velocity jumps (a separation impulse), and a query at that time gets the later one. The
 * steps are 0.1 s in boost and the lower atmosphere and 1 s above, so the interpolation
 * error is far below a millimetre; at a sample's own time the sample is returned exactly.
 * Samples on the truth grid are marked as such.
 */
final class FlightPath {

    private static final int STATE = 6;

    private double[] times = new double[256];
    private double[] states = new double[256 * STATE];
    private boolean[] truthSamples = new boolean[256];
    private int size;

    /** Creates an empty path. */
    FlightPath() {
    }

    /**
     * Creates a path holding a copy of another's samples.
     *
     * @param prefix the samples to start with
     */
    FlightPath(final FlightPath prefix) {
        times = prefix.times.clone();
        states = prefix.states.clone();
        truthSamples = prefix.truthSamples.clone();
        size = prefix.size;
    }

    /**
     * Appends a sample.
     *
     * @param timeS time, seconds since the epoch, not before the last sample's
     * @param state ECI state
     * @param truthSample whether the sample is on the truth grid (or is the impact)
     */
    void add(final double timeS, final double[] state, final boolean truthSample) {
        if (size > 0 && timeS < times[size - 1]) {
            throw new IllegalArgumentException("samples must be in time order: " + timeS + " after " + times[size - 1]);
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, 2 * size);
            states = Arrays.copyOf(states, 2 * size * STATE);
            truthSamples = Arrays.copyOf(truthSamples, 2 * size);
        }
        times[size] = timeS;
        System.arraycopy(state, 0, states, size * STATE, STATE);
        truthSamples[size] = truthSample;
        size++;
    }

    /**
     * Unmarks the last sample as a truth sample (its time will get a later sample).
     */
    void unmarkLast() {
        truthSamples[size - 1] = false;
    }

    /**
     * Returns the number of samples.
     *
     * @return the number of samples
     */
    int size() {
        return size;
    }

    /**
     * Returns a sample's time, seconds since the epoch.
     *
     * @param index sample index
     * @return time, s
     */
    double time(final int index) {
        return times[index];
    }

    /**
     * Whether a sample is on the truth grid or is the impact.
     *
     * @param index sample index
     * @return true for a truth sample
     */
    boolean isTruthSample(final int index) {
        return truthSamples[index];
    }

    /**
     * Copies a sample's ECI state.
     *
     * @param index sample index
     * @param stateOut receives six components
     */
    void state(final int index, final double[] stateOut) {
        System.arraycopy(states, index * STATE, stateOut, 0, STATE);
    }

    /**
     * Returns the first sample's time, seconds since the epoch.
     *
     * @return start time, s
     */
    double startS() {
        return times[0];
    }

    /**
     * Returns the last sample's time (the impact, for a completed flight), seconds since the epoch.
     *
     * @return end time, s
     */
    double endS() {
        return times[size - 1];
    }

    /**
     * Interpolates the ECI state at a time within the path.
     *
     * @param timeS time, seconds since the epoch, in [start, end]
     * @param stateOut receives six components
     */
    void interpolate(final double timeS, final double[] stateOut) {
        if (!(timeS >= times[0] && timeS <= times[size - 1])) {
            throw new IllegalArgumentException("time " + timeS + " s outside the path [" + times[0] + ", "
                + times[size - 1] + "] s");
        }
        int low = 0;
        int high = size - 1;
        // The last sample with time <= timeS.
        while (low < high) {
            final int mid = (low + high + 1) >>> 1;
            if (times[mid] <= timeS) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        final int i = low;
        if (times[i] == timeS || i == size - 1) {
            state(i, stateOut);
            return;
        }
        final double h = times[i + 1] - times[i];
        final double s = (timeS - times[i]) / h;
        final double s2 = s * s;
        final double s3 = s2 * s;
        // Cubic Hermite basis on positions (values and velocities), differentiated for velocity.
        final double h00 = 2.0 * s3 - 3.0 * s2 + 1.0;
        final double h10 = s3 - 2.0 * s2 + s;
        final double h01 = -2.0 * s3 + 3.0 * s2;
        final double h11 = s3 - s2;
        final double d00 = (6.0 * s2 - 6.0 * s) / h;
        final double d10 = 3.0 * s2 - 4.0 * s + 1.0;
        final double d01 = (-6.0 * s2 + 6.0 * s) / h;
        final double d11 = 3.0 * s2 - 2.0 * s;
        final int a = i * STATE;
        final int b = a + STATE;
        for (int k = 0; k < 3; k++) {
            final double p0 = states[a + k];
            final double v0 = states[a + 3 + k];
            final double p1 = states[b + k];
            final double v1 = states[b + 3 + k];
            stateOut[k] = h00 * p0 + h10 * h * v0 + h01 * p1 + h11 * h * v1;
            stateOut[3 + k] = d00 * p0 + d10 * v0 + d01 * p1 + d11 * v1;
        }
    }
}
