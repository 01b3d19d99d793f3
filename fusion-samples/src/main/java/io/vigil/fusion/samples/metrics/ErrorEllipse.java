package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.math.StrictTrig;

/**
 * A reported error ellipse on the ground, centred on the estimate, in the local tangent
 * plane: semi-axes in metres, the major axis at an orientation in degrees clockwise from
 * north (as in {@code impacts.csv}).
 *
 * @param semiMajorM semi-axis along the orientation, metres
 * @param semiMinorM semi-axis across it, metres
 * @param orientationDeg direction of the major axis, degrees clockwise from north
 */
public record ErrorEllipse(double semiMajorM, double semiMinorM, double orientationDeg) {

    /**
     * Whether the ellipse was reported: both semi-axes finite and positive, the orientation finite.
     *
     * @return true if {@link #contains} has a meaning
     */
    public boolean isReported() {
        return semiMajorM > 0.0 && semiMinorM > 0.0 && Double.isFinite(semiMajorM) && Double.isFinite(semiMinorM)
            && Double.isFinite(orientationDeg);
    }

    /**
     * Whether a point lies inside the ellipse or on it: with u the offset along the major axis
     * and v across it, (u / a)^2 + (v / b)^2 &lt;= 1.
     *
     * @param eastM the point's east offset from the centre, metres
     * @param northM its north offset, metres
     * @return true if inside or on the boundary
     */
    public boolean contains(final double eastM, final double northM) {
        final double theta = Math.toRadians(orientationDeg);
        final double sin = StrictTrig.sin(theta);
        final double cos = StrictTrig.cos(theta);
        // Major axis unit vector (east, north) = (sin, cos); the minor axis is 90 deg clockwise
        // from it: (cos, -sin).
        final double u = eastM * sin + northM * cos;
        final double v = eastM * cos - northM * sin;
        final double ua = u / semiMajorM;
        final double vb = v / semiMinorM;
        return ua * ua + vb * vb <= 1.0;
    }
}
