package io.vigil.fusion.motion;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.testing.AllocationMeter;
import org.junit.jupiter.api.Test;

/**
 * The hot path allocates nothing: propagation with the transition matrix, and process noise,
 * over 100,000 calls after warm-up.
 */
class MotionAllocationTest {

    private static final int WARM_UP = 100_000;
    private static final int CALLS = 100_000;
    @Test
    void ballisticPropagationAndNoiseAllocateNothing() {
        assertAllocatesNothing(new BallisticMotion(1.0), Trajectories.midcourse()[0].state(), 12.0);
    }

    @Test
    void reentryPropagationAndNoiseAllocateNothing() {
        final double[] state = new double[7];
        System.arraycopy(Trajectories.at(30.0, 20.0, 60e3, 70.0, -30.0, 6000.0), 0, state, 0, 6);
        state[ReentryMotion.INVERSE_BALLISTIC_COEFFICIENT] = 2e-4;
        assertAllocatesNothing(new ReentryMotion(1.0, 1e-10), state, 0.6);
    }

    @Test
    void boostPropagationAndNoiseAllocateNothing() {
        final double[] state = new double[9];
        System.arraycopy(Trajectories.at(30.0, 20.0, 60e3, 70.0, 40.0, 2000.0), 0, state, 0, 6);
        state[BoostMotion.THRUST_ACCELERATION] = 30.0;
        assertAllocatesNothing(new BoostMotion(1.0), state, 2.0);
    }

    private static void assertAllocatesNothing(final MotionModel model, final double[] start, final double dt) {
        final int n = model.dimension();
        final double[] state = new double[n];
        final double[] transition = new double[n * n];
        final double[] noise = new double[n * n];
        // Restart from the same state each call, so a re-entry does not end up underground.
        final Runnable work = () -> {
            System.arraycopy(start, 0, state, 0, n);
            model.propagate(state, dt, transition);
            model.processNoise(state, dt, noise);
        };
        assertThat(AllocationMeter.bytesAllocated(work, WARM_UP, CALLS)).isZero();
    }
}
