package io.vigil.fusion.engine;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import io.vigil.fusion.association.AssignmentCost;
import io.vigil.fusion.association.NearestGateAssociator;
import io.vigil.fusion.association.ScanAssignment;
import io.vigil.fusion.association.SpatialTrackIndex;
import io.vigil.fusion.filter.CovarianceException;
import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.geo.LocalFrame;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.BallisticMotion;
import io.vigil.fusion.track.LineOfSightPairing;
import io.vigil.fusion.track.MissedScans;
import io.vigil.fusion.track.MofN;
import io.vigil.fusion.track.RangeRateInitiator;
import io.vigil.fusion.track.ImmTrackFilter;
import io.vigil.fusion.track.SingleModelTrackFilter;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackFilter;
import io.vigil.fusion.track.TrackPrediction;
import io.vigil.fusion.track.TrackScore;
import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.track.TrackTable;
import io.vigil.fusion.track.TrackVerdict;
import io.vigil.fusion.track.TwoPointInitiator;
import io.vigil.fusion.trajectory.AreaWarnings;

/**
 * The fusion thread's work on each ring slot, in DESIGN.md's order: validate, register to
 * ECEF, associate, predict and update (or initiate), confirm, report; and on engine-time
 * steps, maintenance: coasting, reporting at the interval, deletion. The only writer of
 * track state. Allocation-free in steady state.
 *
 * <p><b>Association.</b> The plots of one sensor scan (same sensor and scan id) are buffered
 * (up to the configured maximum per scan, {@link PlotSlot} copies) and assigned jointly by
 * {@link ScanAssignment}: every plot gated against every track (NIS within the chi-square
 * gate, {@link NearestGateAssociator#gateAll}), costs from the sensor's
 * {@link AssignmentCost}, the least total cost over independent clusters, then the updates
 * in plot order and initiation from the plots left over. A buffer is assigned when its scan
 * ends (end-of-scan plot, or a plot of the sensor with another scan id or none), and at the
 * latest at the next maintenance pass (at most 100 ms of engine time later), buffers in the
 * order their first plots arrived; the scan then stays open, a later plot of it is assigned
 * as a further part with the tracks the scan has already hit out of its reach, and its
 * misses are scored when it ends. A scan larger than the buffer is assigned in parts the
 * same way (counted by {@link EngineCounters#scanOverflows()}). A plot without a scan id is
 * associated alone with the best track in its gate. At shutdown the buffers are assigned
 * too.
 *
 * <p><b>Line-of-sight plots</b> (space-based infrared) update the tracks they gate with. One
 * that gates with none is offered to a {@link LineOfSightPairing}: stored, or triangulated
 * with stored plots of other satellites within its coincidence window (0.2 s), and a
 * triangulated point is offered to the two-point initiation as a radar plot's position is. So
 * a track starts only from two triangulated points, that is from at least two satellites at
 * two times; one satellite's lines of sight alone, which carry no range, never start one. A
 * line-of-sight plot that neither gates nor triangulates is kept for 5 s (the out-of-sequence
 * bound, for a partner on a slower link) and then forgotten: the pairing counts it as expired
 * or, when its store is full, evicted.
 *
 * <p><b>Initiation.</b> An unassociated radar plot with a range rate starts a tentative track
 * at once ({@link RangeRateInitiator}: radial velocity from the range rate, the cross
 * components from a prior of the configured sigma). One without a range rate is offered to a
 * {@link TwoPointInitiator}, which stores it or pairs it with a stored unassociated plot of
 * the last 20 s; a track starts only from a pair, with the initiator's state and covariance
 * at the later plot's time (the initiator has its own instance of the configured motion
 * model for the gravity term). Stored plots expire at every maintenance pass.
 *
 * <p><b>Confirmation and deletion</b> by M of N scans ({@link MofN}). A scan is one look of
 * one sensor: the plots of that sensor with one scan id. It ends with its end-of-scan plot,
 * or when a plot of the same sensor with another scan id, or with none, is fused. A track
 * hit by one or more plots of a scan scores one hit; a track the scan's sensor has
 * contributed to before (and, for a fixed radar, whose position is within the radar's
 * maximum range, above its horizon) that the scan did not hit scores a miss when the scan
 * ends, at the scan's time. K consecutive misses in plot time drop it ({@link MissedScans}),
 * once the K-th is the out-of-sequence bound old, so that a late plot of a slower link that
 * would have broken the run in time order still can. A plot without a scan id scores a hit
 * and causes no misses. The plots a track starts from count as its first hits. The
 * tentative timeout, the maximum coasting time and the covariance bounds still apply.
 *
 * <p><b>Out-of-sequence plots.</b> Every track keeps its last plots with its estimate after
 * each ({@link TrackHistory}). A plot older than its track's time is gated against the
 * estimate the track had at that time ({@link RetrodictingTrackFilter}) and fused by
 * re-processing: the estimate before it restored, it and the later plots applied in time
 * order. A plot older than the history reaches is fused from the track propagated back,
 * and counted.
 *
 * <p>The associator takes its coarse candidates from a {@link SpatialTrackIndex}, which this
 * loop keeps current: every created or updated track is placed again, every dropped one
 * removed, and at each maintenance pass the index's epoch moves to the engine clock and every
 * track is re-placed, so that plot times stay within the index's horizon of it.
 */
