package io.vigil.fusion.measurement;

import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.geo.RadarSpherical;
import io.vigil.fusion.math.StrictTrig;

/**
 * A radar plot: slant range, azimuth and elevation, and optionally range rate, of a target
 * seen from a fixed site or a moving platform.
 *
 * <p>Measurement vector z (m = 3, or 4 with range rate), in the radar spherical frame of
 * {@code docs/CONVENTIONS.md}:
 * <ol start="0">
 *   <li>slant range, metres, the straight-line distance |p - s| (no refraction);</li>
 *   <li>azimuth, radians clockwise from geodetic north, [0, 2pi);</li>
 *   <li>elevation, radians above the local tangent plane (normal to the WGS-84 ellipsoid),
 *       [-pi/2, pi/2];</li>
 *   <li>range rate, m/s, positive when opening: (p - s) . (v - vs) / |p - s|, with p, v the
 *       target's and s, vs the sensor's ECEF position and velocity.</li>
 * </ol>
 * R is diagonal, from per-plot sigmas. Residuals wrap azimuth (and, for safety, elevation)
 * into (-pi, pi], so a plot at 359.9 deg against a prediction at 0.1 deg is -0.2 deg.
 *
 * <p><b>Sensor placement.</b> {@link #site(LocalFrame)} uses a caller's frame by reference
 * and {@link #site(double, double, double)} places the model's own frame once; neither
 * recomputes anything per plot. {@link #platform} re-places the model's own frame at a
 * moving sensor's ECEF position for each plot ({@link LocalFrame#atEcef}) and takes its ECEF
 * velocity for the range rate. A fixed site has zero ECEF velocity.
 *
 * <p><b>Near the zenith</b> (and the nadir, for an airborne radar) azimuth is singular: its
 * Jacobian row has magnitude 1/(r cos el), and an azimuth error sigma_az is only a
 * cross-range error r sigma_az cos el, so taken at face value a plot near the zenith claims
 * an implausibly sharp cross-range position that the linearisation cannot deliver. Above the
 * zenith guard elevation g (|measured el| > g, default {@link #DEFAULT_ZENITH_GUARD_RAD}) the
 * azimuth sigma in R is therefore inflated by cos(g) / cos(el), continuous at g: the
 * cross-range information from azimuth is held at what it was at g, r sigma_az cos g, and it
 * vanishes smoothly toward the zenith (at a measured elevation of exactly pi/2 the azimuth
 * variance is about 1e31 times sigma_az^2, so the update ignores azimuth). The inflation uses
 * the measured elevation, so R is fixed for the plot and independent of the state (as
 * {@link #noise} must be). Where the predicted target is exactly on the vertical, h gives
 * azimuth 0 (the convention of {@link RadarSpherical}), the azimuth Jacobian row is zero and
 * the elevation row is the one-sided derivative from the north. The inflation does not make
 * the azimuth linear: a filter should still gate plots whose horizontal distance from the
 * site, r cos el, is not large against the track's horizontal position uncertainty.
 *
 * <p>A target at zero range predicts (0, 0, 0[, 0]) with a zero Jacobian.
 *
 * <p>A mutable flyweight configured per plot through fluent setters that validate their
 * arguments; one thread only; nothing is allocated per call.
 */
public final class RadarMeasurement implements MeasurementModel {

    /** Index of slant range (m) in z, h(x) and the residual. */
    public static final int RANGE = 0;
    /** Index of azimuth (rad, clockwise from north, [0, 2pi)) in z, h(x) and the residual. */
    public static final int AZIMUTH = 1;
    /** Index of elevation (rad above the tangent plane) in z, h(x) and the residual. */
    public static final int ELEVATION = 2;
    /** Index of range rate (m/s, positive opening) in z, h(x) and the residual, when m = 4. */
    public static final int RANGE_RATE = 3;

    /**
     * Default zenith guard elevation, radians: 80 deg. Below it a plot's azimuth sigma is used
     * as given (radars quote honest azimuth accuracies over their ordinary coverage); above
     * it the azimuth sigma is inflated by cos(80 deg) / cos(el), capping the cross-range
     * accuracy claimed by azimuth at 0.17 r sigma_az.
     */
    public static final double DEFAULT_ZENITH_GUARD_RAD = Math.toRadians(80.0);

    private static final double PI = Math.PI;
    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double HALF_PI = 0.5 * Math.PI;

