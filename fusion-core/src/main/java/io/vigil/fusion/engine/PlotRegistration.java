package io.vigil.fusion.engine;

import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.math.StrictTrig;
import io.vigil.fusion.measurement.LineOfSightMeasurement;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.measurement.RadarMeasurement;

/**
 * Registers a validated plot in the engine's frame: configures the measurement model the
 * filters use (the sensor's defaults or the plot's sigma overrides), and for radar plots
 * computes the plot's ECEF position with its covariance, from which the associator's coarse
 * gate and a new track's initial state are taken. Fixed radars keep a measurement model with
 * their site frame placed once; moving radars and IR sensors share one that is re-placed per
 * plot. Fusion thread only; allocation-free.
 */
final class PlotRegistration {

    private final Sensor[] sensors;
    private final RadarMeasurement[] fixedRadars;
    private final LocalFrame[] fixedFrames;
    private final RadarMeasurement movingRadar = new RadarMeasurement();
    private final LocalFrame movingFrame = new LocalFrame();
    private final LineOfSightMeasurement lineOfSight = new LineOfSightMeasurement();
    private double lineOfSightSigma = Double.NaN;
    /** ECEF x, y, z (m) of a radar plot and the trace of its position covariance (m^2); NaN for LOS. */
    private final double[] position = new double[4];
    /** The radar plot's 3 x 3 ECEF position covariance, row-major (m^2). */
    private final double[] positionCovariance = new double[9];
    private final double[] enu = new double[3];
    private LocalFrame frame;

    PlotRegistration(final Sensor[] sensors) {
        this.sensors = sensors.clone();
        this.fixedRadars = new RadarMeasurement[sensors.length];
        this.fixedFrames = new LocalFrame[sensors.length];
        for (int i = 0; i < sensors.length; i++) {
            if (sensors[i].type() == SensorType.RADAR) {
                fixedFrames[i] = new LocalFrame(sensors[i].latitudeRad(), sensors[i].longitudeRad(), sensors[i].heightM());
                fixedRadars[i] = new RadarMeasurement().site(fixedFrames[i]);
            }
        }
    }

    /**
     * Returns a fixed radar's site frame.
     *
     * @param sensor the sensor index
     * @return the frame at the radar's site, or null if the sensor is not a fixed radar
     */
    LocalFrame site(final int sensor) {
        return fixedFrames[sensor];
    }

    /**
     * Configures the measurement model for a validated plot and, for radar plots, the ECEF
     * position and covariance.
     *
     * @return the configured measurement model
     */
    MeasurementModel register(final PlotSlot slot) {
        final Sensor sensor = sensors[slot.sensorIndex];
        if (slot.kind == PlotSlot.LINE_OF_SIGHT) {
            position[0] = Double.NaN;
            lineOfSightSigma = orDefault(slot.sigmaAzimuthRad, sensor.sigmaAzimuthRad());
            return lineOfSight.sensor(slot.sensorX, slot.sensorY, slot.sensorZ)
                .lineOfSight(slot.losX, slot.losY, slot.losZ)
                .sigma(lineOfSightSigma);
        }
        final RadarMeasurement radar;
        if (sensor.type() == SensorType.RADAR) {
            radar = fixedRadars[slot.sensorIndex];
            frame = fixedFrames[slot.sensorIndex];
        } else {
            final boolean velocity = Double.isFinite(slot.sensorVx);
            radar = movingRadar.platform(slot.sensorX, slot.sensorY, slot.sensorZ,
                velocity ? slot.sensorVx : 0.0, velocity ? slot.sensorVy : 0.0, velocity ? slot.sensorVz : 0.0);
            frame = movingFrame.atEcef(slot.sensorX, slot.sensorY, slot.sensorZ);
        }
        final double sigmaRange = orDefault(slot.sigmaRangeM, sensor.sigmaRangeM());
        final double sigmaAzimuth = orDefault(slot.sigmaAzimuthRad, sensor.sigmaAzimuthRad());
        final double sigmaElevation = orDefault(slot.sigmaElevationRad, sensor.sigmaElevationRad());
        final double sigmaRangeRate = orDefault(slot.sigmaRangeRateMps, sensor.sigmaRangeRateMps());
        if (Double.isNaN(slot.rangeRateMps) || Double.isNaN(sigmaRangeRate)) {
            radar.plot(slot.rangeM, slot.azimuthRad, slot.elevationRad).sigmas(sigmaRange, sigmaAzimuth, sigmaElevation);
        } else {
            radar.plot(slot.rangeM, slot.azimuthRad, slot.elevationRad, slot.rangeRateMps)
                .sigmas(sigmaRange, sigmaAzimuth, sigmaElevation, sigmaRangeRate);
        }
        registerPosition(slot.rangeM, slot.azimuthRad, slot.elevationRad, sigmaRange, sigmaAzimuth, sigmaElevation);
        return radar;
    }

    /**
     * The last radar plot's ECEF position and position-covariance trace (see the field); NaN
     * at index 0 after a line-of-sight plot.
     */
    double[] position() {
        return position;
    }

    /** The last radar plot's ECEF position covariance, 3 x 3 row-major (m^2). */
    double[] positionCovariance() {
        return positionCovariance;
    }

    /**
     * The spherical measurement's position and covariance in ECEF: the covariance through the
     * Jacobian of (range, azimuth, elevation) to east-north-up, J diag(sr^2, sa^2, se^2) J^T,
     * rotated from the site's ENU axes to ECEF.
     */
    private void registerPosition(final double range, final double azimuth, final double elevation,
        final double sigmaRange, final double sigmaAzimuth, final double sigmaElevation) {
        frame.radarToEcef(range, azimuth, elevation, enu);
        position[0] = enu[0];
        position[1] = enu[1];
        position[2] = enu[2];
        final double sa = StrictTrig.sin(azimuth);
        final double ca = StrictTrig.cos(azimuth);
        final double se = StrictTrig.sin(elevation);
        final double ce = StrictTrig.cos(elevation);
        // Columns: d/d range, d/d azimuth, d/d elevation of (east, north, up).
        final double j00 = ce * sa;
        final double j01 = range * ce * ca;
        final double j02 = -range * se * sa;
        final double j10 = ce * ca;
        final double j11 = -range * ce * sa;
        final double j12 = -range * se * ca;
        final double j20 = se;
        final double j22 = range * ce;
        final double vr = sigmaRange * sigmaRange;
        final double va = sigmaAzimuth * sigmaAzimuth;
        final double ve = sigmaElevation * sigmaElevation;
        final double[] c = positionCovariance;
        c[0] = j00 * j00 * vr + j01 * j01 * va + j02 * j02 * ve;
        c[4] = j10 * j10 * vr + j11 * j11 * va + j12 * j12 * ve;
        c[8] = j20 * j20 * vr + j22 * j22 * ve;
        c[1] = j00 * j10 * vr + j01 * j11 * va + j02 * j12 * ve;
        c[2] = j00 * j20 * vr + j02 * j22 * ve;
        c[5] = j10 * j20 * vr + j12 * j22 * ve;
        c[3] = c[1];
        c[6] = c[2];
        c[7] = c[5];
        frame.covarianceEnuToEcef(c, c);
        position[3] = c[0] + c[4] + c[8];
    }

    /**
     * Returns the angular sigma of the last line-of-sight plot registered (the plot's own, else
     * its sensor's), radians.
     *
     * @return the sigma, rad
     */
    double lineOfSightSigma() {
        return lineOfSightSigma;
    }

    private static double orDefault(final double override, final double sensorDefault) {
        return Double.isNaN(override) ? sensorDefault : override;
    }
}
