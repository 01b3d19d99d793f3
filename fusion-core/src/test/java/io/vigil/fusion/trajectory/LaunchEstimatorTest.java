package io.vigil.fusion.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.geo.Wgs84;
import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.motion.BoostMotion;
import io.vigil.fusion.motion.Trajectories;
import io.vigil.fusion.testing.Measured;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LaunchEstimator}: a ballistic flight from the ground, flown by the independent
 * Dormand-Prince reference, is traced back to its launch point and time, with an ellipse
 * that is calibrated against sampled initial states; and a powered ascent, flown by an RK4
 * written here, shows the bias of tracing an unobserved boost back ballistically, and its
 * removal by the boost model.
 */
class LaunchEstimatorTest {

    private static final long T0 = 1_780_000_000_000_000_000L;
    private static final double OMEGA = Wgs84.ANGULAR_VELOCITY_RAD_PER_S;

    @Test
    void recoversTheLaunchPointAndTimeOfABallisticFlightFromTheGround() {
        final double[] launch = Trajectories.at(39.0, 126.0, 0.0, 60.0, 40.0, 4_500.0);
        final double flownS = 200.0;
        final double[] midcourse = SurfaceCrossingTest.referenceFlight(launch, flownS);
        final LaunchEstimator estimator = new LaunchEstimator(new BallisticMotion(0.0), 0.0, 3_600.0);
        assertThat(estimator.dimension()).isEqualTo(6);
        final double[] p = diagonal(25.0, 25.0, 25.0, 0.01, 0.01, 0.01);
        final double[] x = midcourse.clone();
        final double[] pCopy = p.clone();
        final ImpactEstimate out = new ImpactEstimate();
        assertThat(estimator.estimate(T0 + Math.round(flownS * 1e9), x, p, out)).isTrue();
        assertThat(x).containsExactly(midcourse);
        assertThat(p).containsExactly(pCopy);
        assertThat(out.valid()).isTrue();
        final double timeErrorS = (out.crossingNanos() - T0) * 1e-9;
        final double[] point = {out.ecef(0), out.ecef(1), out.ecef(2)};
        final double pointErrorM = SurfaceCrossingTest.distance(point, launch);
        Measured.report("launch from a ballistic state 200 s after launch: time error (s)", timeErrorS);
        Measured.report("launch from a ballistic state 200 s after launch: point error (m)", pointErrorM);
        // The crossing is cut to 1 ms (4.5 m of flight); the integrators agree to centimetres.
        assertThat(Math.abs(timeErrorS)).isLessThan(2e-3);
        assertThat(pointErrorM).isLessThan(10.0);
        // Latitude and longitude name the same point as the ECEF coordinates.
        final double[] geodetic = new double[3];
        Geodetic.fromEcef(point[0], point[1], point[2], geodetic);
        assertThat(out.latitudeRad()).isEqualTo(geodetic[Geodetic.LATITUDE]);
        assertThat(out.longitudeRad()).isEqualTo(geodetic[Geodetic.LONGITUDE]);
        // The truth lies within the estimate's own 95 % ellipse.
        final double squared = mahalanobis(out, launch);
        Measured.report("launch point, squared Mahalanobis distance of the truth in the 5 m, 0.1 m/s ellipse",
            squared);
        assertThat(squared).isLessThan(ImpactEllipse.CHI2_95_2D);
    }

