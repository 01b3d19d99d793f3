package io.vigil.fusion.filter;

/** Exact symmetrisation of a square matrix: the mean of it and its transpose. */
final class Symmetry {

    private Symmetry() {
    }

    /**
     * Writes (A + A^T) / 2 of the n x n row-major matrix {@code in} into {@code out}
     * (which may be {@code in}).
     */
    static void symmetrise(final double[] in, final int n, final double[] out) {
        for (int i = 0; i < n; i++) {
            out[i * n + i] = in[i * n + i];
            for (int j = i + 1; j < n; j++) {
                final double mean = 0.5 * (in[i * n + j] + in[j * n + i]);
                out[i * n + j] = mean;
                out[j * n + i] = mean;
            }
        }
    }
}