final class FusionLoop implements EventHandler<PlotSlot> {

    private static final long UNSET = Long.MIN_VALUE;
    /** The processor's sequence: the slots the fusion thread is done with (null until wired). */
    private Sequence consumed;
    /** The largest plot dimension: radar range, azimuth, elevation and range rate. */
    static final int MAX_MEASUREMENT = 4;
    /** Gated tracks kept per plot of a scan (the cheapest; see {@link ScanAssignment}). */
    private static final int MAX_CANDIDATES_PER_PLOT = 8;
    /** Bound on a track's velocity uncertainty, sqrt(trace), m/s: past it nothing is known. */
    private static final double MAX_VELOCITY_SIGMA_MPS = 10_000.0;
    /**
     * Expected new or false plots per scan over a sensor's whole measurement space, for the
     * density beta in the assignment cost.
     */
    private static final double NEW_OR_FALSE_PER_SCAN = 1.0;
    /** Range rates a radar can report span +-10 km/s. */
    private static final double RANGE_RATE_SPAN_MPS = 20_000.0;
    /** Engine-time interval between maintenance passes over the track table. */
    private static final long MAINTENANCE_NANOS = 100_000_000L;

    private final EngineConfiguration config;
    private final RingBuffer<PlotSlot> ring;
    private final EngineCounters counters;
    private final FusionListener listener;
    private final PlotValidator validator;
    private final PlotRegistration registration;
    private final TrackFilter filter;
    /** The filter as the association sees it: late plots predicted from the track's past. */
    private final RetrodictingTrackFilter retrodicting;
    private final NearestGateAssociator associator;
    private final TrackTable tracks;
    private final SpatialTrackIndex index;
    private final TrackView trackView;
    /** Phase, launch and impact of the flight-phase IMM's tracks; null without them. */
    private final TrajectoryStage trajectory;
    private final RejectView rejectView = new RejectView();
    /** Workspace of the predicted reports of coasting tracks. */
    private final TrackPrediction coasted;
    /** Workspace of out-of-sequence re-processing. */
    private final TrackPrediction replayed;
    /** Per track: the plots and checkpoints that re-processing starts from. */
    private final TrackHistory history;
    /** Workspace of a scan's assigned track predicted to its plot. */
    private final TrackPrediction assigned;
    private final ScanAssignment scan;
    /** Per sensor and measurement dimension: the cost of a (plot, track) pair. */
    private final AssignmentCost[][] costs;
    /** Per sensor: the buffered plots of its open scan, and how many. */
    private final PlotSlot[][] scanPlots;
    private final int[] scanCount;
    /** Per sensor: the arrival number of the first plot in its buffer. */
    private final long[] scanSequence;
    private long buffered;
    /** Per plot of the scan being assigned: the id of its track when solved, 0 for none. */
    private final long[] assignedId;
    private final TwoPointInitiator pairing;
    private final LineOfSightPairing triangulation;
    private final RangeRateInitiator rangeRate;
    private final MofN confirmation;
    /** The sequential track score when it confirms instead of M of N, else null. */
    private final TrackScore score;
    /** Per sensor and plot dimension: beta, the density of false plots for the score. */
    private final double[][] falseDensity;
    private final MissedScans missed;
    /** Per sensor: the newest plot time of its open scan, the time its misses are scored at. */
    private final long[] scanTime;
    /** Per sensor: the scan id of its open scan, or {@link PlotSlot#NO_SCAN}. */
    private final long[] openScan;
    /** Per sensor, one bit per track slot: hit by the sensor's open scan. */
    private final long[] hitInScan;
    private final int words;
    private final double[] enu = new double[3];
    private final double[] sensorPosition = new double[3];
    private final double[] sensorVelocity = new double[3];
    private final double[] lineOfSight = new double[3];
    private final double[] geodetic = new double[3];
    private final double[] initialState = new double[6];
    private final double[] initialCovariance = new double[36];
    private long clockNanos = UNSET;
    private long nextMaintenanceNanos = UNSET;
    /** Live tracks that are CONFIRMED or COASTING, kept as statuses change. */
    private long confirmed;

