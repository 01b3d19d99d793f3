package io.vigil.fusion.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.measurement.CartesianMeasurement;
import io.vigil.fusion.motion.ConstantVelocityMotion;
import io.vigil.fusion.track.SingleModelTrackFilter;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackTable;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The associator backed by {@link SpatialTrackIndex} against the linear scan, on seeded random
 * track sets and plots: the same track, the same NIS and the same predicted state, bit for bit,
 * and the index's candidates exactly the tracks the coarse test passes.
 */
class IndexedAssociationEquivalenceTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long HORIZON = 5 * SECOND;
    /** How far after the epoch the engine may update a track before the next re-index. */
    private static final long AHEAD = 2_100_000_000L;
    private static final int CAPACITY = 256;
    private static final int SETS = 3_000;
    private static final int PLOTS_PER_SET = 25;

    private final ConstantVelocityMotion motion = new ConstantVelocityMotion(10.0);
    private final CartesianMeasurement measurement = new CartesianMeasurement();
    private final double[] plotCovariance = new double[9];
    private final int[] out = new int[CAPACITY];

    private long plots;
    private long associated;
    private long prefiltered;
    private long notPrefiltered;
    private long severalCandidates;
    private long ties;
    private long wideTracks;
    private long coarserLevelTracks;

    @Test
    void theIndexedAssociatorGivesTheLinearScansAnswerBitForBit() {
        final SplittableRandom random = new SplittableRandom(20_261_125L);
        for (int set = 0; set < SETS; set++) {
            runSet(set, random);
        }
        assertThat(plots).isEqualTo((long) SETS * PLOTS_PER_SET);
        // The random cases cover what they are meant to.
        assertThat(associated).as("plots associated with a track").isGreaterThan(plots / 3);
        assertThat(prefiltered).as("plots pre-filtered by the index").isGreaterThan(plots * 3 / 4);
        assertThat(notPrefiltered).as("plots scanned linearly (no position, beyond the horizon)").isGreaterThan(1_000);
        assertThat(severalCandidates).as("plots with several coarse candidates").isGreaterThan(5_000);
        assertThat(ties).as("plots won by the lower slot of two equal tracks").isGreaterThan(100);
        assertThat(wideTracks).as("tracks in the wide list, summed over sets").isGreaterThan(10_000);
        assertThat(coarserLevelTracks).as("tracks in coarser levels, summed over sets").isGreaterThan(10_000);
    }

    private void runSet(final int set, final SplittableRandom random) {
        final TrackTable table = new TrackTable(CAPACITY, 6, 4);
        final SpatialTrackIndex index = set % 4 == 3
            ? new SpatialTrackIndex(CAPACITY, HORIZON, 10_000.0 * (1 + random.nextInt(30)), 1 + random.nextInt(7),
                random.nextDouble(1_000.0, 9_000.0))
            : new SpatialTrackIndex(CAPACITY, HORIZON);
        final NearestGateAssociator indexed =
            new NearestGateAssociator(new SingleModelTrackFilter(motion, 4), 0.999, 4, index);
        final NearestGateAssociator linear =
            new NearestGateAssociator(new SingleModelTrackFilter(motion, 4), 0.999, 4);
        final long epoch = T0 + set * 1_000L * SECOND;

        final double[] center = new double[3];
        Geodetic.toEcef(random.nextDouble(-1.4, 1.4), random.nextDouble(-Math.PI, Math.PI),
            random.nextDouble(0.0, 1_000_000.0), center);
        // Tracks spread over 10 km to 5,000 km.
        final double spread = 10_000.0 * Math.pow(500.0, random.nextDouble());
        final int n = 1 + random.nextInt(200);
        for (int k = 0; k < n; k++) {
            final Track track = table.create(6, epoch);
            if (k > 0 && random.nextInt(12) == 0) {
                copy(table.slot(random.nextInt(k)), track); // an exact twin: equal NIS, the lower slot must win
            } else {
                randomTrack(track, random, center, spread, epoch - age(random), table, k);
            }
        }
        index.reindex(table, epoch);
        // Between re-indexes the engine updates tracks (up to the interval plus the skew bound
        // after the epoch), drops some and creates others, telling the index each time.
        for (int slot = 0; slot < table.limit(); slot++) {
            final Track track = table.slot(slot);
            final int r = random.nextInt(10);
            if (r < 2) {
                final long time = epoch + random.nextLong(AHEAD + 1);
                final double dt = (time - track.timeNanos()) * 1e-9;
                for (int i = 0; i < 3; i++) {
                    track.state()[i] += track.state()[3 + i] * dt + random.nextGaussian() * 50.0;
                }
                for (int i = 0; i < 36; i++) {
                    track.covariance()[i] *= 0.8;
                }
                track.time(time);
                index.place(track);
            } else if (r == 2) {
                table.drop(track);
                index.remove(track);
            }
        }
        for (int k = random.nextInt(10); k > 0; k--) {
            final Track track = table.create(6, epoch);
            if (track != null) {
                randomTrack(track, random, center, spread, epoch + random.nextLong(AHEAD + 1), table, table.limit());
                index.place(track);
            }
        }
        assertThat(index.size()).isEqualTo(table.alive());
        wideTracks += index.wideCount();
        for (int slot = 0; slot < table.limit(); slot++) {
            final int level = index.levelOf(slot);
            if (level > 0 && level < index.levels()) {
                coarserLevelTracks++;
            }
        }

        final double[] plotPosition = new double[4];
        for (int p = 0; p < PLOTS_PER_SET; p++) {
            final long time = plotTime(random, epoch, table);
            final Track near = randomLiveTrack(table, random);
            randomPlot(random, near, time, center, spread, index, plotPosition);
            compare(set, p, table, index, indexed, linear, time, plotPosition);
        }
    }

    private void compare(final int set, final int p, final TrackTable table, final SpatialTrackIndex index,
        final NearestGateAssociator indexed, final NearestGateAssociator linear, final long time,
        final double[] plotPosition) {
        plots++;
        final Track expected = linear.associate(table, measurement, time, plotPosition);
        final double expectedNis = linear.lastNis();
        final Track actual = indexed.associate(table, measurement, time, plotPosition);
        final double actualNis = indexed.lastNis();
        final String where = "set " + set + ", plot " + p + " " + Arrays.toString(plotPosition) + " at epoch + "
            + (time - index.epochNanos()) + " ns";
        if (actual != expected || Double.doubleToRawLongBits(actualNis) != Double.doubleToRawLongBits(expectedNis)) {
            fail(where + ": indexed " + describe(actual, actualNis) + ", linear " + describe(expected, expectedNis));
        }
        if (expected != null) {
            associated++;
            if (!Arrays.equals(indexed.prediction().state(), 0, 6, linear.prediction().state(), 0, 6)
                || !Arrays.equals(indexed.prediction().covariance(), 0, 36, linear.prediction().covariance(), 0, 36)) {
                fail(where + ": predicted states differ");
            }
            for (int slot = 0; slot < expected.slot(); slot++) {
                if (table.slot(slot).alive() && sameTrack(table.slot(slot), expected)) {
                    fail(where + ": an equal track in a lower slot lost");
                }
            }
            for (int slot = expected.slot() + 1; slot < table.limit(); slot++) {
                if (table.slot(slot).alive() && sameTrack(table.slot(slot), expected)) {
                    ties++;
                    break;
                }
            }
        }
        final int count = index.query(plotPosition, time, out);
        if (count == SpatialTrackIndex.NO_PREFILTER) {
            notPrefiltered++;
            return;
        }
        prefiltered++;
        final int[] oracle = SpatialTrackIndexTest.bruteForce(table, plotPosition, time);
        if (!Arrays.equals(out, 0, count, oracle, 0, oracle.length)) {
            fail(where + ": index returned " + Arrays.toString(Arrays.copyOf(out, count)) + ", coarse test passes "
                + Arrays.toString(oracle));
        }
        if (count > 1) {
            severalCandidates++;
        }
    }

    private static String describe(final Track track, final double nis) {
        return track == null ? "none" : "slot " + track.slot() + " NIS " + nis;
    }

    private static boolean sameTrack(final Track a, final Track b) {
        return a.timeNanos() == b.timeNanos() && Arrays.equals(a.state(), 0, 6, b.state(), 0, 6)
            && Arrays.equals(a.covariance(), 0, 36, b.covariance(), 0, 36);
    }

    private static void copy(final Track from, final Track to) {
        System.arraycopy(from.state(), 0, to.state(), 0, 6);
        System.arraycopy(from.covariance(), 0, to.covariance(), 0, 36);
        to.time(from.timeNanos());
    }

    /** How long before the epoch a track was last updated. */
    private static long age(final SplittableRandom random) {
        final int r = random.nextInt(20);
        if (r < 12) {
            return random.nextLong(HORIZON + 1);
        }
        return r < 17 ? random.nextLong(HORIZON, 60 * SECOND) : random.nextLong(60 * SECOND, 600 * SECOND);
    }

    private static void randomTrack(final Track track, final SplittableRandom random, final double[] center,
        final double spread, final long time, final TrackTable table, final int before) {
        final double[] s = track.state();
        final Track neighbour = before > 0 ? table.slot(random.nextInt(before)) : null;
        if (neighbour != null && neighbour.alive() && random.nextInt(8) == 0) {
            // A close neighbour: up to 2 km from another track.
            for (int i = 0; i < 3; i++) {
                s[i] = neighbour.state()[i] + random.nextDouble(-2_000.0, 2_000.0);
            }
        } else {
            for (int i = 0; i < 3; i++) {
                s[i] = center[i] + spread * random.nextDouble(-1.0, 1.0);
            }
        }
        final double speed = random.nextInt(20) == 0 ? random.nextDouble(7_500.0, 9_000.0) : random.nextDouble(7_500.0);
        final double[] direction = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        final double norm =
            Math.sqrt(direction[0] * direction[0] + direction[1] * direction[1] + direction[2] * direction[2]);
        for (int i = 0; i < 3; i++) {
            s[3 + i] = speed * direction[i] / norm;
        }
        final double positionSigma;
        final double velocitySigma;
        final int kind = random.nextInt(20);
        if (kind < 11) { // confirmed
            positionSigma = logUniform(random, 10.0, 500.0);
            velocitySigma = logUniform(random, 1.0, 50.0);
        } else if (kind < 15) { // tentative: the engine's initial velocity sigma
            positionSigma = logUniform(random, 50.0, 3_000.0);
            velocitySigma = 3_000.0;
        } else if (kind < 18) { // coasting
            positionSigma = logUniform(random, 500.0, 20_000.0);
            velocitySigma = logUniform(random, 20.0, 500.0);
        } else {
            positionSigma = logUniform(random, 10.0, 500.0);
            velocitySigma = kind == 18 ? 0.0 : logUniform(random, 1.0, 50.0);
        }
        randomCovariance(track.covariance(), random, positionSigma, velocitySigma);
        if (kind == 19) { // broken: a NaN, negative or infinite variance
            final int i = random.nextInt(6);
            final int r = random.nextInt(3);
            track.covariance()[i * 7] = r == 0 ? Double.NaN : r == 1 ? -track.covariance()[i * 7] * 10.0
                : Double.POSITIVE_INFINITY;
        }
        track.time(time);
    }

    /** P = D M M^T D with M unit lower-triangular with random entries: positive definite, correlated. */
    private static void randomCovariance(final double[] p, final SplittableRandom random, final double positionSigma,
        final double velocitySigma) {
        final double[] m = new double[36];
        for (int i = 0; i < 6; i++) {
            m[i * 6 + i] = 1.0;
            for (int j = 0; j < i; j++) {
                m[i * 6 + j] = random.nextDouble(-0.3, 0.3);
            }
        }
        for (int i = 0; i < 6; i++) {
            final double di = i < 3 ? positionSigma : velocitySigma;
            for (int j = 0; j < 6; j++) {
                final double dj = j < 3 ? positionSigma : velocitySigma;
                double sum = 0.0;
                for (int k = 0; k < 6; k++) {
                    sum += m[i * 6 + k] * m[j * 6 + k];
                }
                p[i * 6 + j] = di * dj * sum;
            }
        }
    }

    private static double logUniform(final SplittableRandom random, final double low, final double high) {
        return low * Math.pow(high / low, random.nextDouble());
    }

    private static long plotTime(final SplittableRandom random, final long epoch, final TrackTable table) {
        final int r = random.nextInt(20);
        if (r < 15) { // in the engine's window: up to the out-of-sequence bound behind, the skew ahead
            return epoch + random.nextLong(-HORIZON, AHEAD + 1);
        } else if (r < 17) {
            return epoch + (random.nextBoolean() ? HORIZON : -HORIZON);
        } else if (r < 18) { // beyond the horizon: the index must step aside
            return epoch + (random.nextBoolean() ? 1 : -1) * random.nextLong(HORIZON + 1, 60 * SECOND);
        }
        final Track track = randomLiveTrack(table, random);
        return track == null ? epoch : track.timeNanos();
    }

    private static Track randomLiveTrack(final TrackTable table, final SplittableRandom random) {
        if (table.alive() == 0) {
            return null;
        }
        while (true) {
            final Track track = table.slot(random.nextInt(table.limit()));
            if (track.alive()) {
                return track;
            }
        }
    }

    /** Configures the measurement and fills the plot position (x, y, z, trace). */
    private void randomPlot(final SplittableRandom random, final Track near, final long time, final double[] center,
        final double spread, final SpatialTrackIndex index, final double[] plotPosition) {
        final double sigma = logUniform(random, 5.0, 3_000.0);
        final int kind = random.nextInt(20);
        if (near == null || kind < 3) { // anywhere in or around the track volume
            for (int i = 0; i < 3; i++) {
                plotPosition[i] = center[i] + 2.0 * spread * random.nextDouble(-1.0, 1.0);
            }
        } else {
            final double dt = (time - near.timeNanos()) * 1e-9;
            final double[] s = near.state();
            final double offset = kind < 5 ? 0.0 : logUniform(random, 1.0, 50_000.0);
            for (int i = 0; i < 3; i++) {
                plotPosition[i] = kind == 5 ? s[i] : s[i] + s[3 + i] * dt + offset * random.nextGaussian();
            }
            if (kind == 6) { // on a cell face of the finest grid, or a hair beside it
                final double edge = index.cellM(0);
                final double face = Math.rint(plotPosition[0] / edge) * edge;
                plotPosition[0] =
                    random.nextBoolean() ? face : Math.nextAfter(face, random.nextBoolean() ? 1e300 : -1e300);
            }
        }
        Arrays.fill(plotCovariance, 0.0);
        for (int i = 0; i < 3; i++) {
            plotCovariance[i * 4] = sigma * sigma * random.nextDouble(0.5, 2.0);
        }
        measurement.position(plotPosition[0], plotPosition[1], plotPosition[2]).covariance(plotCovariance);
        plotPosition[3] = plotCovariance[0] + plotCovariance[4] + plotCovariance[8];
        if (kind == 7) { // no position (as a line-of-sight plot): no coarse stage at all
            plotPosition[0] = Double.NaN;
        }
    }

    @Test
    void aTrackTheIndexDoesNotHoldIsStillFoundByTheLinearScan() {
        final TrackTable table = new TrackTable(8, 6, 4);
        final SpatialTrackIndex index = new SpatialTrackIndex(8, HORIZON);
        final NearestGateAssociator indexed =
            new NearestGateAssociator(new SingleModelTrackFilter(motion, 4), 0.999, 4, index);
        assertThat(indexed.index()).isSameAs(index);
        assertThat(new NearestGateAssociator(new SingleModelTrackFilter(motion, 4), 0.999, 4).index()).isNull();
        index.reindex(table, T0);
        final Track track = table.create(6, T0);
        final double[] s = track.state();
        s[2] = 6_400_000.0;
        randomCovariance(track.covariance(), new SplittableRandom(1L), 100.0, 10.0);
        measurement.position(0.0, 0.0, 6_400_010.0).covariance(new double[] {100.0, 0, 0, 0, 100.0, 0, 0, 0, 100.0});
        final double[] plotPosition = {0.0, 0.0, 6_400_010.0, 300.0};
        // The owner forgot to place it: the index holds fewer tracks than the table, so the
        // associator does not trust it.
        assertThat(indexed.associate(table, measurement, T0, plotPosition)).isSameAs(track);
        index.place(track);
        assertThat(indexed.associate(table, measurement, T0, plotPosition)).isSameAs(track);
        assertThat(indexed.lastNis()).isLessThan(indexed.threshold(3));
    }
}
