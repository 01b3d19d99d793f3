package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.KINEMATIC;

import io.vigil.fusion.filter.InteractingMultipleModel;
import io.vigil.fusion.motion.MotionModel;

/**
 * A four-state planar motion model padded to the six states Vigil's IMM mixes
 * ({@link InteractingMultipleModel#COMMON}): [x, xdot, h, hdot, p1, p2] with p1, p2
 * constants that no measurement sees (identity transition, no process noise).
 *
 * <p>Why: the IMM takes the first six states of every mode as the common ECEF position and
 * velocity, and {@code ImmMode} rejects a model with fewer, so four-state modes cannot run
 * in it as they are. Padded, every mode carries the same padding mean and covariance, which
 * no filter step changes or couples to the kinematic states (block-diagonal F and Q, zero
 * measurement Jacobian columns), so the mixing's spread-of-means term vanishes for them and
 * the IMM behaves exactly as a four-state IMM would.
 */
final class SixStatePadding implements MotionModel {

    private static final int N = InteractingMultipleModel.COMMON;

    private final MotionModel inner;
    private final double[] innerState = new double[KINEMATIC];
    private final double[] innerMatrix = new double[KINEMATIC * KINEMATIC];

    /**
     * @param inner a model of dimension 4
     */
    SixStatePadding(final MotionModel inner) {
        if (inner.dimension() != KINEMATIC) {
            throw new IllegalArgumentException("pads a 4-state model, got dimension " + inner.dimension());
        }
        this.inner = inner;
    }

    @Override
    public int dimension() {
        return N;
    }

    @Override
    public void propagate(final double[] state, final double dtSeconds, final double[] transitionOut) {
        System.arraycopy(state, 0, innerState, 0, KINEMATIC);
        inner.propagate(innerState, dtSeconds, transitionOut == null ? null : innerMatrix);
        System.arraycopy(innerState, 0, state, 0, KINEMATIC);
        if (transitionOut != null) {
            embed(transitionOut);
            transitionOut[4 * N + 4] = 1.0;
            transitionOut[5 * N + 5] = 1.0;
        }
    }

    @Override
    public void processNoise(final double[] state, final double dtSeconds, final double[] noiseOut) {
        inner.processNoise(state, dtSeconds, innerMatrix);
        embed(noiseOut);
    }

    /** Writes innerMatrix into the top-left 4 x 4 block of a 6 x 6 matrix of zeros. */
    private void embed(final double[] out) {
        java.util.Arrays.fill(out, 0, N * N, 0.0);
        for (int a = 0; a < KINEMATIC; a++) {
            System.arraycopy(innerMatrix, a * KINEMATIC, out, a * N, KINEMATIC);
        }
    }
}