    FusionLoop(final EngineConfiguration config, final RingBuffer<PlotSlot> ring, final EngineCounters counters) {
        this.config = config;
        this.ring = ring;
        this.counters = counters;
        this.listener = config.listener;
        this.validator = new PlotValidator(config.sensors, config.maxSkewNanos, config.outOfSequenceNanos);
        this.registration = new PlotRegistration(config.sensors);
        this.filter = config.motion != null ? new SingleModelTrackFilter(config.motion.get(), MAX_MEASUREMENT)
            : new ImmTrackFilter(config.modes.apply(MAX_MEASUREMENT), config.maxTracks, MAX_MEASUREMENT);
        this.tracks = new TrackTable(config.maxTracks, filter.dimension(), config.maxSensors);
        this.index = new SpatialTrackIndex(config.maxTracks, indexHorizonNanos(config));
        this.history = new TrackHistory(config.maxTracks, config.outOfSequenceDepth, filter);
        this.retrodicting = new RetrodictingTrackFilter(filter, history);
        this.associator = new NearestGateAssociator(retrodicting, config.gateProbability, MAX_MEASUREMENT, index);
        this.trajectory = TrajectoryStage.of(filter, config, counters);
        this.trackView = new TrackView(config.sensors, trajectory);
        this.coasted = filter.newPrediction();
        this.assigned = filter.newPrediction();
        this.replayed = filter.newPrediction();
        this.scan = new ScanAssignment(config.maxPlotsPerScan, config.maxTracks, MAX_CANDIDATES_PER_PLOT);
        this.costs = new AssignmentCost[config.sensors.length][];
        this.scanPlots = new PlotSlot[config.sensors.length][config.maxPlotsPerScan];
        for (int s = 0; s < config.sensors.length; s++) {
            costs[s] = costs(config.sensors[s], config.gateProbability);
            for (int i = 0; i < config.maxPlotsPerScan; i++) {
                scanPlots[s][i] = new PlotSlot();
            }
        }
        this.scanCount = new int[config.sensors.length];
        this.scanSequence = new long[config.sensors.length];
        this.scanTime = new long[config.sensors.length];
        this.assignedId = new long[config.maxPlotsPerScan];
        // The pairing's gravity term needs a 6-state model: the single one, or free fall.
        this.pairing = new TwoPointInitiator(config.initiationCapacity,
            config.motion != null ? config.motion.get() : new BallisticMotion(1.0));
        this.triangulation = new LineOfSightPairing(config.initiationCapacity);
        this.rangeRate = new RangeRateInitiator(config.initialVelocitySigmaMps);
        // Deletion is MissedScans' (in plot time); the window only confirms.
        this.confirmation = new MofN(config.maxTracks, config.confirmationHits, config.confirmationScans,
            Integer.MAX_VALUE);
        this.missed = new MissedScans(config.maxTracks, config.deletionMisses);
        this.score = Double.isNaN(config.scoreFalseConfirmation) ? null
            : new TrackScore(config.maxTracks, config.scoreFalseConfirmation, config.scoreFalseDeletion);
        this.falseDensity = new double[config.sensors.length][MAX_MEASUREMENT + 1];
        for (int s = 0; s < config.sensors.length; s++) {
            for (int m = 2; m <= MAX_MEASUREMENT; m++) {
                falseDensity[s][m] = density(config.sensors[s], m);
            }
        }
        final int sensorCount = config.sensors.length;
        this.openScan = new long[sensorCount];
        java.util.Arrays.fill(openScan, PlotSlot.NO_SCAN);
        this.words = (config.maxTracks + 63) >>> 6;
        this.hitInScan = new long[sensorCount * words];
    }

    /**
     * The largest |plot time - index epoch| a fused plot can have. The epoch is the clock at
     * the last maintenance pass, and the clock is then less than one interval past it: a plot
     * accepted against the clock is at most the out-of-sequence bound behind the epoch, and at
     * most the interval plus the skew bound ahead of it.
     */
    private static long indexHorizonNanos(final EngineConfiguration config) {
        final long ahead = config.maxSkewNanos > Long.MAX_VALUE - MAINTENANCE_NANOS
            ? Long.MAX_VALUE : config.maxSkewNanos + MAINTENANCE_NANOS;
        return Math.max(config.outOfSequenceNanos, ahead);
    }

    /**
     * The pair costs of one sensor, by measurement dimension. beta spreads
     * {@link #NEW_OR_FALSE_PER_SCAN} plots uniformly over the sensor's measurement space:
     * range 0 to its maximum range times every direction (2 pi^2 rad^2 of azimuth and
     * elevation), times a range-rate span for 4-element plots; for lines of sight, the
     * 4 pi sr of directions. A sensor without a maximum range (a ship radar may have one; an
     * infrared satellite has none) gets 3,000 km. The density only sets how a pair's
     * likelihood compares with "new or false"; inside the gate an uncontested pair is always
     * assigned at these densities.
     */
    private static AssignmentCost[] costs(final Sensor sensor, final double gateProbability) {
        final double pd = sensor.detectionProbability();
        final AssignmentCost[] byDimension = new AssignmentCost[MAX_MEASUREMENT + 1];
        for (int m = 2; m <= MAX_MEASUREMENT; m++) {
            byDimension[m] = new AssignmentCost(pd, gatedProbability(pd, gateProbability), density(sensor, m), m);
        }
        return byDimension;
    }

    /** The density beta of {@link #costs} for plots of dimension m (2, 3 or 4). */
    private static double density(final Sensor sensor, final int m) {
        if (m == 2) {
            return NEW_OR_FALSE_PER_SCAN / (4.0 * Math.PI);
        }
        final double range = Double.isFinite(sensor.maxRangeM()) ? sensor.maxRangeM() : 3_000_000.0;
        final double radar = NEW_OR_FALSE_PER_SCAN / (range * 2.0 * Math.PI * Math.PI);
        return m == 3 ? radar : radar / RANGE_RATE_SPAN_MPS;
    }

    /** The gate probability, kept below 1 / P_D (P_D P_G must stay below 1). */
    private static double gatedProbability(final double pd, final double gateProbability) {
        return Math.min(gateProbability, 0.999_999 / pd);
    }