    private final LocalFrame ownFrame = new LocalFrame();
    /** The frame in use: {@link #ownFrame} or a caller's; null until a sensor is configured. */
    private LocalFrame frame;
    /** Whether {@link #ownFrame} was last placed by site(lat, lon, h) at the values below. */
    private boolean ownFrameAtSite;
    private double siteLatitudeRad;
    private double siteLongitudeRad;
    private double siteHeightM;
    private double sensorVx;
    private double sensorVy;
    private double sensorVz;

    private boolean plotConfigured;
    private boolean withRangeRate;
    private double rangeM;
    private double azimuthRad;
    private double elevationRad;
    private double cosElevation;
    private double rangeRateMps;

    private double rangeSigmaM = Double.NaN;
    private double azimuthSigmaRad = Double.NaN;
    private double elevationSigmaRad = Double.NaN;
    private double rangeRateSigmaMps = Double.NaN;

    private double zenithGuardRad = DEFAULT_ZENITH_GUARD_RAD;
    private double cosZenithGuard = StrictTrig.cos(DEFAULT_ZENITH_GUARD_RAD);

    private final double[] enu = new double[3];
    private final double[] spherical = new double[3];
    private final double[] gradient = new double[3];

    /** Creates an unconfigured model; configure a sensor, a plot and sigmas before use. */
    public RadarMeasurement() {
        // Everything is configured per plot through the setters.
    }

    /**
     * Uses a caller's local frame as a fixed site, by reference: the model reads the frame
     * on every call and does not copy it, so the caller must not re-place it while this
     * model is in use for a plot. Sensor velocity is zero (the site is fixed in ECEF).
     *
     * @param siteFrame the ENU frame at the radar, not null
     * @return this model
     * @throws IllegalArgumentException if {@code siteFrame} is null
     */
    public RadarMeasurement site(final LocalFrame siteFrame) {
        if (siteFrame == null) {
            throw new IllegalArgumentException("site frame must not be null");
        }
        frame = siteFrame;
        setSensorVelocity(0.0, 0.0, 0.0);
        return this;
    }

    /**
     * Places the radar at a fixed WGS-84 site, in the model's own frame. Calling it again
     * with the same values (for example once per plot) does not recompute the frame.
     * Sensor velocity is zero.
     *
     * @param latitudeRad geodetic latitude, radians, [-pi/2, pi/2]
     * @param longitudeRad longitude, radians, positive east, finite
     * @param heightM ellipsoidal height, metres, finite
     * @return this model
     * @throws IllegalArgumentException if a value is outside its range or not finite
     */
    public RadarMeasurement site(final double latitudeRad, final double longitudeRad, final double heightM) {
        Checks.within("site latitude (rad)", latitudeRad, -HALF_PI, HALF_PI, true, "[-pi/2, pi/2]");
        Checks.finite("site longitude (rad)", longitudeRad);
        Checks.finite("site height (m)", heightM);
        final boolean unchanged = ownFrameAtSite
            && Double.compare(latitudeRad, siteLatitudeRad) == 0
            && Double.compare(longitudeRad, siteLongitudeRad) == 0
            && Double.compare(heightM, siteHeightM) == 0;
        if (!unchanged) {
            ownFrame.at(latitudeRad, longitudeRad, heightM);
            ownFrameAtSite = true;
            siteLatitudeRad = latitudeRad;
            siteLongitudeRad = longitudeRad;
            siteHeightM = heightM;
        }
        frame = ownFrame;
        setSensorVelocity(0.0, 0.0, 0.0);
        return this;
    }

    /**
     * Places the radar on a moving platform for this plot: the model's own frame is
     * re-placed at the platform's ECEF position, oriented along the geodetic normal there.
     *
     * @param xM platform ECEF x, metres
     * @param yM platform ECEF y, metres
     * @param zM platform ECEF z, metres
     * @param vxMps platform ECEF velocity x, m/s (used by the range rate)
     * @param vyMps platform ECEF velocity y, m/s
     * @param vzMps platform ECEF velocity z, m/s
     * @return this model
     * @throws IllegalArgumentException if a value is not finite
     */
    public RadarMeasurement platform(
        final double xM, final double yM, final double zM, final double vxMps, final double vyMps, final double vzMps) {
        Checks.finite("platform ECEF x (m)", xM);
        Checks.finite("platform ECEF y (m)", yM);
        Checks.finite("platform ECEF z (m)", zM);
        Checks.finite("platform ECEF vx (m/s)", vxMps);
        Checks.finite("platform ECEF vy (m/s)", vyMps);
        Checks.finite("platform ECEF vz (m/s)", vzMps);
        ownFrame.atEcef(xM, yM, zM);
        ownFrameAtSite = false;
        frame = ownFrame;
        setSensorVelocity(vxMps, vyMps, vzMps);
        return this;
    }

