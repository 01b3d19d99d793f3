package io.vigil.fusion.samples.simulation;

import io.vigil.fusion.geo.Geodesic;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.math.StrictTrig;

/**
 * Finds the launch azimuth and the kick angle (or engine cut-off) that land a missile's
 * re-entry vehicle on an aim point, by shooting: fly the full trajectory, see where it
 * lands, correct, fly again.
 *
 * <p>Two nested corrections. Inside, toward a target point, the launch azimuth is the
 * target's bearing and the down-range distance of the impact (the geodesic range times the
 * cosine of the bearing error) is driven to the target's range by Illinois regula falsi over
 * the design's bracket of kick angles ({@link AimMode#KICK_ANGLE}) or burn times ({@link
 * AimMode#ENGINE_CUTOFF}), in which the design makes the down-range distance monotone.
 * Outside, the target point is moved against the miss (impact minus aim point, in the aim
 * point's east-north plane) by Broyden's method: the miss is mostly the Earth turning under
 * the missile (Coriolis), hundreds of kilometres for a lofted flight of 70 minutes, and it
 * changes with the target in a way a plain fixed-point iteration overshoots; Broyden learns
 * that 2x2 sensitivity from the rounds themselves, starting from the identity. It stops
 * when the miss is below {@value #MISS_TOLERANCE} of the range (about 3 km at 1,000 km),
 * typically in two to four rounds.
 */
final class AimSolver {

    private static final double RANGE_TOLERANCE = 0.001;
    private static final double MISS_TOLERANCE = 0.003;
    private static final int MAX_RANGE_ITERATIONS = 40;
    private static final int MAX_AIM_ITERATIONS = 12;

    /**
     * The solved launch.
     *
     * @param azimuthRad launch azimuth, radians clockwise from north
     * @param kickRad kick angle, radians
     * @param burnS thrust time from launch, seconds
     */
    record Solution(double azimuthRad, double kickRad, double burnS) {
    }

    private AimSolver() {
    }

    /**
     * Solves a launch.
     *
     * @param launchId the launch's id, for messages
     * @param threat the missile class
     * @param shot the shots from the launch site
     * @param launchLatitudeRad launch site geodetic latitude, radians
     * @param launchLongitudeRad launch site longitude, radians
     * @param aimLatitudeRad aim point geodetic latitude, radians
     * @param aimLongitudeRad aim point longitude, radians
     * @param truthStepS the truth grid spacing, seconds (the shots' steps end on it)
     * @return the solution
     * @throws IllegalArgumentException if the aim point is outside the class's reach
     */
    static Solution solve(
        final String launchId, final ThreatClass threat, final BallisticShot shot, final double launchLatitudeRad,
        final double launchLongitudeRad, final double aimLatitudeRad, final double aimLongitudeRad,
        final double truthStepS) {
        final MissileDesign design = threat.design();
        final boolean kickMode = design.aimMode() == AimMode.KICK_ANGLE;
        final double low = kickMode ? Math.toRadians(design.kickLowDeg()) : design.cutoffLowFraction() * design.fullBurnS();
        final double high = kickMode ? Math.toRadians(design.kickHighDeg()) : design.fullBurnS();
        final Shooter shooter = new Shooter(shot, kickMode, design, truthStepS);

        final double[] inverse = new double[3];
        Geodesic.inverse(launchLatitudeRad, launchLongitudeRad, aimLatitudeRad, aimLongitudeRad, inverse);
        final double aimRangeM = inverse[Geodesic.DISTANCE];
        final LocalFrame aimFrame = new LocalFrame(aimLatitudeRad, aimLongitudeRad, 0.0);
        final double[] scratch = new double[3];
        // Broyden's method on the target's offset x (east, north from the aim point, metres)
        // against the miss F(x), starting from the Jacobian I of a constant displacement.
        double targetEast = 0.0;
        double targetNorth = 0.0;
        double j11 = 1.0;
        double j12 = 0.0;
        double j21 = 0.0;
        double j22 = 1.0;
        double lastEast = Double.NaN;
        double lastNorth = Double.NaN;
        double lastMissEast = Double.NaN;
        double lastMissNorth = Double.NaN;
        double azimuth = inverse[Geodesic.AZIMUTH_1];
        double targetRangeM = aimRangeM;
        double parameter = Double.NaN;
        double missM = Double.NaN;
        for (int i = 0; i < MAX_AIM_ITERATIONS; i++) {
            shooter.aimAt(azimuth, targetRangeM);
            // The last shot of the range solution is the solution itself: its impact is the one to correct.
            parameter = solveRange(launchId, threat, shooter, low, high, aimRangeM);
            Geodetic.toEcef(shot.impactLatitudeRad(), shot.impactLongitudeRad(), 0.0, scratch);
            aimFrame.ecefToEnu(scratch[0], scratch[1], scratch[2], scratch);
            final double missEast = scratch[0];
            final double missNorth = scratch[1];
            missM = Math.sqrt(missEast * missEast + missNorth * missNorth);
            if (missM < MISS_TOLERANCE * aimRangeM) {
                return solution(kickMode, design, azimuth, parameter);
            }
            if (i > 0) {
                final double dx = targetEast - lastEast;
                final double dy = targetNorth - lastNorth;
                final double dfx = missEast - lastMissEast;
                final double dfy = missNorth - lastMissNorth;
                final double norm = dx * dx + dy * dy;
                final double rx = dfx - (j11 * dx + j12 * dy);
                final double ry = dfy - (j21 * dx + j22 * dy);
                j11 += rx * dx / norm;
                j12 += rx * dy / norm;
                j21 += ry * dx / norm;
                j22 += ry * dy / norm;
            }
            lastEast = targetEast;
            lastNorth = targetNorth;
            lastMissEast = missEast;
            lastMissNorth = missNorth;
            final double det = j11 * j22 - j12 * j21;
            targetEast -= (j22 * missEast - j12 * missNorth) / det;
            targetNorth -= (-j21 * missEast + j11 * missNorth) / det;
            aimFrame.enuToEcef(targetEast, targetNorth, 0.0, scratch);
            Geodetic.fromEcef(scratch[0], scratch[1], scratch[2], scratch);
            Geodesic.inverse(launchLatitudeRad, launchLongitudeRad, scratch[Geodetic.LATITUDE],
                scratch[Geodetic.LONGITUDE], inverse);
            azimuth = inverse[Geodesic.AZIMUTH_1];
            targetRangeM = inverse[Geodesic.DISTANCE];
        }
        throw new IllegalStateException(String.format(
            "launch %s: the aim solution did not converge (miss %.1f km after %d rounds)", launchId, missM / 1e3,
            MAX_AIM_ITERATIONS));
    }