    /** Returns the track table (for tests: the fusion thread's, not thread-safe). */
    TrackTable tracks() {
        return tracks;
    }

    /** Returns the spatial index over the tracks (for tests: the fusion thread's). */
    SpatialTrackIndex index() {
        return index;
    }

    @Override
    public void onEvent(final PlotSlot slot, final long sequence, final boolean endOfBatch) {
        counters.ringBacklog(ring.getCursor() - sequence);
        handle(slot);
        if (endOfBatch && trajectory != null && trajectory.work()) {
            // Idle time: the ring is empty. The batch's slots are released first (what the
            // loop keeps of a plot is copied out of its slot), so that a full ring's producers
            // never wait for this optional work; then the trajectory predictions go on a piece
            // at a time until a plot is claimed (several producers) or published (one): it
            // waits for one piece at most.
            if (consumed != null) {
                consumed.set(sequence);
            }
            while (ring.getCursor() == sequence && trajectory.work()) {
                // one piece per turn
            }
        }
    }

    /** Keeps the processor's sequence, to release a batch's slots before idle work. */
    @Override
    public void setSequenceCallback(final Sequence sequenceCallback) {
        this.consumed = sequenceCallback;
    }

    private void handle(final PlotSlot slot) {
        if (slot.kind == PlotSlot.TICK) {
            counters.incrementFused();
            advanceClock(slot.timeNanos);
            return;
        }
        if (slot.kind == PlotSlot.AREA) {
            area(slot);
            return;
        }
        final RejectReason reason = validator.validate(slot, clockNanos == UNSET ? slot.timeNanos : clockNanos);
        if (reason != null) {
            counters.incrementRejected(reason);
            notifyReject(reason, slot);
            return;
        }
        counters.incrementFused();
        fuse(slot);
        advanceClock(slot.timeNanos);
    }

    /** Applies a defended-area change; an invalid one is rejected and changes nothing. */
    private void area(final PlotSlot slot) {
        if (AreaWarnings.valid(slot.areaIndex, config.areaIds.length, slot.areaLatitudeRad, slot.areaLongitudeRad,
            slot.areaRadiusM)) {
            if (trajectory != null) {
                trajectory.area(slot.areaIndex, slot.areaLatitudeRad, slot.areaLongitudeRad, slot.areaRadiusM,
                    clockNanos);
            }
            counters.incrementFused();
        } else {
            counters.incrementRejected(RejectReason.BAD_AREA);
            notifyReject(RejectReason.BAD_AREA, slot);
        }
    }

    /**
     * The engine is closing, after the last committed plot: buffered scan plots are assigned
     * and applied (nothing fused is lost), without closing their scans (no misses are
     * scored for a scan cut short by the shutdown); the trajectory predictions taken at the
     * last maintenance pass are reported.
     */
    @Override
    public void onShutdown() {
        assignBufferedScans();
        if (trajectory != null) {
            trajectory.deliver(false, clockNanos);
        }
    }

    /** Assigns every buffered scan, in the order their first plots arrived (as fused). */
    private void assignBufferedScans() {
        for (int sensor = oldestBufferedScan(); sensor >= 0; sensor = oldestBufferedScan()) {
            assignScan(sensor);
        }
    }

    private void fuse(final PlotSlot slot) {
        final int sensor = slot.sensorIndex;
        if (openScan[sensor] != PlotSlot.NO_SCAN && openScan[sensor] != slot.scanId) {
            closeScan(sensor);
        }
        if (slot.scanId == PlotSlot.NO_SCAN) {
            associateAlone(slot);
            return;
        }
        if (openScan[sensor] != slot.scanId) {
            scanTime[sensor] = slot.timeNanos;
        }
        openScan[sensor] = slot.scanId;
        scanTime[sensor] = Math.max(scanTime[sensor], slot.timeNanos);
        if (scanCount[sensor] == scanPlots[sensor].length) {
            // A scan larger than the buffer: the part so far is assigned now; the tracks it
            // updated are out of reach for the rest of the scan (they are hit in it).
            counters.incrementScanOverflows();
            assignScan(sensor);
        }
        if (scanCount[sensor] == 0) {
            scanSequence[sensor] = ++buffered;
        }
        scanPlots[sensor][scanCount[sensor]++].copyFrom(slot);
        if (slot.endOfScan) {
            closeScan(sensor);
        }
    }

    /** A plot without a scan: the best track in its gate, else initiation. */
    private void associateAlone(final PlotSlot slot) {
        final MeasurementModel measurement = registration.register(slot);
        final Track track = associator.associate(tracks, measurement, slot.timeNanos, registration.position());
        if (track != null) {
            update(track, measurement, slot, associator.prediction());
        } else {
            initiate(slot);
        }
    }

