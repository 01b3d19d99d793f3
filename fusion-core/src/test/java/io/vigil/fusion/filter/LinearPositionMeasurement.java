package io.vigil.fusion.filter;

import io.vigil.fusion.measurement.MeasurementModel;

/** A test measurement: the ECEF position itself, z = [I 0] x + noise, R = sigma^2 I. */
final class LinearPositionMeasurement implements MeasurementModel {

    private final double[] z = new double[3];
    private double variance;

    LinearPositionMeasurement set(final double x, final double y, final double zz, final double sigma) {
        z[0] = x;
        z[1] = y;
        z[2] = zz;
        variance = sigma * sigma;
        return this;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public void measurement(final double[] measurementOut) {
        System.arraycopy(z, 0, measurementOut, 0, 3);
    }

    @Override
    public void predict(final double[] state, final int n, final double[] predictedOut, final double[] jacobianOut) {
        System.arraycopy(state, 0, predictedOut, 0, 3);
        if (jacobianOut != null) {
            java.util.Arrays.fill(jacobianOut, 0, 3 * n, 0.0);
            for (int i = 0; i < 3; i++) {
                jacobianOut[i * n + i] = 1.0;
            }
        }
    }

    @Override
    public void residual(final double[] a, final double[] b, final double[] residualOut) {
        for (int i = 0; i < 3; i++) {
            residualOut[i] = a[i] - b[i];
        }
    }

    @Override
    public void noise(final double[] noiseOut) {
        java.util.Arrays.fill(noiseOut, 0, 9, 0.0);
        noiseOut[0] = variance;
        noiseOut[4] = variance;
        noiseOut[8] = variance;
    }
}
