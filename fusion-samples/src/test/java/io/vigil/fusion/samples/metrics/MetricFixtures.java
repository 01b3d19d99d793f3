package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthEventRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.track.TrackStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built truth and track records for the metric tests: objects in straight-line motion
 * (which the Hermite interpolation and the constant-velocity extrapolation both reproduce
 * exactly, so every expected value is closed form), tracks at chosen offsets.
 */
final class MetricFixtures {

    /** 2030-03-15T00:00:00Z, the scenario start. */
    static final long T0 = 1_899_763_200_000_000_000L;
    static final long SECOND = 1_000_000_000L;

    private MetricFixtures() {
    }

    /** Nanoseconds of scenario time t seconds. */
    static long at(final double seconds) {
        return T0 + Math.round(seconds * SECOND);
    }

    /** ECEF of a geodetic point, degrees and metres. */
    static double[] ecef(final double latDeg, final double lonDeg, final double heightM) {
        final double[] out = new double[3];
        Geodetic.toEcef(Math.toRadians(latDeg), Math.toRadians(lonDeg), heightM, out);
        return out;
    }

    /** An object moving in a straight line: its state at scenario time t seconds. */
    record Line(String objectId, double[] start, double[] velocity) {

        double[] stateAt(final double seconds) {
            return new double[] {
                start[0] + velocity[0] * seconds, start[1] + velocity[1] * seconds, start[2] + velocity[2] * seconds,
                velocity[0], velocity[1], velocity[2]};
        }

        /** Truth records every second from first to last seconds, both included. */
        List<TruthRecord> truth(final int firstS, final int lastS) {
            final List<TruthRecord> records = new ArrayList<>();
            for (int s = firstS; s <= lastS; s++) {
                final double[] x = stateAt(s);
                records.add(new TruthRecord(at(s), objectId, x[0], x[1], x[2], x[3], x[4], x[5]));
            }
            return records;
        }
    }

    /** A track report with a diagonal covariance (position sigma in m, velocity sigma in m/s). */
    static TrackRecord track(final double seconds, final long trackId, final TrackStatus status, final double[] state,
        final double positionSigmaM, final double velocitySigmaMps) {
        final double[] covariance = new double[36];
        for (int i = 0; i < 6; i++) {
            final double sigma = i < 3 ? positionSigmaM : velocitySigmaMps;
            covariance[6 * i + i] = sigma * sigma;
        }
        return track(seconds, trackId, status, state, covariance);
    }

    /** A track report with a full 6 x 6 covariance (row-major). */
    static TrackRecord track(final double seconds, final long trackId, final TrackStatus status, final double[] state,
        final double[] covariance) {
        final double[] upper = new double[TrackRecord.COVARIANCE_ELEMENTS];
        for (int i = 0; i < 6; i++) {
            for (int j = i; j < 6; j++) {
                upper[TrackRecord.upperIndex(i, j)] = covariance[6 * i + j];
            }
        }
        return new TrackRecord(at(seconds), trackId, status, state[0], state[1], state[2], state[3], state[4], state[5],
            upper, 0.0, 0.0, 0.0, null, Double.NaN, List.of("R1"), List.of("JPN"));
    }

    /** The state plus an offset (6 elements). */
    static double[] plus(final double[] state, final double... offset) {
        final double[] out = state.clone();
        for (int k = 0; k < offset.length; k++) {
            out[k] += offset[k];
        }
        return out;
    }

    /** The geodetic point (degrees) at east and north metres from a surface point. */
    static double[] offsetPoint(final double latDeg, final double lonDeg, final double eastM, final double northM) {
        final LocalFrame frame = new LocalFrame(Math.toRadians(latDeg), Math.toRadians(lonDeg), 0.0);
        final double[] ecef = new double[3];
        frame.enuToEcef(eastM, northM, 0.0, ecef);
        final double[] geodetic = new double[3];
        Geodetic.fromEcef(ecef[0], ecef[1], ecef[2], geodetic);
        return new double[] {Math.toDegrees(geodetic[Geodetic.LATITUDE]), Math.toDegrees(geodetic[Geodetic.LONGITUDE])};
    }

    /** An impact record with an impact ellipse and CEP, and optionally a launch estimate. */
    static ImpactRecord impact(final double seconds, final long trackId, final double impactTimeS, final double latDeg,
        final double lonDeg, final ErrorEllipse ellipse, final double cep50M) {
        return new ImpactRecord(at(seconds), trackId, at(impactTimeS), latDeg, lonDeg, ellipse.semiMajorM(),
            ellipse.semiMinorM(), ellipse.orientationDeg(), cep50M, ImpactRecord.NO_TIME, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN);
    }

    /** An impact record with a launch estimate. */
    static ImpactRecord impactWithLaunch(final double seconds, final long trackId, final double impactTimeS,
        final double latDeg, final double lonDeg, final ErrorEllipse ellipse, final double cep50M,
        final double launchTimeS, final double launchLatDeg, final double launchLonDeg, final ErrorEllipse launch) {
        return new ImpactRecord(at(seconds), trackId, at(impactTimeS), latDeg, lonDeg, ellipse.semiMajorM(),
            ellipse.semiMinorM(), ellipse.orientationDeg(), cep50M, at(launchTimeS), launchLatDeg, launchLonDeg,
            launch.semiMajorM(), launch.semiMinorM(), launch.orientationDeg());
    }

    /** A truth event, times in scenario seconds. */
    static TruthEventRecord event(final String objectId, final double launchS, final double launchLatDeg,
        final double launchLonDeg, final double impactS, final double impactLatDeg, final double impactLonDeg) {
        return new TruthEventRecord(objectId, at(launchS), launchLatDeg, launchLonDeg, at(impactS), impactLatDeg,
            impactLonDeg);
    }
}