    /**
     * Assigns a sensor's buffered scan plots jointly ({@link ScanAssignment}): every plot
     * gated against every track (the tracks this scan has already hit excluded), costs from
     * the sensor's {@link AssignmentCost}, the least-cost assignment applied in plot order,
     * and the plots assigned to no track offered to initiation.
     */
    private void assignScan(final int sensor) {
        final int count = scanCount[sensor];
        if (count == 0) {
            return;
        }
        final PlotSlot[] plots = scanPlots[sensor];
        scan.begin();
        for (int i = 0; i < count; i++) {
            final PlotSlot plot = plots[i];
            final MeasurementModel measurement = registration.register(plot);
            final int row = scan.addPlot();
            final AssignmentCost cost = costs[sensor][measurement.dimension()];
            final int gated = associator.gateAll(tracks, measurement, plot.timeNanos, registration.position());
            for (int k = 0; k < gated; k++) {
                final int slot = associator.gatedSlot(k);
                if (!hitInOpenScan(sensor, slot)) {
                    scan.candidate(row, slot, cost.cost(associator.gatedNis(k), associator.gatedLogDeterminant(k),
                        measurement.dimension()));
                }
            }
        }
        scan.solve();
        for (int i = 0; i < count; i++) {
            final int slot = scan.trackOf(i);
            assignedId[i] = slot == ScanAssignment.NONE ? 0L : tracks.slot(slot).id();
        }
        for (int i = 0; i < count; i++) {
            final PlotSlot plot = plots[i];
            final MeasurementModel measurement = registration.register(plot);
            final int slot = scan.trackOf(i);
            // An earlier update of this scan may have dropped the track, and a new one taken its slot.
            final Track track = slot == ScanAssignment.NONE ? null : tracks.slot(slot);
            if (track != null && track.alive() && track.id() == assignedId[i]) {
                try {
                    retrodicting.predict(track, (plot.timeNanos - track.timeNanos()) * 1e-9, assigned);
                } catch (final CovarianceException broken) {
                    drop(track);
                    continue;
                }
                update(track, measurement, plot, assigned);
            } else {
                initiate(plot); // unassigned, or its track is gone: the plot may start one
            }
        }
        scanCount[sensor] = 0;
    }

    /** The sensor whose buffered scan plots arrived first, or -1 if none has any. */
    private int oldestBufferedScan() {
        int oldest = -1;
        for (int s = 0; s < scanCount.length; s++) {
            if (scanCount[s] > 0 && (oldest < 0 || scanSequence[s] < scanSequence[oldest])) {
                oldest = s;
            }
        }
        return oldest;
    }

    private boolean hitInOpenScan(final int sensor, final int slot) {
        return (hitInScan[sensor * words + (slot >>> 6)] & 1L << (slot & 63)) != 0;
    }

    /**
     * Ends a sensor's open scan: every live track the sensor has contributed to and could
     * have seen, but that the scan did not hit, scores a miss (in slot order).
     */
    private void closeScan(final int sensor) {
        assignScan(sensor);
        final int base = sensor * words;
        final LocalFrame site = registration.site(sensor);
        final double maxRange = config.sensors[sensor].maxRangeM();
        for (int i = 0; i < tracks.limit(); i++) {
            final Track track = tracks.slot(i);
            if (!track.alive() || !track.contributed(sensor) || (hitInScan[base + (i >>> 6)] & 1L << (i & 63)) != 0) {
                continue;
            }
            if (site != null) {
                final double[] x = track.state();
                site.ecefToEnu(x[0], x[1], x[2], enu);
                if (!(enu[0] * enu[0] + enu[1] * enu[1] + enu[2] * enu[2] <= maxRange * maxRange)) {
                    continue; // beyond the radar's reach: not a miss
                }
                if (enu[2] < 0.0) {
                    continue; // below the radar's horizon: it cannot see the track, not a miss
                }
            }
            confirmation.miss(i);
            missed.miss(i, scanTime[sensor]);
            if (missed.deleted(i, clockNanos, config.outOfSequenceNanos) || score != null
                && score.miss(i, config.sensors[sensor].detectionProbability(), gatedProbability(
                    config.sensors[sensor].detectionProbability(), config.gateProbability)) == TrackVerdict.DELETE) {
                drop(track);
            }
        }
        java.util.Arrays.fill(hitInScan, base, base + words, 0L);
        openScan[sensor] = PlotSlot.NO_SCAN;
    }

    /**
     * Marks a track slot as hit by a sensor's open scan when the scan id is that scan's.
     *
     * @return true if the slot was already marked (a second plot of the same scan)
     */
    private boolean markHit(final int sensor, final long scanId, final int slot) {
        if (scanId == PlotSlot.NO_SCAN || openScan[sensor] != scanId) {
            return false;
        }
        final int word = sensor * words + (slot >>> 6);
        final long bit = 1L << (slot & 63);
        final boolean marked = (hitInScan[word] & bit) != 0;
        hitInScan[word] |= bit;
        return marked;
    }

    /** Applies a confirmation verdict to a track's status. */
    private void apply(final Track track, final TrackVerdict verdict) {
        if (verdict == TrackVerdict.CONFIRM && track.status() == TrackStatus.TENTATIVE) {
            track.status(TrackStatus.CONFIRMED);
            confirmed++;
            counters.tracks(tracks.alive(), confirmed);
        }
    }

