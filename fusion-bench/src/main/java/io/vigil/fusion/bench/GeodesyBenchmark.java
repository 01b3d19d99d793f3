package io.vigil.fusion.bench;

import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of one geodetic conversion, the operations every radar plot goes through on its way
 * into the engine (registration to ECEF) and every track on its way out (geodetic report).
 *
 * <pre>
 *   1024 precomputed inputs --(one per call, cycling)--> conversion --> Blackhole
 * </pre>
 *
 * <p>Load: a single thread, average time per call over 1024 distinct inputs (surface points
 * and targets up to 1,500 km high within 3,000 km of a radar), so the branch predictor and
 * the JIT cannot specialise on one value. Run with {@code -prof gc} to see the allocation
 * per call, which must be 0 B/op. The command and the figures are in
 * {@code docs/PERFORMANCE.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class GeodesyBenchmark {

    private static final int POINTS = 1024;

    private final double[] latitude = new double[POINTS];
    private final double[] longitude = new double[POINTS];
    private final double[] height = new double[POINTS];
    private final double[] ecef = new double[3 * POINTS];
    private final double[] out = new double[3];
    private final LocalFrame radar = new LocalFrame();
    private int next;

    /** Fills the input tables from a fixed seed. */
    @Setup
    public void setUp() {
        final double siteLat = Math.toRadians(40.88);
        final double siteLon = Math.toRadians(140.33);
        radar.at(siteLat, siteLon, 50.0);
        final SplittableRandom random = new SplittableRandom(42L);
        final double[] point = new double[3];
        for (int i = 0; i < POINTS; i++) {
            latitude[i] = siteLat + random.nextDouble(-0.45, 0.45);
            longitude[i] = siteLon + random.nextDouble(-0.45, 0.45);
            height[i] = random.nextBoolean() ? random.nextDouble(0.0, 3000.0) : random.nextDouble(0.0, 1.5e6);
            Geodetic.toEcef(latitude[i], longitude[i], height[i], point);
            System.arraycopy(point, 0, ecef, 3 * i, 3);
        }
    }

    private int index() {
        final int i = next;
        next = (i + 1) & (POINTS - 1);
        return i;
    }

    /**
     * Geodetic (latitude, longitude, height) to ECEF.
     *
     * @param blackhole sink
     */
    @Benchmark
    public void geodeticToEcef(final Blackhole blackhole) {
        final int i = index();
        Geodetic.toEcef(latitude[i], longitude[i], height[i], out);
        blackhole.consume(out[0] + out[1] + out[2]);
    }

    /**
     * ECEF to geodetic by the closed form (no iteration).
     *
     * @param blackhole sink
     */
    @Benchmark
    public void ecefToGeodetic(final Blackhole blackhole) {
        final int i = 3 * index();
        Geodetic.fromEcef(ecef[i], ecef[i + 1], ecef[i + 2], out);
        blackhole.consume(out[0] + out[1] + out[2]);
    }

    /**
     * ECEF to radar range, azimuth and elevation from a fixed site (frame precomputed, as a
     * fixed radar's is).
     *
     * @param blackhole sink
     */
    @Benchmark
    public void ecefToRadarSpherical(final Blackhole blackhole) {
        final int i = 3 * index();
        radar.ecefToRadar(ecef[i], ecef[i + 1], ecef[i + 2], out);
        blackhole.consume(out[0] + out[1] + out[2]);
    }

    /**
     * Inverse geodesic (distance and azimuths) from the radar site to a point within
     * 3,000 km: an iterative solve with quadrature, not a hot-path operation.
     *
     * @param blackhole sink
     */
    @Benchmark
    public void geodesicInverse(final Blackhole blackhole) {
        final int i = index();
        Geodesic.inverse(radar.latitudeRad(), radar.longitudeRad(), latitude[i], longitude[i], out);
        blackhole.consume(out[0] + out[1] + out[2]);
    }
}