    @Test
    void theLaunchEllipseAndTimeSigmaAreCalibratedAgainstSampledStates() {
        final double[] launch = Trajectories.at(39.0, 126.0, 0.0, 60.0, 40.0, 4_500.0);
        final double[] midcourse = SurfaceCrossingTest.referenceFlight(launch, 200.0);
        final double[] p = SurfaceCrossingTest.randomCovariance(new SplittableRandom(8L),
            new double[] {100.0, 100.0, 100.0, 1.0, 1.0, 1.0});
        final LaunchEstimator estimator = new LaunchEstimator(new BallisticMotion(0.0), 0.0, 3_600.0);
        final ImpactEstimate nominal = new ImpactEstimate();
        assertThat(estimator.estimate(T0, midcourse, p, nominal)).isTrue();
        final LocalFrame frame = new LocalFrame().atEcef(nominal.ecef(0), nominal.ecef(1), nominal.ecef(2));
        final double[] lower = new double[36];
        DenseKernels.cholesky(p, lower, 6);
        final SplittableRandom random = new SplittableRandom(9L);
        final int samples = 2_000;
        final double[] sample = new double[6];
        final double[] z = new double[6];
        final double[] zero = new double[36];
        final double[] enu = new double[3];
        final ImpactEstimate drawn = new ImpactEstimate();
        double pointNees = 0.0;
        double timeNees = 0.0;
        final double det = nominal.eastEast() * nominal.northNorth() - nominal.eastNorth() * nominal.eastNorth();
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < 6; i++) {
                z[i] = random.nextGaussian();
            }
            for (int i = 0; i < 6; i++) {
                double sum = midcourse[i];
                for (int k = 0; k <= i; k++) {
                    sum += lower[i * 6 + k] * z[k];
                }
                sample[i] = sum;
            }
            assertThat(estimator.estimate(T0, sample, zero, drawn)).isTrue();
            frame.ecefToEnu(drawn.ecef(0), drawn.ecef(1), drawn.ecef(2), enu);
            pointNees += (nominal.northNorth() * enu[0] * enu[0] - 2.0 * nominal.eastNorth() * enu[0] * enu[1]
                + nominal.eastEast() * enu[1] * enu[1]) / det;
            final double dt = (drawn.crossingNanos() - nominal.crossingNanos()) * 1e-9 / nominal.timeSigmaS();
            timeNees += dt * dt;
        }
        pointNees /= samples;
        timeNees /= samples;
        Measured.report("launch ellipse vs 2,000 sampled states: mean squared Mahalanobis distance (2 expected)",
            pointNees);
        Measured.report("launch time sigma vs 2,000 sampled states: mean normalised error squared (1 expected)",
            timeNees);
        Measured.report("launch point sigma (major, m) for 100 m and 1 m/s at 200 s",
            nominal.ellipse().semiMajor95M() / Math.sqrt(ImpactEllipse.CHI2_95_2D));
        // Means of 2,000 chi-square values: 2 +- 4 x 0.045 (2 dof) and 1 +- 4 x 0.032 (1 dof).
        assertThat(pointNees).isBetween(1.82, 2.18);
        assertThat(timeNees).isBetween(0.87, 1.13);
    }

    @Test
    void backPropagatingAnUnobservedBoostBallisticallyPutsTheLaunchDownrangeAndLate() {
        final Ascent ascent = new Ascent(40.0, 125.0, 90.0, 30.0, 30.0, 100.0);
        final double burnS = 80.0;
        final double[] burnout = ascent.fly(burnS);
        final LaunchEstimator ballistic = new LaunchEstimator(new BallisticMotion(0.0), 0.0, 3_600.0);
        final ImpactEstimate out = new ImpactEstimate();
        // A tracker's covariance at burnout: 50 m and 5 m/s.
        final double[] p = diagonal(2_500.0, 2_500.0, 2_500.0, 25.0, 25.0, 25.0);
        assertThat(ballistic.estimate(T0 + Math.round(burnS * 1e9), burnout.clone(), p, out)).isTrue();
        final double[] enu = new double[3];
        ascent.site.ecefToEnu(out.ecef(0), out.ecef(1), out.ecef(2), enu);
        final double downrangeM = enu[0];
        final double crossrangeM = enu[1];
        final double lateS = (out.crossingNanos() - T0) * 1e-9;
        final double biasM = Math.hypot(downrangeM, crossrangeM);
        // Flat Earth, constant gravity: the burnout arc traced back meets the ground after tau.
        final FlatEarth flat = new FlatEarth(30.0, Math.toRadians(30.0), 100.0, burnS, 9.80);
        Measured.report("ballistic launch estimate from burnout (80 s at 30 m/s^2, 30 deg): downrange bias (m)",
            downrangeM);
        Measured.report("ballistic launch estimate from burnout: cross-range bias (m)", crossrangeM);
        Measured.report("ballistic launch estimate from burnout: time late (s)", lateS);
        Measured.report("ballistic launch estimate from burnout: flat-Earth downrange bias (m)", flat.downrangeBiasM());
        Measured.report("ballistic launch estimate from burnout: flat-Earth time late (s)", flat.lateS());
        Measured.report("ballistic launch estimate from burnout: squared Mahalanobis distance of the truth (50 m, 5 m/s)",
            mahalanobis(out, ascent.launch));
        assertThat(downrangeM).isGreaterThan(10e3);
        assertThat(Math.abs(crossrangeM)).isLessThan(0.1 * downrangeM);
        assertThat(lateS).isGreaterThan(10.0);
        // Curvature, Coriolis and J2 change the flat-Earth figures by a few per cent.
        assertThat(downrangeM / flat.downrangeBiasM()).isBetween(0.85, 1.15);
        assertThat(lateS / flat.lateS()).isBetween(0.85, 1.15);
        // The tracker's own ellipse does not cover the model error.
        assertThat(mahalanobis(out, ascent.launch)).isGreaterThan(ImpactEllipse.CHI2_95_2D);

        // Twenty seconds after launch, with the boost model and the true thrust, the unobserved
        // part is modelled: the launch point comes back.
        final double observedS = 20.0;
        final double[] early = ascent.fly(observedS);
        final double[] boostState = new double[9];
        System.arraycopy(early, 0, boostState, 0, 6);
        System.arraycopy(ascent.thrust, 0, boostState, BoostMotion.THRUST_ACCELERATION, 3);
        final LaunchEstimator boost = new LaunchEstimator(new BoostMotion(0.0), 0.0, 600.0);
        assertThat(boost.dimension()).isEqualTo(9);
        final double[] p9 = diagonal(1.0, 1.0, 1.0, 0.01, 0.01, 0.01, 1e-4, 1e-4, 1e-4);
        final ImpactEstimate boosted = new ImpactEstimate();
        assertThat(boost.estimate(T0 + Math.round(observedS * 1e9), boostState, p9, boosted)).isTrue();
        final double[] point = {boosted.ecef(0), boosted.ecef(1), boosted.ecef(2)};
        final double boostErrorM = SurfaceCrossingTest.distance(point, ascent.launch);
        final double boostTimeErrorS = (boosted.crossingNanos() - T0) * 1e-9;
        Measured.report("boost-model launch estimate 20 s after launch: point error (m)", boostErrorM);
        Measured.report("boost-model launch estimate 20 s after launch: time error (s)", boostTimeErrorS);
        assertThat(boostErrorM).isLessThan(0.1 * biasM);
        assertThat(Math.abs(boostTimeErrorS)).isLessThan(0.1 * lateS);
    }

    @Test
    void findsNoLaunchForAnOrbitAndRejectsANonFiniteSurface() {
        final LaunchEstimator estimator = new LaunchEstimator(new BallisticMotion(0.0), 0.0, 3_600.0);
        final ImpactEstimate out = new ImpactEstimate();
        // Valid first, so that a stale value would show.
        final double[] launch = Trajectories.at(39.0, 126.0, 0.0, 60.0, 40.0, 4_500.0);
        assertThat(estimator.estimate(T0, SurfaceCrossingTest.referenceFlight(launch, 100.0), diagonal(1, 1, 1, 1, 1, 1),
            out)).isTrue();
        final double[] orbit = Trajectories.at(0.0, 0.0, 400e3, 45.0, 0.0, 7_669.0);
        assertThat(estimator.estimate(T0, orbit, diagonal(1, 1, 1, 1, 1, 1), out)).isFalse();
        assertThat(out.valid()).isFalse();
        assertThatThrownBy(() -> new LaunchEstimator(new BallisticMotion(0.0), Double.NaN, 100.0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LaunchEstimator(new BallisticMotion(0.0), 0.0, 0.0))
            .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The flat-Earth, constant-gravity picture of a straight powered climb: thrust A at
     * elevation theta from a launch speed v0 along it, for T seconds; then the ballistic arc
     * through the burnout state, traced back, meets the ground tau seconds before burnout,
     * where 0 = y_b - v_y tau - g tau^2 / 2.
     */
    private record FlatEarth(double thrust, double elevationRad, double launchSpeed, double burnS, double g) {

        double tau() {
            final double vy = launchSpeed * Math.sin(elevationRad) + (thrust * Math.sin(elevationRad) - g) * burnS;
            final double yb = launchSpeed * Math.sin(elevationRad) * burnS
                + 0.5 * (thrust * Math.sin(elevationRad) - g) * burnS * burnS;
            return (-vy + Math.sqrt(vy * vy + 2.0 * g * yb)) / g;
        }

        double downrangeBiasM() {
            final double ax = thrust * Math.cos(elevationRad);
            final double vx0 = launchSpeed * Math.cos(elevationRad);
            final double xb = vx0 * burnS + 0.5 * ax * burnS * burnS;
            return xb - (vx0 + ax * burnS) * tau();
        }

        double lateS() {
            return burnS - tau();
        }
    }

    /**
     * A powered ascent from the ground: a constant thrust acceleration fixed in ECEF at a given
     * azimuth and elevation at the launch site, from a launch speed along it, integrated here by
     * classical RK4 in 1 ms steps with point-mass + J2 gravity and the Coriolis and centrifugal
     * accelerations of the rotating frame.
     */
    private static final class Ascent {
        final LocalFrame site;
        final double[] launch = new double[6];
        final double[] thrust = new double[3];

        Ascent(final double latDeg, final double lonDeg, final double azimuthDeg, final double elevationDeg,
            final double thrustAcceleration, final double launchSpeed) {
            site = new LocalFrame(Math.toRadians(latDeg), Math.toRadians(lonDeg), 0.0);
            final double az = Math.toRadians(azimuthDeg);
            final double el = Math.toRadians(elevationDeg);
            final double[] unit = new double[3];
            site.enuVectorToEcef(Math.cos(el) * Math.sin(az), Math.cos(el) * Math.cos(az), Math.sin(el), unit);
            launch[0] = site.originX();
            launch[1] = site.originY();
            launch[2] = site.originZ();
            for (int i = 0; i < 3; i++) {
                launch[3 + i] = launchSpeed * unit[i];
                thrust[i] = thrustAcceleration * unit[i];
            }
        }

        double[] fly(final double durationS) {
            final double h = 1e-3;
            final int steps = (int) Math.round(durationS / h);
            final double[] y = launch.clone();
            final double[] k1 = new double[6];
            final double[] k2 = new double[6];
            final double[] k3 = new double[6];
            final double[] k4 = new double[6];
            final double[] stage = new double[6];
            for (int s = 0; s < steps; s++) {
                derivative(y, k1);
                for (int i = 0; i < 6; i++) {
                    stage[i] = y[i] + 0.5 * h * k1[i];
                }
                derivative(stage, k2);
                for (int i = 0; i < 6; i++) {
                    stage[i] = y[i] + 0.5 * h * k2[i];
                }
                derivative(stage, k3);
                for (int i = 0; i < 6; i++) {
                    stage[i] = y[i] + h * k3[i];
                }
                derivative(stage, k4);
                for (int i = 0; i < 6; i++) {
                    y[i] += h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
                }
            }
            return y;
        }

        private void derivative(final double[] y, final double[] dy) {
            final double r2 = y[0] * y[0] + y[1] * y[1] + y[2] * y[2];
            final double r = Math.sqrt(r2);
            final double mu = Wgs84.GM_M3_PER_S2;
            final double re = Wgs84.SEMI_MAJOR_AXIS_M;
            // Gradient of -mu/r (1 - J2 (R/r)^2 P2(z/r)).
            final double k = 1.5 * Wgs84.J2 * re * re / r2;
            final double s2 = y[2] * y[2] / r2;
            final double common = -mu / (r2 * r);
            dy[0] = y[3];
            dy[1] = y[4];
            dy[2] = y[5];
            dy[3] = common * y[0] * (1.0 + k * (1.0 - 5.0 * s2)) + 2.0 * OMEGA * y[4] + OMEGA * OMEGA * y[0] + thrust[0];
            dy[4] = common * y[1] * (1.0 + k * (1.0 - 5.0 * s2)) - 2.0 * OMEGA * y[3] + OMEGA * OMEGA * y[1] + thrust[1];
            dy[5] = common * y[2] * (1.0 + k * (3.0 - 5.0 * s2)) + thrust[2];
        }
    }

    /** The squared Mahalanobis distance of a point from an estimate, in its east/north plane. */
    private static double mahalanobis(final ImpactEstimate estimate, final double[] point) {
        final LocalFrame frame = new LocalFrame().atEcef(estimate.ecef(0), estimate.ecef(1), estimate.ecef(2));
        final double[] enu = new double[3];
        frame.ecefToEnu(point[0], point[1], point[2], enu);
        final double ee = estimate.eastEast();
        final double en = estimate.eastNorth();
        final double nn = estimate.northNorth();
        return (nn * enu[0] * enu[0] - 2.0 * en * enu[0] * enu[1] + ee * enu[1] * enu[1]) / (ee * nn - en * en);
    }

    private static double[] diagonal(final double... values) {
        final int n = values.length;
        final double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            m[i * n + i] = values[i];
        }
        return m;
    }
}