    private void update(final Track track, final MeasurementModel measurement, final PlotSlot slot,
        final TrackPrediction prediction) {
        final boolean late = slot.timeNanos < track.timeNanos();
        boolean reprocessed = false;
        double scoreIncrement = 0.0;
        try {
            if (score != null) {
                final int m = measurement.dimension();
                scoreIncrement = TrackScore.hitIncrement(filter.nis(measurement, prediction),
                    filter.lastLogDeterminant(), m, config.sensors[slot.sensorIndex].detectionProbability(),
                    falseDensity[slot.sensorIndex][m]);
            }
            if (!late) {
                filter.update(track, prediction, measurement);
                filter.save(track, history.after(track, history.insert(track, slot, filter)));
            } else {
                reprocessed = reprocess(track, slot);
                if (!reprocessed) {
                    // Older than the track's history reaches: fused from the track propagated
                    // back to it; the track's time moves back with it (below), and its history
                    // starts again there.
                    counters.incrementOutOfSequenceApproximate();
                    filter.update(track, prediction, measurement);
                }
            }
        } catch (final CovarianceException broken) {
            drop(track);
            return;
        }
        if (!bounded(track.covariance(), track.dimension())) {
            drop(track);
            return;
        }
        if (reprocessed) {
            track.recordLateHit(slot.sensorIndex);
        } else {
            track.recordHit(slot.timeNanos, slot.sensorIndex, slot.tag);
            if (late) {
                history.start(track, filter);
            }
        }
        index.place(track);
        missed.hit(track.slot(), slot.timeNanos);
        if (!markHit(slot.sensorIndex, slot.scanId, track.slot())) {
            final TrackVerdict verdict = confirmation.hit(track.slot());
            if (score == null) {
                apply(track, verdict);
            } else if (score.update(track.slot(), scoreIncrement) == TrackVerdict.DELETE) {
                drop(track);
                return;
            } else {
                apply(track, score.confirmed(track.slot()) ? TrackVerdict.CONFIRM : TrackVerdict.TENTATIVE);
            }
        }
        if (track.status() == TrackStatus.COASTING) {
            track.status(TrackStatus.CONFIRMED);
        }
        report(track, track.status(), track.state(), track.covariance(), track.timeNanos());
    }

    /**
     * Fuses a plot older than the track's time exactly: the track's estimate just before the
     * plot's time restored from its history, the plot applied, and every later plot of the
     * history applied again in time order (each checkpoint saved anew). The track ends at
     * its time as before, as if the plots had come in time order.
     *
     * @return false if the plot is older than the history reaches (nothing changed)
     * @throws CovarianceException if an update fails (the caller drops the track)
     */
    private boolean reprocess(final Track track, final PlotSlot slot) {
        final long end = track.timeNanos();
        final int from = history.insert(track, slot, filter);
        if (from < 0) {
            return false;
        }
        filter.restore(track, history.after(track, from - 1));
        long time = history.timeAfter(track, from - 1);
        for (int k = from; k < history.count(track); k++) {
            final PlotSlot plot = history.plot(track, k);
            final MeasurementModel measurement = registration.register(plot);
            filter.predict(track, (plot.timeNanos - time) * 1e-9, replayed);
            filter.update(track, replayed, measurement);
            filter.save(track, history.after(track, k));
            time = plot.timeNanos;
        }
        track.time(end);
        return true;
    }


    private void initiate(final PlotSlot slot) {
        if (slot.kind == PlotSlot.LINE_OF_SIGHT) {
            triangulate(slot);
            return;
        }
        final Sensor sensor = config.sensors[slot.sensorIndex];
        final double sigmaRangeRate = Double.isNaN(slot.sigmaRangeRateMps) ? sensor.sigmaRangeRateMps()
            : slot.sigmaRangeRateMps;
        if (!Double.isNaN(slot.rangeRateMps) && !Double.isNaN(sigmaRangeRate)) {
            initiateFromRangeRate(slot, sigmaRangeRate);
        } else {
            initiateFromPair(slot);
        }
    }

    /** One-point initiation of a radar plot with range rate. */
    private void initiateFromRangeRate(final PlotSlot slot, final double sigmaRangeRate) {
        final int s = slot.sensorIndex;
        final double[] velocity;
        final LocalFrame site = registration.site(s);
        if (site == null) {
            sensorPosition[0] = slot.sensorX;
            sensorPosition[1] = slot.sensorY;
            sensorPosition[2] = slot.sensorZ;
            final boolean moving = Double.isFinite(slot.sensorVx);
            sensorVelocity[0] = moving ? slot.sensorVx : 0.0;
            sensorVelocity[1] = moving ? slot.sensorVy : 0.0;
            sensorVelocity[2] = moving ? slot.sensorVz : 0.0;
            velocity = sensorVelocity;
        } else {
            sensorPosition[0] = site.originX();
            sensorPosition[1] = site.originY();
            sensorPosition[2] = site.originZ();
            velocity = null;
        }
        final Track track = tracks.create(filter.dimension(), slot.timeNanos);
        if (track == null) {
            counters.incrementTrackTableFull();
            return;
        }
        try {
            rangeRate.initiate(registration.position(), registration.positionCovariance(), sensorPosition, velocity,
                slot.rangeRateMps, sigmaRangeRate, initialState, initialCovariance);
        } catch (final IllegalArgumentException degenerate) {
            tracks.drop(track); // a plot at the sensor: no line of sight to take the range rate along
            return;
        }
        initialise(track, initialState, initialCovariance);
        track.recordHit(slot.timeNanos, slot.sensorIndex, slot.tag);
        started(track, 1, 0.0);
        markHit(slot.sensorIndex, slot.scanId, track.slot());
        report(track, track.status(), track.state(), track.covariance(), slot.timeNanos);
    }

