package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.io.TruthRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One simulated object's true ECEF state at any instant of its life, by cubic Hermite
 * interpolation of its truth records (positions and their velocities, which the records
 * carry), so the interpolated position and velocity are consistent: the velocity is the
 * derivative of the position curve. The object exists from its first truth record to its
 * last, both included; outside that span it has no state.
 *
 * <p>Between records at t0 and t1 (h = t1 - t0, s = (t - t0) / h) the position is
 * p(s) = h00 p0 + h10 h v0 + h01 p1 + h11 h v1 with the Hermite basis h00 = 2s^3 - 3s^2 + 1,
 * h10 = s^3 - 2s^2 + s, h01 = -2s^3 + 3s^2, h11 = s^3 - s^2, and the velocity is dp/dt. The
 * interpolation is exact for motion that is cubic in time over a step; for a ballistic arc at
 * a 1 s truth step its error is micrometres, far below any tracking error. Velocities are
 * Earth-fixed (as in the truth file), the frame the positions are in, so they are the
 * positions' derivatives.
 */
public final class TruthTrajectory {

    /** Nanoseconds per second: durations divide by it, so whole seconds come out exact. */
    private static final double NANOS_PER_SECOND = 1e9;

    private final String objectId;
    private final long[] times;
    /** Six values per record: x, y, z (m), vx, vy, vz (m/s), ECEF. */
    private final double[] states;

    private TruthTrajectory(final String objectId, final long[] times, final double[] states) {
        this.objectId = objectId;
        this.times = times;
        this.states = states;
    }

    /**
     * Builds one object's trajectory from its truth records, in any order.
     *
     * @param objectId the object's id
     * @param records its records (all with this object id), at least one
     * @return the trajectory
     * @throws IllegalArgumentException if there is no record, a record belongs to another
     *     object, or two records at the same time disagree
     */
    public static TruthTrajectory of(final String objectId, final Collection<TruthRecord> records) {
        final List<TruthRecord> sorted = new ArrayList<>(records);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("object " + objectId + " has no truth record");
        }
        sorted.sort(Comparator.comparingLong(TruthRecord::timeNanos));
        final long[] times = new long[sorted.size()];
        final double[] states = new double[6 * sorted.size()];
        int count = 0;
        for (final TruthRecord r : sorted) {
            if (!r.objectId().equals(objectId)) {
                throw new IllegalArgumentException("record of " + r.objectId() + " given for " + objectId);
            }
            final double[] state = {r.xM(), r.yM(), r.zM(), r.vxMps(), r.vyMps(), r.vzMps()};
            if (count > 0 && times[count - 1] == r.timeNanos()) {
                // A repeated row is harmless; two different states at one instant are not.
                if (!Arrays.equals(state, 0, 6, states, 6 * (count - 1), 6 * count)) {
                    throw new IllegalArgumentException("object " + objectId + " has two different states at "
                        + r.timeNanos() + " ns");
                }
                continue;
            }
            times[count] = r.timeNanos();
            System.arraycopy(state, 0, states, 6 * count, 6);
            count++;
        }
        return new TruthTrajectory(objectId, Arrays.copyOf(times, count), Arrays.copyOf(states, 6 * count));
    }

    /**
     * Groups truth records by object and builds each object's trajectory.
     *
     * @param records truth records of any objects, in any order
     * @return the trajectories by object id, in id order
     */
    public static SortedMap<String, TruthTrajectory> byObject(final Collection<TruthRecord> records) {
        final Map<String, List<TruthRecord>> grouped = new TreeMap<>();
        for (final TruthRecord r : records) {
            grouped.computeIfAbsent(r.objectId(), id -> new ArrayList<>()).add(r);
        }
        final SortedMap<String, TruthTrajectory> trajectories = new TreeMap<>();
        grouped.forEach((id, list) -> trajectories.put(id, of(id, list)));
        return Collections.unmodifiableSortedMap(trajectories);
    }

    /**
     * Returns the object's id.
     *
     * @return the id, as in the truth file
     */
    public String objectId() {
        return objectId;
    }

    /**
     * Returns the time of the first truth record, when the object comes into existence.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long firstTimeNanos() {
        return times[0];
    }

    /**
     * Returns the time of the last truth record, after which the object no longer exists.
     *
     * @return nanoseconds since the Unix epoch
     */
    public long lastTimeNanos() {
        return times[times.length - 1];
    }

    /**
     * Whether the object exists at an instant (between its first and last record, both included).
     *
     * @param timeNanos nanoseconds since the Unix epoch
     * @return true if {@link #stateAt} may be called
     */
    public boolean covers(final long timeNanos) {
        return timeNanos >= times[0] && timeNanos <= times[times.length - 1];
    }

    /**
     * Writes the true state at an instant: the record itself at a record time, the Hermite
     * interpolation in between.
     *
     * @param timeNanos nanoseconds since the Unix epoch, inside the object's life
     * @param stateOut receives x, y, z (m) and vx, vy, vz (m/s), ECEF; length at least 6
     * @throws IllegalArgumentException if the object does not exist at that time
     */
    public void stateAt(final long timeNanos, final double[] stateOut) {
        if (!covers(timeNanos)) {
            throw new IllegalArgumentException("object " + objectId + " does not exist at " + timeNanos + " ns");
        }
        final int found = Arrays.binarySearch(times, timeNanos);
        if (found >= 0) {
            System.arraycopy(states, 6 * found, stateOut, 0, 6);
            return;
        }
        final int k = -found - 2; // times[k] < timeNanos < times[k + 1]
        final double h = (times[k + 1] - times[k]) / NANOS_PER_SECOND;
        final double s = (double) (timeNanos - times[k]) / (times[k + 1] - times[k]);
        final double s2 = s * s;
        final double s3 = s2 * s;
        // Since h00 = 1 - h01 and dh00/ds = -dh01/ds, the positions enter only through
        // p1 - p0: no cancellation between two ECEF coordinates of 6,000 km.
        final double h10 = s3 - 2.0 * s2 + s;
        final double h01 = -2.0 * s3 + 3.0 * s2;
        final double h11 = s3 - s2;
        // Derivatives of the basis with respect to s; dividing by h gives d/dt.
        final double d10 = 3.0 * s2 - 4.0 * s + 1.0;
        final double d01 = 6.0 * s - 6.0 * s2;
        final double d11 = 3.0 * s2 - 2.0 * s;
        final int a = 6 * k;
        final int b = 6 * (k + 1);
        for (int axis = 0; axis < 3; axis++) {
            final double p0 = states[a + axis];
            final double v0 = states[a + 3 + axis];
            final double dp = states[b + axis] - p0;
            final double v1 = states[b + 3 + axis];
            stateOut[axis] = p0 + (h01 * dp + h * (h10 * v0 + h11 * v1));
            stateOut[3 + axis] = d01 * dp / h + d10 * v0 + d11 * v1;
        }
    }
}