    /**
     * Sets a plot without range rate (m = 3); clears any range rate of an earlier plot.
     *
     * @param measuredRangeM slant range, metres, finite and >= 0
     * @param measuredAzimuthRad azimuth, radians clockwise from geodetic north, [0, 2pi)
     * @param measuredElevationRad elevation above the tangent plane, radians, [-pi/2, pi/2]
     * @return this model
     * @throws IllegalArgumentException if a value is outside its range or NaN
     */
    public RadarMeasurement plot(
        final double measuredRangeM, final double measuredAzimuthRad, final double measuredElevationRad) {
        Checks.within("range (m)", measuredRangeM, 0.0, Double.MAX_VALUE, true, "[0, inf)");
        Checks.within("azimuth (rad)", measuredAzimuthRad, 0.0, TWO_PI, false, "[0, 2pi)");
        Checks.within("elevation (rad)", measuredElevationRad, -HALF_PI, HALF_PI, true, "[-pi/2, pi/2]");
        rangeM = measuredRangeM;
        azimuthRad = measuredAzimuthRad;
        elevationRad = measuredElevationRad;
        cosElevation = StrictTrig.cos(measuredElevationRad);
        withRangeRate = false;
        plotConfigured = true;
        return this;
    }

    /**
     * Sets a plot with range rate (m = 4).
     *
     * @param measuredRangeM slant range, metres, finite and >= 0
     * @param measuredAzimuthRad azimuth, radians clockwise from geodetic north, [0, 2pi)
     * @param measuredElevationRad elevation above the tangent plane, radians, [-pi/2, pi/2]
     * @param measuredRangeRateMps range rate, m/s, positive when opening, finite
     * @return this model
     * @throws IllegalArgumentException if a value is outside its range or not finite
     */
    public RadarMeasurement plot(
        final double measuredRangeM, final double measuredAzimuthRad, final double measuredElevationRad,
        final double measuredRangeRateMps) {
        Checks.finite("range rate (m/s)", measuredRangeRateMps);
        plot(measuredRangeM, measuredAzimuthRad, measuredElevationRad);
        rangeRateMps = measuredRangeRateMps;
        withRangeRate = true;
        return this;
    }

    /**
     * Sets the standard deviations of range, azimuth and elevation; a range-rate sigma set
     * earlier is kept.
     *
     * @param rangeSigmaMetres range sigma, metres, finite and > 0
     * @param azimuthSigmaRadians azimuth sigma, radians, finite and > 0 (inflated in R
     *     above the zenith guard; see the class comment)
     * @param elevationSigmaRadians elevation sigma, radians, finite and > 0
     * @return this model
     * @throws IllegalArgumentException if a sigma is not finite and positive
     */
    public RadarMeasurement sigmas(
        final double rangeSigmaMetres, final double azimuthSigmaRadians, final double elevationSigmaRadians) {
        Checks.positive("range sigma (m)", rangeSigmaMetres);
        Checks.positive("azimuth sigma (rad)", azimuthSigmaRadians);
        Checks.positive("elevation sigma (rad)", elevationSigmaRadians);
        rangeSigmaM = rangeSigmaMetres;
        azimuthSigmaRad = azimuthSigmaRadians;
        elevationSigmaRad = elevationSigmaRadians;
        return this;
    }

    /**
     * Sets the standard deviations of all four elements.
     *
     * @param rangeSigmaMetres range sigma, metres, finite and > 0
     * @param azimuthSigmaRadians azimuth sigma, radians, finite and > 0
     * @param elevationSigmaRadians elevation sigma, radians, finite and > 0
     * @param rangeRateSigma range-rate sigma, m/s, finite and > 0
     * @return this model
     * @throws IllegalArgumentException if a sigma is not finite and positive
     */
    public RadarMeasurement sigmas(
        final double rangeSigmaMetres, final double azimuthSigmaRadians, final double elevationSigmaRadians,
        final double rangeRateSigma) {
        Checks.positive("range-rate sigma (m/s)", rangeRateSigma);
        sigmas(rangeSigmaMetres, azimuthSigmaRadians, elevationSigmaRadians);
        rangeRateSigmaMps = rangeRateSigma;
        return this;
    }

    /**
     * Sets the zenith guard elevation g, a property of the radar rather than of a plot. 0
     * inflates the azimuth sigma by 1/cos(el) at every elevation (treating sigma_az as an
     * angle error in direction space); pi/2 switches the inflation off.
     *
     * @param guardElevationRad g, radians, [0, pi/2]
     * @return this model
     * @throws IllegalArgumentException if g is outside [0, pi/2] or NaN
     */
    public RadarMeasurement zenithGuard(final double guardElevationRad) {
        Checks.within("zenith guard elevation (rad)", guardElevationRad, 0.0, HALF_PI, true, "[0, pi/2]");
        zenithGuardRad = guardElevationRad;
        cosZenithGuard = StrictTrig.cos(guardElevationRad);
        return this;
    }