    /** Two-point initiation: a track starts only when the plot pairs with a stored one. */
    private void initiateFromPair(final PlotSlot slot) {
        if (pairing.offer(registration.position(), registration.positionCovariance(), slot.timeNanos,
            slot.sensorIndex, slot.scanId, slot.tag)) {
            startFromPair(slot);
        }
    }

    /**
     * A line-of-sight plot that gated with no track: triangulated with stored ones of other
     * satellites; a point that results is offered to the two-point initiation like a radar
     * plot's position, so that a track starts from two triangulated points.
     */
    private void triangulate(final PlotSlot slot) {
        sensorPosition[0] = slot.sensorX;
        sensorPosition[1] = slot.sensorY;
        sensorPosition[2] = slot.sensorZ;
        lineOfSight[0] = slot.losX;
        lineOfSight[1] = slot.losY;
        lineOfSight[2] = slot.losZ;
        if (triangulation.offer(sensorPosition, lineOfSight, registration.lineOfSightSigma(), slot.timeNanos,
            slot.sensorIndex, slot.tag)
            && pairing.offer(triangulation.position(), triangulation.positionCovariance(), triangulation.timeNanos(),
                slot.sensorIndex, PlotSlot.NO_SCAN, slot.tag)) {
            startFromPair(slot);
        }
    }

    /** Starts a track from the pair the two-point initiation has just formed with a plot. */
    private void startFromPair(final PlotSlot slot) {
        final long time = pairing.timeNanos();
        final Track track = tracks.create(filter.dimension(), time);
        if (track == null) {
            counters.incrementTrackTableFull();
            return;
        }
        initialise(track, pairing.state(), pairing.covariance());
        // In time order, so that the track's time is the later plot's, the estimate's.
        if (pairing.partnerTimeNanos() <= slot.timeNanos) {
            track.recordHit(pairing.partnerTimeNanos(), pairing.partnerSensor(), pairing.partnerTag());
            track.recordHit(slot.timeNanos, slot.sensorIndex, slot.tag);
        } else {
            track.recordHit(slot.timeNanos, slot.sensorIndex, slot.tag);
            track.recordHit(pairing.partnerTimeNanos(), pairing.partnerSensor(), pairing.partnerTag());
        }
        started(track, 2, pairScore(slot));
        if (!track.alive()) {
            return;
        }
        markHit(slot.sensorIndex, slot.scanId, track.slot());
        markHit(pairing.partnerSensor(), pairing.partnerScanId(), track.slot());
        report(track, track.status(), track.state(), track.covariance(), time);
    }

    /**
     * The track score of a track started from a pair: L(1) = ln(beta_NT / beta_FA) = 0 (the
     * engine knows no density of new targets; taking it equal to the false plots' keeps the
     * false-confirmation bound of {@link TrackScore}) plus the second plot's evidence,
     * ln(P_D g / beta_FA), with g the pair's likelihood per cubic metre and beta_FA the radar's
     * density converted to a cubic metre at the plot (a range cell times r^2 cos(elevation)).
     * A pair of triangulated points counts no evidence: their density per cubic metre has no
     * sensor's measurement space to come from.
     */
    private double pairScore(final PlotSlot slot) {
        if (slot.kind != PlotSlot.RADAR) {
            return 0.0;
        }
        final double cosine = Math.max(Math.cos(slot.elevationRad), 1e-3);
        final double perCubicMetre = falseDensity[slot.sensorIndex][3] / (slot.rangeM * slot.rangeM * cosine);
        return StrictMath.log(config.sensors[slot.sensorIndex].detectionProbability()) + pairing.pairLogLikelihood()
            - StrictMath.log(perCubicMetre);
    }

    /** Starts a new track's estimate and its out-of-sequence history. */
    private void initialise(final Track track, final double[] state, final double[] covariance) {
        filter.initialise(track, state, covariance);
        history.start(track, filter);
    }

    /**
     * Starts confirmation for a new track.
     *
     * @param plots the plots it started from (1 or 2)
     * @param initialScore its track score when the score confirms: the evidence of the
     *     plots beyond the first
     */
    private void started(final Track track, final int plots, final double initialScore) {
        index.place(track);
        final TrackVerdict verdict = confirmation.start(track.slot(), Math.min(plots, confirmation.n()));
        missed.start(track.slot(), track.timeNanos());
        counters.tracks(tracks.alive(), confirmed);
        final TrackVerdict decided = score == null ? verdict : score.start(track.slot(), initialScore);
        if (decided == TrackVerdict.DELETE) {
            drop(track); // no usable score (the pair's likelihood was not finite)
        } else {
            apply(track, decided);
        }
    }

    /** Moves engine time forward (never back) and runs maintenance when it is due. */
    private void advanceClock(final long timeNanos) {
        if (clockNanos == UNSET || timeNanos > clockNanos) {
            clockNanos = timeNanos;
        }
        if (nextMaintenanceNanos == UNSET) {
            index.reindex(tracks, clockNanos);
            nextMaintenanceNanos = clockNanos + MAINTENANCE_NANOS;
        } else if (clockNanos >= nextMaintenanceNanos) {
            maintain();
            index.reindex(tracks, clockNanos);
            nextMaintenanceNanos = clockNanos + MAINTENANCE_NANOS;
        }
    }

