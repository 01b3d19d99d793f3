package io.vigil.fusion.engine;

/**
 * One preallocated slot of the ingest ring: a plot (or a clock tick) as primitives, written
 * by a publisher between claim and commit and read by the fusion thread. Absent optional
 * values are NaN. Never escapes the engine; the host writes it through {@code PlotClaim}.
 */
final class PlotSlot {

    /** A radar plot: range, azimuth, elevation, optional range rate. */
    static final int RADAR = 0;
    /** A space IR line-of-sight plot. */
    static final int LINE_OF_SIGHT = 1;
    /** A clock tick: engine time advances without a measurement. */
    static final int TICK = 2;
    /** A change of a defended area (its centre and radius), not a plot. */
    static final int AREA = 3;

    /** No scan: the plot is associated alone. */
    static final long NO_SCAN = Long.MIN_VALUE;

    int kind;
    int sensorIndex;
    long timeNanos;
    long scanId;
    boolean endOfScan;
    long tag;
    double rangeM;
    double azimuthRad;
    double elevationRad;
    double rangeRateMps;
    double sensorX;
    double sensorY;
    double sensorZ;
    double sensorVx;
    double sensorVy;
    double sensorVz;
    double losX;
    double losY;
    double losZ;
    double sigmaRangeM;
    double sigmaAzimuthRad;
    double sigmaElevationRad;
    double sigmaRangeRateMps;
    /** AREA only: the area's index and its new centre and radius (never copied: areas are not buffered). */
    int areaIndex;
    double areaLatitudeRad;
    double areaLongitudeRad;
    double areaRadiusM;

    /** Makes this slot a copy of another (a scan's plots outlive their ring slots). */
    void copyFrom(final PlotSlot other) {
        kind = other.kind;
        sensorIndex = other.sensorIndex;
        timeNanos = other.timeNanos;
        scanId = other.scanId;
        endOfScan = other.endOfScan;
        tag = other.tag;
        rangeM = other.rangeM;
        azimuthRad = other.azimuthRad;
        elevationRad = other.elevationRad;
        rangeRateMps = other.rangeRateMps;
        sensorX = other.sensorX;
        sensorY = other.sensorY;
        sensorZ = other.sensorZ;
        sensorVx = other.sensorVx;
        sensorVy = other.sensorVy;
        sensorVz = other.sensorVz;
        losX = other.losX;
        losY = other.losY;
        losZ = other.losZ;
        sigmaRangeM = other.sigmaRangeM;
        sigmaAzimuthRad = other.sigmaAzimuthRad;
        sigmaElevationRad = other.sigmaElevationRad;
        sigmaRangeRateMps = other.sigmaRangeRateMps;
    }

    /** Resets every field to "absent", so a slot never carries values of the plot before it. */
    void clear() {
        kind = RADAR;
        areaIndex = -1;
        areaLatitudeRad = Double.NaN;
        areaLongitudeRad = Double.NaN;
        areaRadiusM = Double.NaN;
        sensorIndex = -1;
        timeNanos = 0L;
        scanId = NO_SCAN;
        endOfScan = false;
        tag = 0L;
        rangeM = Double.NaN;
        azimuthRad = Double.NaN;
        elevationRad = Double.NaN;
        rangeRateMps = Double.NaN;
        sensorX = Double.NaN;
        sensorY = Double.NaN;
        sensorZ = Double.NaN;
        sensorVx = Double.NaN;
        sensorVy = Double.NaN;
        sensorVz = Double.NaN;
        losX = Double.NaN;
        losY = Double.NaN;
        losZ = Double.NaN;
        sigmaRangeM = Double.NaN;
        sigmaAzimuthRad = Double.NaN;
        sigmaElevationRad = Double.NaN;
        sigmaRangeRateMps = Double.NaN;
    }
}