    /**
     * Returns the zenith guard elevation g, radians.
     *
     * @return the zenith guard elevation g, radians
     */
    public double zenithGuardRad() {
        return zenithGuardRad;
    }

    /**
     * The azimuth standard deviation that {@link #noise} uses for this plot: the configured
     * sigma, inflated by cos(g) / cos(el) when the measured |el| is above the zenith guard g.
     *
     * @return the effective azimuth sigma, radians
     * @throws IllegalStateException if no plot or sigmas are configured
     */
    public double effectiveAzimuthSigmaRad() {
        Checks.configured("radar plot", plotConfigured);
        Checks.configured("radar sigmas", !Double.isNaN(azimuthSigmaRad));
        return cosElevation < cosZenithGuard ? azimuthSigmaRad * (cosZenithGuard / cosElevation) : azimuthSigmaRad;
    }

    /**
     * {@inheritDoc}
     *
     * @return 4 if the current plot has a range rate, otherwise 3
     */
    @Override
    public int dimension() {
        return withRangeRate ? 4 : 3;
    }

    /**
     * Writes the plot: range (m), azimuth (rad), elevation (rad) and, when m = 4, range
     * rate (m/s), at {@link #RANGE}, {@link #AZIMUTH}, {@link #ELEVATION}, {@link #RANGE_RATE}.
     *
     * @throws IllegalStateException if no plot is configured
     */
    @Override
    public void measurement(final double[] measurementOut) {
        Checks.configured("radar plot", plotConfigured);
        measurementOut[RANGE] = rangeM;
        measurementOut[AZIMUTH] = azimuthRad;
        measurementOut[ELEVATION] = elevationRad;
        if (withRangeRate) {
            measurementOut[RANGE_RATE] = rangeRateMps;
        }
    }

    /**
     * Predicts range (m), azimuth (rad, [0, 2pi)), elevation (rad) and, when m = 4, range
     * rate (m/s) of an ECEF state as seen from the sensor; range, azimuth and elevation are
     * those of {@link LocalFrame#ecefToRadar}. The Jacobian rows for range, azimuth and
     * elevation depend on position only; the range-rate row on position and velocity.
     *
     * @throws IllegalArgumentException if {@code stateDimension < 6}
     * @throws IllegalStateException if no sensor is configured
     */
    @Override
    public void predict(
        final double[] state, final int stateDimension, final double[] predictedOut, final double[] jacobianOut) {
        Checks.stateDimension(stateDimension);
        Checks.configured("radar site or platform", frame != null);
        final double x = state[0];
        final double y = state[1];
        final double z = state[2];
        frame.ecefToEnu(x, y, z, enu);
        final double east = enu[0];
        final double north = enu[1];
        final double up = enu[2];
        // The same two calls as LocalFrame.ecefToRadar, so h agrees with it bit for bit.
        RadarSpherical.fromEnu(east, north, up, spherical);
        final double range = spherical[RadarSpherical.RANGE];
        predictedOut[RANGE] = range;
        predictedOut[AZIMUTH] = spherical[RadarSpherical.AZIMUTH];
        predictedOut[ELEVATION] = spherical[RadarSpherical.ELEVATION];

        final double dx = x - frame.originX();
        final double dy = y - frame.originY();
        final double dz = z - frame.originZ();
        final double dvx = state[3] - sensorVx;
        final double dvy = state[4] - sensorVy;
        final double dvz = state[5] - sensorVz;
        final double rangeRate = range > 0.0 ? (dx * dvx + dy * dvy + dz * dvz) / range : 0.0;
        if (withRangeRate) {
            predictedOut[RANGE_RATE] = rangeRate;
        }
        if (jacobianOut == null) {
            return;
        }
        final int n = stateDimension;
        java.util.Arrays.fill(jacobianOut, 0, dimension() * n, 0.0);
        if (range == 0.0) {
            return;
        }
        final double inverseRange = 1.0 / range;
        // Range: the unit line of sight, taken in ECEF directly (no rotation needed).
        setPositionRow(jacobianOut, RANGE * n, dx * inverseRange, dy * inverseRange, dz * inverseRange);

        final double horizontal = Math.sqrt(east * east + north * north);
        if (horizontal > 0.0) {
            // d az / d(E, N, U) = (N, -E, 0) / horizontal^2, then rotated from ENU to ECEF.
            final double scale = 1.0 / (horizontal * horizontal);
            frame.enuVectorToEcef(north * scale, -east * scale, 0.0, gradient);
            setPositionRow(jacobianOut, AZIMUTH * n, gradient[0], gradient[1], gradient[2]);
        }
        // d el / d(E, N, U) = (-U sin az, -U cos az, horizontal) / r^2; on the vertical the
        // azimuth is reported as 0 (north), so the row is the derivative from that side.
        final double sinAz = horizontal > 0.0 ? east / horizontal : 0.0;
        final double cosAz = horizontal > 0.0 ? north / horizontal : 1.0;
        final double inverseRange2 = inverseRange * inverseRange;
        frame.enuVectorToEcef(
            -up * sinAz * inverseRange2, -up * cosAz * inverseRange2, horizontal * inverseRange2, gradient);
        setPositionRow(jacobianOut, ELEVATION * n, gradient[0], gradient[1], gradient[2]);

        if (withRangeRate) {
            // d rr / dp = ((v - vs) - rr u) / r and d rr / dv = u, with u = (p - s) / r.
            final int row = RANGE_RATE * n;
            final double ux = dx * inverseRange;
            final double uy = dy * inverseRange;
            final double uz = dz * inverseRange;
            setPositionRow(
                jacobianOut, row,
                (dvx - rangeRate * ux) * inverseRange,
                (dvy - rangeRate * uy) * inverseRange,
                (dvz - rangeRate * uz) * inverseRange);
            jacobianOut[row + 3] = ux;
            jacobianOut[row + 4] = uy;
            jacobianOut[row + 5] = uz;
        }
    }

