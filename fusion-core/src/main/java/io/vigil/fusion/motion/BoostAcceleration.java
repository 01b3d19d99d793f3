package io.vigil.fusion.motion;

/**
 * Free fall ({@link FreeFallAcceleration}) plus a thrust acceleration held in the state
 * (elements 6, 7, 8: ECEF x, y, z, m/s^2): a = g + rotating-frame terms + a_T, so
 * d a / d a_T = I.
 */
final class BoostAcceleration implements Acceleration {

    private static final int N = 9;
    private static final int THRUST = 6;

    private final FreeFallAcceleration freeFall;

    BoostAcceleration(final EarthModel earth) {
        this.freeFall = new FreeFallAcceleration(earth, N);
    }

    @Override
    public int dimension() {
        return N;
    }

    @Override
    public void evaluate(final double[] state, final double[] accelerationOut, final double[] jacobianOut) {
        freeFall.evaluate(state, accelerationOut, jacobianOut);
        for (int i = 0; i < 3; i++) {
            accelerationOut[i] += state[THRUST + i];
        }
        if (jacobianOut != null) {
            for (int i = 0; i < 3; i++) {
                jacobianOut[i * N + THRUST + i] = 1.0;
            }
        }
    }
}