    private static Solution solution(
        final boolean kickMode, final MissileDesign design, final double azimuth, final double parameter) {
        return kickMode
            ? new Solution(azimuth, parameter, design.fullBurnS())
            : new Solution(azimuth, Math.toRadians(design.kickLowDeg()), parameter);
    }

    private static double solveRange(
        final String launchId, final ThreatClass threat, final Shooter shooter, final double low, final double high,
        final double aimRangeM) {
        double a = low;
        double fa = shooter.missM(a);
        double b = high;
        double fb = shooter.missM(b);
        if (fa * fb > 0.0) {
            final double reachLow = Math.min(fa, fb) + shooter.targetRangeM;
            final double reachHigh = Math.max(fa, fb) + shooter.targetRangeM;
            throw new IllegalArgumentException(String.format(
                "launch %s: the aim point is %.0f km away, outside the %s class's reach from there (%.0f to %.0f km)",
                launchId, aimRangeM / 1e3, threat, reachLow / 1e3, reachHigh / 1e3));
        }
        int side = 0;
        double c = a;
        for (int i = 0; i < MAX_RANGE_ITERATIONS; i++) {
            c = (a * fb - b * fa) / (fb - fa);
            final double fc = shooter.missM(c);
            if (Math.abs(fc) < RANGE_TOLERANCE * aimRangeM) {
                return c;
            }
            if (fc * fa > 0.0) {
                a = c;
                fa = fc;
                if (side == -1) {
                    fb *= 0.5;
                }
                side = -1;
            } else {
                b = c;
                fb = fc;
                if (side == 1) {
                    fa *= 0.5;
                }
                side = 1;
            }
        }
        return c;
    }

    /** Flies a shot toward the current target and reports its down-range miss. */
    private static final class Shooter {
        private final BallisticShot shot;
        private final boolean kickMode;
        private final MissileDesign design;
        private final double truthStepS;
        private double azimuthRad;
        private double targetRangeM;

        Shooter(final BallisticShot shot, final boolean kickMode, final MissileDesign design, final double truthStepS) {
            this.shot = shot;
            this.kickMode = kickMode;
            this.design = design;
            this.truthStepS = truthStepS;
        }

        void aimAt(final double azimuth, final double rangeM) {
            this.azimuthRad = azimuth;
            this.targetRangeM = rangeM;
        }

        /** Down-range distance of the impact along the target bearing minus the target's, metres. */
        double missM(final double parameter) {
            if (kickMode) {
                shot.fire(azimuthRad, parameter, design.fullBurnS(), truthStepS);
            } else {
                shot.fire(azimuthRad, Math.toRadians(design.kickLowDeg()), parameter, truthStepS);
            }
            return shot.rangeM() * StrictTrig.cos(shot.impactAzimuthRad() - azimuthRad) - targetRangeM;
        }
    }
}