    /**
     * a - b element by element, with azimuth and elevation wrapped into (-pi, pi]; range and
     * range rate are plain differences.
     */
    @Override
    public void residual(final double[] a, final double[] b, final double[] residualOut) {
        residualOut[RANGE] = a[RANGE] - b[RANGE];
        residualOut[AZIMUTH] = wrapAngle(a[AZIMUTH] - b[AZIMUTH]);
        residualOut[ELEVATION] = wrapAngle(a[ELEVATION] - b[ELEVATION]);
        if (withRangeRate) {
            residualOut[RANGE_RATE] = a[RANGE_RATE] - b[RANGE_RATE];
        }
    }

    /**
     * Writes the diagonal R: range sigma^2 (m^2), effective azimuth sigma^2 (rad^2, see
     * {@link #effectiveAzimuthSigmaRad}), elevation sigma^2 (rad^2) and, when m = 4,
     * range-rate sigma^2 (m^2/s^2).
     *
     * @throws IllegalStateException if the plot or a sigma it needs is not configured
     */
    @Override
    public void noise(final double[] noiseOut) {
        final double azimuthSigma = effectiveAzimuthSigmaRad();
        final int m = dimension();
        java.util.Arrays.fill(noiseOut, 0, m * m, 0.0);
        noiseOut[RANGE * m + RANGE] = rangeSigmaM * rangeSigmaM;
        noiseOut[AZIMUTH * m + AZIMUTH] = azimuthSigma * azimuthSigma;
        noiseOut[ELEVATION * m + ELEVATION] = elevationSigmaRad * elevationSigmaRad;
        if (withRangeRate) {
            Checks.configured("radar range-rate sigma", !Double.isNaN(rangeRateSigmaMps));
            noiseOut[RANGE_RATE * m + RANGE_RATE] = rangeRateSigmaMps * rangeRateSigmaMps;
        }
    }

    /**
     * Wraps an angle difference into (-pi, pi].
     *
     * @param angleRad any finite angle, radians
     * @return the same angle modulo 2pi, in (-pi, pi]
     */
    static double wrapAngle(final double angleRad) {
        if (angleRad > -PI && angleRad <= PI) {
            return angleRad;
        }
        // % is exact; then one shift of 2pi, also exact (Sterbenz), lands in (-pi, pi].
        double wrapped = angleRad % TWO_PI;
        if (wrapped > PI) {
            wrapped -= TWO_PI;
        } else if (wrapped <= -PI) {
            wrapped += TWO_PI;
        }
        return wrapped;
    }

    private void setSensorVelocity(final double vx, final double vy, final double vz) {
        sensorVx = vx;
        sensorVy = vy;
        sensorVz = vz;
    }

    private static void setPositionRow(
        final double[] jacobian, final int rowStart, final double gx, final double gy, final double gz) {
        jacobian[rowStart] = gx;
        jacobian[rowStart + 1] = gy;
        jacobian[rowStart + 2] = gz;
    }
}
