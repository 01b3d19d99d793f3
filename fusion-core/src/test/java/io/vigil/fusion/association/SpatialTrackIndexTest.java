package io.vigil.fusion.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.fusion.testing.AllocationMeter;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackTable;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpatialTrackIndexTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long HORIZON = 5 * SECOND;
    private static final double CELL = SpatialTrackIndex.DEFAULT_CELL_M;

    private final TrackTable table = new TrackTable(64, 6, 4);
    private final SpatialTrackIndex index = new SpatialTrackIndex(64, HORIZON);
    private final int[] out = new int[64];

    /** Starts a track at a time with a diagonal covariance (sigmas in m and m/s). */
    private Track track(final long time, final double x, final double y, final double z, final double vx,
        final double vy, final double vz, final double positionSigma, final double velocitySigma) {
        final Track track = table.create(6, time);
        set(track, time, x, y, z, vx, vy, vz, positionSigma, velocitySigma);
        return track;
    }

    private static void set(final Track track, final long time, final double x, final double y, final double z,
        final double vx, final double vy, final double vz, final double positionSigma, final double velocitySigma) {
        final double[] s = track.state();
        s[0] = x;
        s[1] = y;
        s[2] = z;
        s[3] = vx;
        s[4] = vy;
        s[5] = vz;
        final double[] p = track.covariance();
        Arrays.fill(p, 0.0);
        for (int i = 0; i < 3; i++) {
            p[i * 6 + i] = positionSigma * positionSigma;
            p[(3 + i) * 6 + 3 + i] = velocitySigma * velocitySigma;
        }
        track.time(time);
    }

    /** The coarse test exactly as the linear scan has always written it: the oracle. */
    static boolean coarselyNear(final Track track, final double[] plotPosition, final double dt) {
        final double[] x = track.state();
        final double[] p = track.covariance();
        final int n = track.dimension();
        double distance2 = 0.0;
        for (int k = 0; k < 3; k++) {
            final double d = x[k] + x[3 + k] * dt - plotPosition[k];
            distance2 += d * d;
        }
        final double positionVariance = p[0] + p[n + 1] + p[2 * n + 2];
        final double velocityVariance = p[3 * n + 3] + p[4 * n + 4] + p[5 * n + 5];
        final double radius = 6.0 * Math.sqrt(positionVariance + velocityVariance * dt * dt + plotPosition[3])
            + 0.5 * 100.0 * dt * dt;
        return distance2 <= radius * radius;
    }

    /** The live slots the coarse test passes, ascending: what a query must return. */
    static int[] bruteForce(final TrackTable tracks, final double[] plotPosition, final long plotTime) {
        return java.util.stream.IntStream.range(0, tracks.limit()).filter(i -> tracks.slot(i).alive())
            .filter(i -> coarselyNear(tracks.slot(i), plotPosition, (plotTime - tracks.slot(i).timeNanos()) * 1e-9))
            .toArray();
    }

    private int[] query(final double x, final double y, final double z, final double variance, final long time) {
        final int count = index.query(new double[] {x, y, z, variance}, time, out);
        return count == SpatialTrackIndex.NO_PREFILTER ? null : Arrays.copyOf(out, count);
    }

    @Test
    void placesMovesAndRemovesATrack() {
        index.reindex(table, T0);
        final Track a = track(T0, 150_000.0, 250_000.0, 6_400_000.0, 0.0, 0.0, 0.0, 100.0, 10.0);
        index.place(a);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.levelOf(a.slot())).isZero();
        assertThat(index.isCurrent(a)).isTrue();
        assertThat(query(150_100.0, 250_000.0, 6_400_000.0, 100.0, T0)).containsExactly(a.slot());
        assertThat(query(950_000.0, 250_000.0, 6_400_000.0, 100.0, T0)).isEmpty();

        set(a, T0 + SECOND, 950_000.0, 250_000.0, 6_400_000.0, 0.0, 0.0, 0.0, 100.0, 10.0);
        assertThat(index.isCurrent(a)).as("changed but not placed again").isFalse();
        index.place(a);
        assertThat(index.isCurrent(a)).isTrue();
        assertThat(index.size()).isEqualTo(1);
        assertThat(query(150_100.0, 250_000.0, 6_400_000.0, 100.0, T0 + SECOND)).isEmpty();
        assertThat(query(950_000.0, 250_100.0, 6_400_000.0, 100.0, T0 + SECOND)).containsExactly(a.slot());

        table.drop(a);
        index.remove(a);
        index.remove(a);
        assertThat(index.size()).isZero();
        assertThat(index.levelOf(a.slot())).isEqualTo(-1);
        assertThat(index.isCurrent(a)).isFalse();
        assertThat(query(950_000.0, 250_100.0, 6_400_000.0, 100.0, T0 + SECOND)).isEmpty();
    }

    @Test
    void findsTracksOnAndAcrossCellBorders() {
        index.reindex(table, T0);
        // Tracks on a corner of eight cells, and a hair inside each of the eight cells around it.
        final double cx = 3 * CELL;
        final double cy = -2 * CELL;
        final double cz = 63 * CELL;
        index.place(track(T0, cx, cy, cz, 0.0, 0.0, 0.0, 30.0, 1.0));
        for (int octant = 0; octant < 8; octant++) {
            index.place(track(T0, Math.nextAfter(cx, (octant & 1) == 0 ? -1e9 : 1e9),
                Math.nextAfter(cy, (octant & 2) == 0 ? -1e9 : 1e9), Math.nextAfter(cz, (octant & 4) == 0 ? -1e9 : 1e9),
                0.0, 0.0, 0.0, 30.0, 1.0));
        }
        assertThat(index.wideCount()).isZero();
        // Plots on every side of the corner, a few metres off, with a small variance: each must
        // find all nine tracks, which sit in as many as eight different cells.
        for (int octant = 0; octant < 8; octant++) {
            final double[] plot = {cx + ((octant & 1) == 0 ? -3.0 : 3.0), cy + ((octant & 2) == 0 ? -3.0 : 3.0),
                cz + ((octant & 4) == 0 ? -3.0 : 3.0), 1.0};
            assertThat(query(plot[0], plot[1], plot[2], plot[3], T0)).containsExactly(bruteForce(table, plot, T0))
                .hasSize(9);
        }
        // A plot just beyond the coarse radius of a track on a cell face finds nothing, one just
        // inside finds it, across the face.
        final Track face = track(T0, 7 * CELL, 40_000.0, 6_420_000.0, 0.0, 0.0, 0.0, 10.0, 0.0);
        index.place(face);
        final double radius = 6.0 * Math.sqrt(300.0);
        assertThat(query(7 * CELL - radius * 0.999, 40_000.0, 6_420_000.0, 0.0, T0)).containsExactly(face.slot());
        assertThat(query(7 * CELL - radius * 1.001, 40_000.0, 6_420_000.0, 0.0, T0)).isEmpty();
    }

    @Test
    void putsTracksAQueryCannotReachInCoarserLevelsOrTheWideList() {
        final Track early = track(T0, 0.0, 0.0, 6_400_000.0, 0.0, 0.0, 0.0, 100.0, 10.0);
        index.place(early);
        assertThat(index.levelOf(early.slot())).as("placed before any epoch").isEqualTo(index.levels());
        index.reindex(table, T0);
        assertThat(index.levelOf(early.slot())).isZero();
        assertThat(index.epochNanos()).isEqualTo(T0);

        // A tentative track: 3,000 m/s velocity sigma; over 5 s that is ~157 km of coarse radius.
        final Track tentative = track(T0, 0.0, 0.0, 6_400_000.0, 0.0, 0.0, 0.0, 300.0, 3_000.0);
        // 60 km of reach: level 1 (400 km cells, 100 km reach).
        final Track loose = track(T0, 0.0, 0.0, 6_400_000.0, 0.0, 0.0, 0.0, 3_000.0, 1_000.0);
        // Silent for 120 s: 50 (125 s)^2 = 781 km of unmodelled drift.
        final Track coasting = track(T0 - 120 * SECOND, 0.0, 0.0, 6_400_000.0, 0.0, 0.0, 0.0, 100.0, 10.0);
        final Track fast = track(T0, 0.0, 0.0, 6_400_000.0, 8_500.0, 0.0, 0.0, 100.0, 10.0);
        final Track broken = track(T0, 0.0, 0.0, 6_400_000.0, 0.0, 0.0, 0.0, 100.0, 10.0);
        broken.covariance()[7] = Double.NaN;
        final Track negative = track(T0, 0.0, 0.0, 6_400_000.0, 0.0, 0.0, 0.0, 100.0, 10.0);
        negative.covariance()[21] = -1e3;
        final Track faraway = track(T0, 1e12, 0.0, 0.0, 0.0, 0.0, 0.0, 100.0, 10.0);
        for (final Track t : new Track[] {tentative, loose, coasting, fast, broken, negative, faraway}) {
            index.place(t);
            assertThat(index.isCurrent(t)).isTrue();
        }
        assertThat(index.levelOf(tentative.slot())).isEqualTo(2);
        assertThat(index.levelOf(loose.slot())).isEqualTo(1);
        for (final Track t : new Track[] {coasting, fast, broken, negative, faraway}) {
            assertThat(index.levelOf(t.slot())).as("slot %d", t.slot()).isEqualTo(index.levels());
        }
        assertThat(index.wideCount()).isEqualTo(5);
        assertThat(index.size()).isEqualTo(table.alive());
        // Plots anywhere find exactly what the coarse test passes, wide tracks included.
        final SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 20_000; i++) {
            final double[] plot = {random.nextDouble(-900_000.0, 900_000.0), random.nextDouble(-900_000.0, 900_000.0),
                6_400_000.0 + random.nextDouble(-900_000.0, 900_000.0), random.nextDouble(0.0, 1e8)};
            final long time = T0 + random.nextLong(-HORIZON, HORIZON + 1);
            assertThat(query(plot[0], plot[1], plot[2], plot[3], time)).containsExactly(bruteForce(table, plot, time));
        }
        assertThat(query(0.0, 700_000.0, 6_400_000.0, 0.0, T0)).as("only the coasting track reaches 700 km")
            .containsExactly(coasting.slot());
    }

    @Test
    void findsATrackAtTheEdgeOfItsLevelFromTheFarSideOfItsGate() {
        index.reindex(table, T0);
        // Speed exactly the bound, and a coarse radius over the 5 s horizon just under the
        // finest level's 25 km reach: 6 sqrt(3 s^2) + 50 (5 s)^2 = 24,999 m.
        final double sigma = 23_749.0 / (6.0 * Math.sqrt(3.0));
        final Track edge = track(T0, 3 * CELL, 50_000.0, 6_450_000.0, 8_000.0, 0.0, 0.0, sigma, 0.0);
        index.place(edge);
        assertThat(index.levelOf(edge.slot())).isZero();
        // 5 s before the epoch the track was 40 km back; a plot 24,998 m beyond that is inside
        // its coarse radius and 64,998 m from where it is indexed, across a cell face.
        final double[] plot = {3 * CELL - 40_000.0 - 24_998.0, 50_000.0, 6_450_000.0, 0.0};
        final long time = T0 - HORIZON;
        assertThat(bruteForce(table, plot, time)).containsExactly(edge.slot());
        assertThat(query(plot[0], plot[1], plot[2], plot[3], time)).containsExactly(edge.slot());
        plot[0] -= 2.0;
        assertThat(query(plot[0], plot[1], plot[2], plot[3], time)).isEmpty();
    }

    @Test
    void followsTheEpochWhenReindexed() {
        index.reindex(table, T0);
        final Track mover = track(T0, 10_000.0, 0.0, 6_450_000.0, 7_000.0, 0.0, 0.0, 0.0, 0.0);
        final Track dead = track(T0, 10_000.0, 0.0, 6_450_000.0, 0.0, 0.0, 0.0, 50.0, 5.0);
        index.place(mover);
        index.place(dead);
        final double[] plot = {10_000.0 + 70_000.0, 0.0, 6_450_000.0, 0.0};
        final long later = T0 + 10 * SECOND;
        assertThat(query(plot[0], plot[1], plot[2], plot[3], later)).as("10 s beyond a 5 s horizon").isNull();
        table.drop(dead); // dropped without telling the index: the next reindex removes it
        index.reindex(table, later);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.isCurrent(mover)).isTrue();
        assertThat(index.levelOf(mover.slot())).isZero();
        assertThat(query(plot[0], plot[1], plot[2], plot[3], later)).containsExactly(mover.slot());
        assertThat(query(10_000.0, 0.0, 6_450_000.0, 0.0, later)).isEmpty();
    }

    @Test
    void refusesWhatItCannotBoundAndReportsNoPrefilter() {
        index.reindex(table, T0);
        index.place(track(T0, 0.0, 0.0, 6_400_000.0, 0.0, 0.0, 0.0, 100.0, 10.0));
        assertThat(query(Double.NaN, 0.0, 6_400_000.0, 0.0, T0)).isNull();
        assertThat(query(0.0, Double.POSITIVE_INFINITY, 6_400_000.0, 0.0, T0)).isNull();
        assertThat(query(0.0, 0.0, 6_400_000.0, Double.NaN, T0)).isNull();
        assertThat(query(0.0, 0.0, 6_400_000.0, Double.POSITIVE_INFINITY, T0)).isNull();
        assertThat(query(0.0, 0.0, 6_400_000.0, 0.0, T0 + HORIZON + 1)).isNull();
        assertThat(query(0.0, 0.0, 6_400_000.0, 0.0, T0 - HORIZON - 1)).isNull();
        assertThat(query(0.0, 0.0, 6_400_000.0, 0.0, Long.MIN_VALUE)).isNull();
        assertThat(query(0.0, 0.0, 6_400_000.0, 0.0, T0 + HORIZON)).hasSize(1);
        assertThat(query(0.0, 0.0, 6_400_000.0, 0.0, T0 - HORIZON)).hasSize(1);
        assertThat(query(0.0, 0.0, 6_400_000.0, -5.0, T0)).as("a negative variance shrinks no radius").hasSize(1);
        assertThat(query(0.0, 0.0, 6_400_000.0, 1e300, T0)).as("a huge radius scans every level").hasSize(1);
    }

    @Test
    void holdsAFullTableAndSortsManyCandidatesBySlot() {
        index.reindex(table, T0);
        final SplittableRandom random = new SplittableRandom(3L);
        for (int i = 0; i < table.capacity(); i++) {
            index.place(track(T0, random.nextDouble(-20_000.0, 20_000.0), random.nextDouble(-20_000.0, 20_000.0),
                6_400_000.0 + random.nextDouble(-20_000.0, 20_000.0), 0.0, 0.0, 0.0, 5_000.0, 10.0));
        }
        assertThat(table.create(6, T0)).isNull();
        assertThat(index.size()).isEqualTo(64);
        final double[] plot = {0.0, 0.0, 6_400_000.0, 0.0};
        assertThat(query(plot[0], plot[1], plot[2], plot[3], T0)).hasSize(64).isSorted()
            .containsExactly(bruteForce(table, plot, T0));
        for (int slot = 0; slot < 64; slot += 3) {
            table.drop(table.slot(slot));
            index.remove(table.slot(slot));
        }
        assertThat(query(plot[0], plot[1], plot[2], plot[3], T0)).hasSize(42).isSorted()
            .containsExactly(bruteForce(table, plot, T0));
        assertThatThrownBy(() -> index.query(plot, T0, new int[41])).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("output array of 41 for 42 tracks");
    }

    @Test
    void refusesBadArgumentsAndSlotsBeyondItsCapacity() {
        assertThatThrownBy(() -> new SpatialTrackIndex(0, HORIZON))
            .hasMessageContaining("capacity must be in [1, 2^28], got 0");
        assertThatThrownBy(() -> new SpatialTrackIndex(8, -1)).hasMessageContaining("horizon must be >= 0 ns, got -1");
        assertThatThrownBy(() -> new SpatialTrackIndex(8, HORIZON, 0.0, 3, 8_000.0))
            .hasMessageContaining("cell edge must be finite and > 0 m, got 0.0");
        assertThatThrownBy(() -> new SpatialTrackIndex(8, HORIZON, 1e5, 0, 8_000.0))
            .hasMessageContaining("levels must be in [1, 7], got 0");
        assertThatThrownBy(() -> new SpatialTrackIndex(8, HORIZON, 1e5, 8, 8_000.0))
            .hasMessageContaining("levels must be in [1, 7], got 8");
        assertThatThrownBy(() -> new SpatialTrackIndex(8, HORIZON, 1e5, 3, Double.NaN))
            .hasMessageContaining("maximum speed must be finite and >= 0 m/s, got NaN");
        assertThatThrownBy(() -> new SpatialTrackIndex(8, HORIZON, 1e305, 7, 8_000.0))
            .hasMessageContaining("cell edge of the top level is not finite");
        final SpatialTrackIndex small = new SpatialTrackIndex(2, HORIZON);
        assertThat(small.capacity()).isEqualTo(2);
        assertThat(small.cellM(2)).isEqualTo(1_600_000.0);
        assertThat(small.reachM(0)).isEqualTo(25_000.0);
        assertThat(small.maxSpeedMps()).isEqualTo(8_000.0);
        assertThat(small.horizonNanos()).isEqualTo(HORIZON);
        assertThat(small.epochNanos()).isEqualTo(Long.MIN_VALUE);
        small.place(track(T0, 0.0, 0.0, 6.4e6, 0.0, 0.0, 0.0, 1.0, 1.0));
        small.place(track(T0, 0.0, 0.0, 6.4e6, 0.0, 0.0, 0.0, 1.0, 1.0));
        final Track third = track(T0, 0.0, 0.0, 6.4e6, 0.0, 0.0, 0.0, 1.0, 1.0);
        assertThatThrownBy(() -> small.place(third))
            .hasMessageContaining("track slot 2 is beyond the index capacity 2");
        assertThatThrownBy(() -> small.reindex(table, T0)).hasMessageContaining("beyond the index capacity");
    }

    @Test
    void placingQueryingAndReindexingAllocateNothing() {
        final SplittableRandom random = new SplittableRandom(17L);
        final Track[] live = new Track[48];
        for (int i = 0; i < live.length; i++) {
            live[i] = track(T0, random.nextDouble(-2e6, 2e6), random.nextDouble(-2e6, 2e6), random.nextDouble(5e6, 7e6),
                random.nextDouble(-5e3, 5e3), random.nextDouble(-5e3, 5e3), 0.0, 200.0, i % 8 == 0 ? 3_000.0 : 20.0);
        }
        index.reindex(table, T0);
        final double[] plot = new double[4];
        final long[] clock = {T0};
        final int[] step = {0};
        final long bytes = AllocationMeter.bytesAllocated(() -> {
            final int k = step[0]++;
            final Track t = live[k % live.length];
            final double[] s = t.state();
            // Move the track (across cells now and then), update its time, place it again.
            s[0] += s[3] * 0.01;
            s[1] += s[4] * 0.01;
            t.time(clock[0]);
            index.place(t);
            System.arraycopy(s, 0, plot, 0, 3);
            plot[0] += 300.0;
            plot[3] = 1e4;
            index.query(plot, clock[0] + 50_000_000L, out);
            clock[0] += 1_000_000L;
            if (k % 100 == 0) {
                index.reindex(table, clock[0]);
            }
        }, 200_000, 100_000);
        assertThat(bytes).as("bytes over 100,000 place + query calls").isZero();
    }
}
