package io.vigil.fusion.bench;

import io.vigil.fusion.math.StrictTrig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sine plus cosine of one angle: Vigil's {@link StrictTrig} against {@link StrictMath} (the
 * same results, bit for bit) and {@link Math} (intrinsic, platform-dependent results).
 *
 * <pre>
 *   angle (advancing by 0.37 rad, wrapped to [-7, 7)) --> sin + cos --> returned to JMH
 * </pre>
 *
 * <p>Load: a single thread, one angle per call, most of them beyond pi/4 so that argument
 * reduction runs. With {@code -prof gc}: on JDK 21+ {@code StrictMath} allocates 64 B per
 * call here (a {@code double[2]} per sin and per cos), {@code StrictTrig} none.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TrigBenchmark {

    private double angle = 0.1;

    private double nextAngle() {
        double a = angle + 0.37;
        if (a >= 7.0) {
            a -= 14.0;
        }
        angle = a;
        return a;
    }

    /** @return sin + cos by {@link StrictTrig} */
    @Benchmark
    public double strictTrig() {
        final double a = nextAngle();
        return StrictTrig.sin(a) + StrictTrig.cos(a);
    }

    /** @return sin + cos by {@link StrictMath} */
    @Benchmark
    public double strictMath() {
        final double a = nextAngle();
        return StrictMath.sin(a) + StrictMath.cos(a);
    }

    /** @return sin + cos by {@link Math} (not deterministic across platforms) */
    @Benchmark
    public double math() {
        final double a = nextAngle();
        return Math.sin(a) + Math.cos(a);
    }
}