    /**
     * Coasts, reports at the interval and deletes, in slot order (deterministic). Every live
     * track is reported at least once per report interval of engine time, predicted to the
     * clock from its last update; a track whose predicted uncertainty passes the bounds, or a
     * COASTING one predicted below the ellipsoid (it has come down), is dropped instead.
     *
     * <p>The prediction always starts from the last update, in one step, rather than from the
     * previous report: an IMM mixes its modes at every step, and chaining a coast in short steps
     * lets the modes' differences (a thrust that may have restarted) leak into each other at
     * every step, which measurably loosened re-acquisition after long gaps on the built-in
     * scenarios. The price is a prediction over the whole silence at every report.
     */
    private void maintain() {
        assignBufferedScans();
        if (trajectory != null) {
            trajectory.beginPass(confirmed, clockNanos);
        }
        pairing.expire(clockNanos);
        triangulation.expire(clockNanos);
        for (int i = 0; i < tracks.limit(); i++) {
            final Track track = tracks.slot(i);
            if (!track.alive()) {
                continue;
            }
            final long silent = clockNanos - track.lastUpdateNanos();
            final boolean timedOut = track.status() == TrackStatus.TENTATIVE
                && clockNanos - track.createdNanos() > config.tentativeTimeoutNanos;
            if (timedOut || silent > config.maxCoastNanos || missed.deleted(i, clockNanos, config.outOfSequenceNanos)) {
                drop(track);
                continue;
            }
            if (track.status() == TrackStatus.CONFIRMED && silent > config.coastAfterNanos) {
                track.status(TrackStatus.COASTING);
            }
            if (clockNanos - track.lastReportNanos() >= config.reportIntervalNanos) {
                reportPredicted(track);
            }
            if (trajectory != null && track.alive()) {
                trajectory.refresh(track, clockNanos);
            }
        }
    }

    private void reportPredicted(final Track track) {
        try {
            filter.predict(track, (clockNanos - track.timeNanos()) * 1e-9, coasted);
        } catch (final CovarianceException broken) {
            drop(track);
            return;
        }
        if (!bounded(coasted.covariance(), track.dimension()) || track.status() == TrackStatus.COASTING
            && belowGround(coasted.state())) {
            drop(track);
            return;
        }
        report(track, track.status(), coasted.state(), coasted.covariance(), clockNanos);
    }

    /**
     * Whether a covariance still describes a usable track: position sigma (sqrt of the trace
     * of its block) within the configured bound, velocity sigma within 10 km/s. Past either,
     * the track's gate would take plots from anywhere, or its velocity says nothing.
     */
    private boolean bounded(final double[] p, final int n) {
        final double position = p[0] + p[n + 1] + p[2 * n + 2];
        final double velocity = p[3 * n + 3] + p[4 * n + 4] + p[5 * n + 5];
        return position <= config.maxPositionSigmaM * config.maxPositionSigmaM
            && velocity <= MAX_VELOCITY_SIGMA_MPS * MAX_VELOCITY_SIGMA_MPS;
    }

    /**
     * Whether a state lies below the ellipsoid: a coasting track predicted there is an object
     * that has come down, and no sensor will see it again.
     */
    private boolean belowGround(final double[] state) {
        Geodetic.fromEcef(state[0], state[1], state[2], geodetic);
        return geodetic[Geodetic.HEIGHT] < 0.0;
    }

    private void drop(final Track track) {
        if (track.status() == TrackStatus.CONFIRMED || track.status() == TrackStatus.COASTING) {
            confirmed--;
        }
        tracks.drop(track);
        index.remove(track);
        final int slot = track.slot();
        confirmation.release(slot);
        if (score != null) {
            score.release(slot);
        }
        for (int s = 0; s < openScan.length; s++) {
            hitInScan[s * words + (slot >>> 6)] &= ~(1L << (slot & 63));
        }
        if (trajectory != null) {
            trajectory.dropped(track, clockNanos);
        }
        counters.incrementTracksDropped();
        counters.tracks(tracks.alive(), confirmed);
        trackView.bind(track, TrackStatus.DROPPED, track.state(), track.covariance(), track.timeNanos());
        try {
            listener.onTrackDropped(trackView);
        } catch (final RuntimeException e) {
            counters.incrementListenerExceptions();
        }
    }

    private void report(final Track track, final TrackStatus status, final double[] state, final double[] covariance,
        final long timeNanos) {
        track.reported(clockNanos == UNSET ? timeNanos : Math.max(clockNanos, timeNanos));
        trackView.bind(track, status, state, covariance, timeNanos);
        try {
            listener.onTrack(trackView);
        } catch (final RuntimeException e) {
            counters.incrementListenerExceptions();
        }
    }

    private void notifyReject(final RejectReason reason, final PlotSlot slot) {
        rejectView.bind(reason, slot, clockNanos);
        try {
            listener.onReject(rejectView);
        } catch (final RuntimeException e) {
            counters.incrementListenerExceptions();
        }
    }
}
