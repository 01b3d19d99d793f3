package io.vigil.fusion.bench;

import io.vigil.fusion.association.NearestGateAssociator;
import io.vigil.fusion.association.SpatialTrackIndex;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.measurement.CartesianMeasurement;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.track.SingleModelTrackFilter;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackTable;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of associating one plot as live tracks grow: {@link NearestGateAssociator} with its
 * coarse stage taken from a {@link SpatialTrackIndex} ({@code indexed}) and scanning every
 * track ({@code linear}, the reference), side by side on the same tracks and plots.
 *
 * <pre>
 *   plot k --> associator: coarse candidates (index or every track) --> predict + NIS for those
 *          --> the track of smallest NIS in its gate
 * </pre>
 *
 * <p>Load: {@code tracks} confirmed constant-velocity tracks spread uniformly over a region of
 * 3,000 km by 3,000 km (about 40 N, 140 E) at 100 to 1,000 km altitude, velocities in random
 * directions at up to 7 km/s, position sigmas of 50 to 500 m and velocity sigmas of 5 to 50
 * m/s, all updated at the index epoch. 4,096 precomputed ECEF position plots (100 m sigma per
 * axis), each at the position of one random track plus noise, 0 to 100 ms after the epoch (in
 * sequence, within one maintenance interval of the engine); one plot per call, cycling. All
 * but a few plots (outside the 99.9 % gate) gate with their track. The index is built once;
 * the calls do not change it (placing a track is measured by the engine's benchmarks). The
 * setup checks that both forms return the same track for every plot. Single thread; the
 * filter's work per candidate is a constant-velocity prediction and a 3-element NIS.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AssociationScalingBenchmark {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long HORIZON_NANOS = 5_000_000_000L;
    private static final int PLOTS = 4_096;
    private static final double REGION_M = 3_000_000.0;
    private static final double PLOT_SIGMA_M = 100.0;

    /** Live tracks. */
    @Param({"10", "100", "1000", "10000"})
    public int tracks;

    private TrackTable table;
    private NearestGateAssociator indexed;
    private NearestGateAssociator linear;
    private final CartesianMeasurement[] measurements = new CartesianMeasurement[PLOTS];
    private final double[][] positions = new double[PLOTS][];
    private final long[] times = new long[PLOTS];
    private int next;

    /** Builds the tracks, the index and the plots, and checks both forms agree. */
    @Setup
    public void setUp() {
        final SplittableRandom random = new SplittableRandom(42L);
        table = new TrackTable(tracks, 6, 1);
        final SpatialTrackIndex index = new SpatialTrackIndex(tracks, HORIZON_NANOS);
        indexed = new NearestGateAssociator(new SingleModelTrackFilter(new ConstantVelocityMotion(1.0), 3), 0.999, 3,
            index);
        linear = new NearestGateAssociator(new SingleModelTrackFilter(new ConstantVelocityMotion(1.0), 3), 0.999, 3);
        final double latitude = Math.toRadians(40.0);
        final double longitude = Math.toRadians(140.0);
        final double earthRadius = 6_371_000.0;
        for (int k = 0; k < tracks; k++) {
            final Track track = table.create(6, T0);
            final double[] x = track.state();
            final double north = random.nextDouble(-0.5, 0.5) * REGION_M;
            final double east = random.nextDouble(-0.5, 0.5) * REGION_M;
            Geodetic.toEcef(latitude + north / earthRadius, longitude + east / (earthRadius * Math.cos(latitude)),
                random.nextDouble(100_000.0, 1_000_000.0), x);
            final double speed = random.nextDouble(7_000.0);
            final double[] d = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            final double norm = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            for (int i = 0; i < 3; i++) {
                x[3 + i] = speed * d[i] / norm;
            }
            final double[] p = track.covariance();
            java.util.Arrays.fill(p, 0.0);
            final double positionSigma = random.nextDouble(50.0, 500.0);
            final double velocitySigma = random.nextDouble(5.0, 50.0);
            for (int i = 0; i < 3; i++) {
                p[i * 6 + i] = positionSigma * positionSigma;
                p[(3 + i) * 6 + 3 + i] = velocitySigma * velocitySigma;
            }
            track.recordHit(T0, 0, k);
        }
        index.reindex(table, T0);
        final double[] plotCovariance = new double[9];
        int unassociated = 0;
        for (int i = 0; i < 3; i++) {
            plotCovariance[i * 4] = PLOT_SIGMA_M * PLOT_SIGMA_M;
        }
        for (int k = 0; k < PLOTS; k++) {
            final Track track = table.slot(random.nextInt(tracks));
            times[k] = T0 + random.nextLong(100_000_000L);
            final double dt = (times[k] - T0) * 1e-9;
            final double[] x = track.state();
            final double[] position = new double[4];
            for (int i = 0; i < 3; i++) {
                position[i] = x[i] + x[3 + i] * dt + PLOT_SIGMA_M * random.nextGaussian();
            }
            position[3] = 3 * PLOT_SIGMA_M * PLOT_SIGMA_M;
            positions[k] = position;
            measurements[k] = new CartesianMeasurement().position(position[0], position[1], position[2])
                .covariance(plotCovariance);
            final Track a = indexed.associate(table, measurements[k], times[k], position);
            final Track b = linear.associate(table, measurements[k], times[k], position);
            if (a == null) {
                unassociated++;
            }
            if (a != b) {
                throw new IllegalStateException("plot " + k + ": indexed found " + (a == null ? "nothing" : a.slot())
                    + ", linear " + (b == null ? "nothing" : b.slot()));
            }
        }
        if (unassociated > PLOTS / 100) {
            throw new IllegalStateException(unassociated + " of " + PLOTS + " plots gate with no track");
        }
    }

    /**
     * One plot through the associator backed by the spatial index.
     *
     * @return the track found
     */
    @Benchmark
    public Track indexed() {
        final int k = next;
        next = (k + 1) & (PLOTS - 1);
        return indexed.associate(table, measurements[k], times[k], positions[k]);
    }

    /**
     * One plot through the associator that scans every track (the reference).
     *
     * @return the track found
     */
    @Benchmark
    public Track linear() {
        final int k = next;
        next = (k + 1) & (PLOTS - 1);
        return linear.associate(table, measurements[k], times[k], positions[k]);
    }
}
