package io.vigil.fusion.engine;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.ProducerType;
import io.vigil.fusion.filter.InteractingMultipleModel;
import io.vigil.fusion.motion.MotionModel;
import io.vigil.fusion.track.FlightModes;
import io.vigil.fusion.track.RangeRateInitiator;
import io.vigil.fusion.trajectory.AreaWarnings;
import io.vigil.fusion.trajectory.ImpactPredictor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The embeddable fusion engine: plots in from any thread through the ingest ring, fused
 * tracks out on {@link FusionListener} callbacks made on the engine's single fusion thread.
 *
 * <pre>
 *   FusionEngine engine = FusionEngine.builder()
 *       .sensor(Sensor.radar("TPY2-SHARIKI", "JPN", lat, lon, h, 15.0, 1e-3, 1e-3, 2.0, 0.9, 3e6))
 *       .listener(myListener)
 *       .build();
 *   engine.start();
 *   PlotPublisher publisher = engine.publisher();          // one per producing thread
 *   publisher.claim().sensor(engine.sensorIndex("TPY2-SHARIKI")).time(t).radar(r, az, el).commit();
 *   ...
 *   engine.close();                                         // drains, then stops
 * </pre>
 *
 * <p>Engine time is plot time (and the host's ticks), never the wall clock. Several engines
 * in one JVM share nothing.
 */
public final class FusionEngine implements AutoCloseable {

    /** How often close() looks whether the fusion thread has drained the ring, ns. */
    private static final long DRAIN_POLL_NANOS = 100_000L;

    private static final System.Logger LOG = System.getLogger(FusionEngine.class.getName());

    private final EngineConfiguration config;
    private final EngineCounters counters = new EngineCounters();
    private final RingBuffer<PlotSlot> ring;
    private final BatchEventProcessor<PlotSlot> processor;
    private final Object lifecycle = new Object();
    private Thread thread;
    private boolean started;
    private boolean closed;

    private FusionEngine(final EngineConfiguration config) {
        this.config = config;
        final ProducerType producerType = config.producers == Producers.SINGLE ? ProducerType.SINGLE : ProducerType.MULTI;
        this.ring = RingBuffer.create(producerType, PlotSlot::new, config.ringSize, waitStrategy(config.wait));
        final FusionLoop loop = new FusionLoop(config, ring, counters);
        this.processor = new BatchEventProcessorBuilder().build(ring, ring.newBarrier(), loop);
        // The loop catches what it expects; anything else is a bug, logged and counted, and the
        // thread goes on (the Disruptor's default handler would stop it).
        this.processor.setExceptionHandler(new ExceptionHandler<>() {
            @Override
            public void handleEventException(final Throwable ex, final long sequence, final PlotSlot event) {
                counters.incrementListenerExceptions();
                LOG.log(System.Logger.Level.ERROR, "fusion thread: unexpected exception at sequence " + sequence, ex);
            }

            @Override
            public void handleOnStartException(final Throwable ex) {
                LOG.log(System.Logger.Level.ERROR, "fusion thread failed to start", ex);
            }

            @Override
            public void handleOnShutdownException(final Throwable ex) {
                LOG.log(System.Logger.Level.ERROR, "fusion thread failed to shut down", ex);
            }
        });
        ring.addGatingSequences(processor.getSequence());
    }

    /**
     * Starts building an engine.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the fusion thread.
     *
     * @throws IllegalStateException if the engine was started or closed before
     */
    public void start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("engine is closed and cannot start again");
            }
            if (started) {
                throw new IllegalStateException("engine is already started");
            }
            thread = config.threadFactory.newThread(processor);
            if (thread == null) {
                throw new IllegalStateException("the thread factory returned no thread");
            }
            thread.start();
            started = true;
            LOG.log(System.Logger.Level.INFO, "fusion engine started: " + config.sensors.length + " sensors, ring "
                + config.ringSize + ", " + config.maxTracks + " tracks, " + config.backPressure);
        }
    }

    /**
     * Drains every plot committed before this call, then stops the fusion thread. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            if (!started) {
                return;
            }
            final long last = ring.getCursor();
            // Parks between checks: a drain can take seconds of fusion work, and a spinning
            // closer would take a core from the fusion thread it is waiting for.
            while (processor.getSequence().get() < last && thread.isAlive()) {
                LockSupport.parkNanos(DRAIN_POLL_NANOS);
            }
            processor.halt();
            try {
                thread.join();
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LOG.log(System.Logger.Level.INFO, "fusion engine stopped: published " + counters.published()
                + ", fused " + counters.fused() + ", rejected " + counters.rejected() + ", dropped " + counters.dropped());
        }
    }

    /**
     * Creates a publisher for one producing thread (keep it; it is not thread-safe).
     *
     * @return a new publisher
     */
    public PlotPublisher publisher() {
        return new PlotPublisher(ring, counters, config.backPressure);
    }

    /**
     * Returns the index of a sensor, as plots name it.
     *
     * @param sensorId the sensor's id
     * @return its index
     * @throws IllegalArgumentException if no sensor has that id
     */
    public int sensorIndex(final String sensorId) {
        for (int i = 0; i < config.sensors.length; i++) {
            if (config.sensors[i].id().equals(sensorId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no sensor with id " + sensorId);
    }

    /**
     * Returns the index of a defended area, as {@link PlotPublisher#defendedArea} and the
     * warnings name it.
     *
     * @param areaId the area's id
     * @return its index
     * @throws IllegalArgumentException if no area has that id
     */
    public int areaIndex(final String areaId) {
        for (int i = 0; i < config.areaIds.length; i++) {
            if (config.areaIds[i].equals(areaId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no defended area with id " + areaId);
    }

    /**
     * Returns the counters, readable from any thread.
     *
     * @return the counters
     */
    public EngineCounters counters() {
        return counters;
    }

    /**
     * Returns the configuration the engine was built with.
     *
     * @return the configuration
     */
    public EngineConfiguration configuration() {
        return config;
    }

    private static WaitStrategy waitStrategy(final FusionThreadWait wait) {
        switch (wait) {
            case BUSY_SPIN:
                return new BusySpinWaitStrategy();
            case BLOCKING:
                return new BlockingWaitStrategy();
            default:
                return new YieldingWaitStrategy();
        }
    }

    /** Builds a {@link FusionEngine}; every value is checked at {@link #build()}. */
    public static final class Builder {

        /** Default ring size, slots. */
        public static final int DEFAULT_RING_SIZE = 1 << 16;
        /**
         * Default maximum live tracks, 1,024: a raid with its debris and the clutter's tentative
         * tracks, with room. Each slot is preallocated with its filter's estimate and
         * out-of-sequence history: about 25 kB with the flight-phase IMM (25 MB for the
         * default), so a host expecting more sets more.
         */
        public static final int DEFAULT_MAX_TRACKS = 1024;
        /** Default maximum number of sensors. */
        public static final int DEFAULT_MAX_SENSORS = 64;
        /** Default maximum plots in one sensor scan. */
        public static final int DEFAULT_MAX_PLOTS_PER_SCAN = 256;
        /** Default gate probability. */
        public static final double DEFAULT_GATE_PROBABILITY = 0.999;
        /** Default skew: how far ahead of engine time a plot may be, 2 s. */
        public static final long DEFAULT_MAX_SKEW_NANOS = 2_000_000_000L;
        /** Default M of the M-of-N confirmation: 3 hits. */
        public static final int DEFAULT_CONFIRMATION_HITS = 3;
        /** Default N of the M-of-N confirmation: a window of 4 scans. */
        public static final int DEFAULT_CONFIRMATION_SCANS = 4;
        /** Default consecutive missed scans that drop a track: 3. */
        public static final int DEFAULT_DELETION_MISSES = 3;
        /** Default number of unassociated radar plots kept for two-point initiation: 1,024. */
        public static final int DEFAULT_INITIATION_CAPACITY = 1024;
        /**
         * Default longest coast, 30 minutes: an intercontinental missile's whole flight, so that
         * a midcourse track outlives any gap in coverage it can have.
         */
        public static final long DEFAULT_MAX_COAST_NANOS = 1_800_000_000_000L;
        /**
         * Default bound on a coasting track's position uncertainty, 100 km (the square root of
         * the trace of its position covariance): about what the ballistic mode's process noise
         * gives after a 35-minute coast, past which the track's gate would take any plot in a
         * region the size of a country.
         */
        public static final double DEFAULT_MAX_POSITION_SIGMA_M = 100_000.0;
        /**
         * Default number of plots per track kept for exact out-of-sequence re-processing: 8,
         * several seconds of updates from three or four radars, more than the spread of the
         * links' latencies usually holds.
         */
        public static final int DEFAULT_OUT_OF_SEQUENCE_DEPTH = 8;
        /** Default out-of-sequence bound, 5 s. */
        public static final long DEFAULT_OUT_OF_SEQUENCE_NANOS = 5_000_000_000L;

        /** Default shortest interval between two impact predictions of one track, 1 s of plot time. */
        public static final long DEFAULT_IMPACT_INTERVAL_NANOS = 1_000_000_000L;

        /**
         * Default mean of the impact prior on kappa = 1 / beta, 1.5e-4 m^2/kg (beta 6,700
         * kg/m^2), with {@link #DEFAULT_IMPACT_KAPPA_SIGMA}: re-entry vehicles, beta from about
         * 3,300 kg/m^2 up at two sigma.
         */
        public static final double DEFAULT_IMPACT_KAPPA_MEAN = 1.5e-4;
        /** Default sigma of the impact prior on kappa, 7.5e-5 m^2/kg. */
        public static final double DEFAULT_IMPACT_KAPPA_SIGMA = 7.5e-5;

        /** Default probability of impact inside a defended area that raises a warning, 0.1. */
        public static final double DEFAULT_WARNING_RAISE = 0.1;
        /** Default probability below which a raised warning clears, 0.05 (hysteresis). */
        public static final double DEFAULT_WARNING_CLEAR = 0.05;

        final List<Sensor> sensors = new ArrayList<>();
        int ringSize = DEFAULT_RING_SIZE;
        int maxTracks = DEFAULT_MAX_TRACKS;
        int maxSensors = DEFAULT_MAX_SENSORS;
        int maxPlotsPerScan = DEFAULT_MAX_PLOTS_PER_SCAN;
        FusionThreadWait wait = FusionThreadWait.YIELDING;
        BackPressure backPressure = BackPressure.BLOCK;
        Producers producers = Producers.MULTI;
        ThreadFactory threadFactory = runnable -> {
            final Thread t = new Thread(runnable, "vigil-fusion");
            t.setDaemon(true);
            return t;
        };
        FusionListener listener = new FusionListener() { };
        Supplier<MotionModel> motion;
        IntFunction<InteractingMultipleModel> modes = FlightModes::standard;
        double gateProbability = DEFAULT_GATE_PROBABILITY;
        long maxSkewNanos = DEFAULT_MAX_SKEW_NANOS;
        long outOfSequenceNanos = DEFAULT_OUT_OF_SEQUENCE_NANOS;
        int confirmationHits = DEFAULT_CONFIRMATION_HITS;
        int confirmationScans = DEFAULT_CONFIRMATION_SCANS;
        int deletionMisses = DEFAULT_DELETION_MISSES;
        /** The score's alpha, or NaN for M-of-N confirmation. */
        double scoreFalseConfirmation = Double.NaN;
        double scoreFalseDeletion = Double.NaN;
        int initiationCapacity = DEFAULT_INITIATION_CAPACITY;
        long reportIntervalNanos = 1_000_000_000L;
        long coastAfterNanos = 5_000_000_000L;
        long maxCoastNanos = DEFAULT_MAX_COAST_NANOS;
        double maxPositionSigmaM = DEFAULT_MAX_POSITION_SIGMA_M;
        int outOfSequenceDepth = DEFAULT_OUT_OF_SEQUENCE_DEPTH;
        long tentativeTimeoutNanos = 20_000_000_000L;
        double initialVelocitySigmaMps = RangeRateInitiator.DEFAULT_CROSS_VELOCITY_SIGMA_MPS;
        boolean impacts = true;
        long impactIntervalNanos = DEFAULT_IMPACT_INTERVAL_NANOS;
        ImpactPredictor.Method impactMethod = ImpactPredictor.Method.LINEARISED;
        double surfaceHeightM;
        double impactKappaMean = DEFAULT_IMPACT_KAPPA_MEAN;
        double impactKappaSigma = DEFAULT_IMPACT_KAPPA_SIGMA;
        final List<String> areaIds = new ArrayList<>();
        final List<double[]> areaCircles = new ArrayList<>();
        double warningRaise = DEFAULT_WARNING_RAISE;
        double warningClear = DEFAULT_WARNING_CLEAR;

        Builder() {
        }

        /**
         * Adds a sensor; its index is the number of sensors added before it.
         *
         * @param sensor the sensor
         * @return this builder
         */
        public Builder sensor(final Sensor sensor) {
            sensors.add(Objects.requireNonNull(sensor, "sensor"));
            return this;
        }

        /**
         * Sets the ring size.
         *
         * @param slots a power of two
         * @return this builder
         */
        public Builder ringSize(final int slots) {
            this.ringSize = slots;
            return this;
        }

        /**
         * Sets the maximum number of live tracks (preallocated).
         *
         * @param tracks at least 1
         * @return this builder
         */
        public Builder maxTracks(final int tracks) {
            this.maxTracks = tracks;
            return this;
        }

        /**
         * Sets the maximum number of sensors: the capacity of each track's record of
         * contributing sensors (preallocated). At least the number of sensors added.
         *
         * @param count at least 1
         * @return this builder
         */
        public Builder maxSensors(final int count) {
            this.maxSensors = count;
            return this;
        }

        /**
         * Sets the maximum number of plots in one sensor scan (plots of one sensor sharing a
         * scan id), the size of the workspace preallocated for associating a scan's plots
         * jointly. The current associator takes plots one at a time and needs none; the value
         * is validated and kept so that a configuration stays valid when joint assignment is
         * enabled.
         *
         * @param plots at least 1
         * @return this builder
         */
        public Builder maxPlotsPerScan(final int plots) {
            this.maxPlotsPerScan = plots;
            return this;
        }

        /**
         * Sets how the fusion thread waits for plots.
         *
         * @param waitStrategy the strategy
         * @return this builder
         */
        public Builder fusionThreadWait(final FusionThreadWait waitStrategy) {
            this.wait = Objects.requireNonNull(waitStrategy, "waitStrategy");
            return this;
        }

        /**
         * Sets the back-pressure policy.
         *
         * @param policy BLOCK or DROP_NEWEST
         * @return this builder
         */
        public Builder backPressure(final BackPressure policy) {
            this.backPressure = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets how many threads publish.
         *
         * @param mode SINGLE or MULTI
         * @return this builder
         */
        public Builder producers(final Producers mode) {
            this.producers = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Sets the factory of the fusion thread.
         *
         * @param factory the factory
         * @return this builder
         */
        public Builder threadFactory(final ThreadFactory factory) {
            this.threadFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * Sets the listener.
         *
         * @param fusionListener called on the fusion thread
         * @return this builder
         */
        public Builder listener(final FusionListener fusionListener) {
            this.listener = Objects.requireNonNull(fusionListener, "fusionListener");
            return this;
        }

        /**
         * Estimates every track with one motion model in an extended Kalman filter, instead of
         * the flight-phase IMM (a new instance per engine; 6 states: ECEF position and
         * velocity). For targets of one kind, such as constant-velocity air tracks.
         *
         * @param model supplies the model
         * @return this builder
         */
        public Builder motion(final Supplier<MotionModel> model) {
            this.motion = Objects.requireNonNull(model, "model");
            this.modes = null;
            return this;
        }

        /**
         * Estimates every track with an interacting multiple model (the default:
         * {@link FlightModes#standard}, boost, ballistic and re-entry). Every mode's state
         * begins with ECEF position and velocity; the tracks report the modes' combination.
         *
         * @param imm builds a new IMM (one per engine) whose filters take measurements of up
         *     to the dimension it is given
         * @return this builder
         */
        public Builder imm(final IntFunction<InteractingMultipleModel> imm) {
            this.modes = Objects.requireNonNull(imm, "imm");
            this.motion = null;
            return this;
        }

        /**
         * Sets the gate probability.
         *
         * @param probability in (0, 1)
         * @return this builder
         */
        public Builder gateProbability(final double probability) {
            this.gateProbability = probability;
            return this;
        }

        /**
         * Sets the time limits of validation.
         *
         * @param maxSkew how far ahead of engine time a plot may be, nanoseconds
         * @param outOfSequence how far behind engine time a plot may be, nanoseconds
         * @return this builder
         */
        public Builder timeLimits(final long maxSkew, final long outOfSequence) {
            this.maxSkewNanos = maxSkew;
            this.outOfSequenceNanos = outOfSequence;
            return this;
        }

        /**
         * Sets M, the scans with plots that confirm a track, keeping N and K (N is raised to
         * M if it is smaller).
         *
         * @param hits at least 1
         * @return this builder
         */
        public Builder confirmationHits(final int hits) {
            this.confirmationHits = hits;
            this.confirmationScans = Math.max(confirmationScans, hits);
            return this;
        }

        /**
         * Sets the M-of-N confirmation and the deletion: a tentative track is confirmed when M
         * of its last N scans gave it a plot, and any track is dropped after K consecutive
         * scans of sensors that should have seen it gave it none (defaults 3 of 4, K = 3).
         * The plots a track starts from count as hits.
         *
         * @param m M, 1 .. N
         * @param n N, 1 .. 64
         * @param k K, at least 1
         * @return this builder
         */
        public Builder confirmation(final int m, final int n, final int k) {
            this.scoreFalseConfirmation = Double.NaN;
            this.confirmationHits = m;
            this.confirmationScans = n;
            this.deletionMisses = k;
            return this;
        }

        /**
         * Confirms tracks by their sequential track score instead of M of N
         * ({@link io.vigil.fusion.track.TrackScore}: the log-likelihood ratio of target against
         * false plots, with Wald's thresholds): confirmed when the score reaches
         * ln((1 - beta) / alpha), dropped when it falls by ln((1 - alpha) / beta) (from its start
         * while tentative, from its peak once confirmed). Deletion after K missed scans and the
         * other limits still apply. Plots' likelihoods use the same densities as the scan
         * assignment's costs.
         *
         * @param alpha the probability of confirming a false track, in (0, 1)
         * @param beta the probability of dropping a true one, in (0, 1), alpha + beta &lt; 1
         * @return this builder
         */
        public Builder confirmationByScore(final double alpha, final double beta) {
            this.scoreFalseConfirmation = alpha;
            this.scoreFalseDeletion = beta;
            return this;
        }

        /**
         * Sets how many unassociated radar plots without range rate are kept to pair with a
         * later one for two-point initiation (the oldest is evicted when full).
         *
         * @param plots at least 1
         * @return this builder
         */
        public Builder initiationCapacity(final int plots) {
            this.initiationCapacity = plots;
            return this;
        }

        /**
         * Sets track reporting and lifetime.
         *
         * @param reportInterval every live track is reported at least this often in engine
         *     time, ns (default 1 s)
         * @param coastAfter a confirmed track without plots for this long is COASTING, ns
         *     (default 5 s)
         * @param maxCoast a track without plots for this long is dropped, ns (default
         *     {@link #DEFAULT_MAX_COAST_NANOS})
         * @param tentativeTimeout a track not confirmed within this time is dropped, ns
         * @return this builder
         */
        public Builder trackTimes(final long reportInterval, final long coastAfter, final long maxCoast,
            final long tentativeTimeout) {
            this.reportIntervalNanos = reportInterval;
            this.coastAfterNanos = coastAfter;
            this.maxCoastNanos = maxCoast;
            this.tentativeTimeoutNanos = tentativeTimeout;
            return this;
        }

        /**
         * Sets how many of its latest plots each track keeps, with its estimate after each,
         * for exact out-of-sequence re-processing (default
         * {@link #DEFAULT_OUT_OF_SEQUENCE_DEPTH}): a plot older than the track's time but not
         * older than the oldest kept plot's predecessor is fused exactly as in time order; an
         * older one (within the out-of-sequence bound) by propagating the track back to it,
         * counted by {@link EngineCounters#outOfSequenceApproximate()}. Memory: per track
         * (depth + 1) estimates (about 2.4 kB each for the flight-phase IMM, 0.3 kB for one
         * 6-state model) and depth plot copies (about 0.2 kB each).
         *
         * @param plots &gt;= 1
         * @return this builder
         */
        public Builder outOfSequenceDepth(final int plots) {
            this.outOfSequenceDepth = plots;
            return this;
        }

        /**
         * Sets the bound on a coasting track's position uncertainty: a COASTING track whose
         * sqrt(trace) of the position covariance passes it is dropped (default
         * {@link #DEFAULT_MAX_POSITION_SIGMA_M}).
         *
         * @param metres &gt; 0
         * @return this builder
         */
        public Builder maxPositionSigma(final double metres) {
            this.maxPositionSigmaM = metres;
            return this;
        }

        /**
         * Sets the velocity uncertainty across the line of sight of a track initiated from one
         * radar plot with range rate (default 7.5 km/s / sqrt(3), about 4,330 m/s).
         *
         * @param sigmaMps per axis across the line of sight, m/s
         * @return this builder
         */
        public Builder initialVelocitySigma(final double sigmaMps) {
            this.initialVelocitySigmaMps = sigmaMps;
            return this;
        }

        /**
         * Switches impact and launch prediction on or off (default on), and with it the flight
         * phase and apogee on the track view and the defended-area warnings. It needs the default
         * flight-phase IMM; with {@link #motion} or other modes the engine predicts none.
         *
         * @param on true to predict
         * @return this builder
         */
        public Builder impacts(final boolean on) {
            this.impacts = on;
            return this;
        }

        /**
         * Sets the shortest interval between two impact predictions of one track, in plot time
         * (default {@link #DEFAULT_IMPACT_INTERVAL_NANOS}); a track is predicted again only after
         * a plot has updated it.
         *
         * @param nanos &gt;= 0 (0: after every maintenance pass that follows an update)
         * @return this builder
         */
        public Builder impactInterval(final long nanos) {
            this.impactIntervalNanos = nanos;
            return this;
        }

        /**
         * Sets how the impact point's covariance is obtained (default
         * {@link ImpactPredictor.Method#LINEARISED}; docs/DECISIONS.md says why).
         *
         * @param method the method
         * @return this builder
         */
        public Builder impactCovariance(final ImpactPredictor.Method method) {
            this.impactMethod = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * Sets the prior on kappa = 1 / beta (m^2/kg) that impacts are predicted with while a
         * track has not measured its own (before it has been seen decelerating in the air;
         * default {@link #DEFAULT_IMPACT_KAPPA_MEAN} and {@link #DEFAULT_IMPACT_KAPPA_SIGMA}, re-entry
         * vehicles). The impact ellipse is calibrated against the population this prior describes.
         *
         * @param mean the prior mean, m^2/kg, &gt;= 0
         * @param sigma the prior standard deviation, m^2/kg, &gt; 0
         * @return this builder
         */
        public Builder impactKappaPrior(final double mean, final double sigma) {
            this.impactKappaMean = mean;
            this.impactKappaSigma = sigma;
            return this;
        }

        /**
         * Adds a defended area, a circle on the surface; its index is the number of areas
         * added before it. Move, resize or switch it off at run time with
         * {@link PlotPublisher#defendedArea}; to add areas at run time, configure spares with
         * radius 0 (off).
         *
         * @param id the area's id (warnings name it), unique
         * @param latitudeRad centre geodetic latitude, radians, in [-pi/2, pi/2]
         * @param longitudeRad centre longitude, radians
         * @param radiusM radius along the surface, metres, &gt;= 0 (0: off)
         * @return this builder
         */
        public Builder defendedArea(final String id, final double latitudeRad, final double longitudeRad,
            final double radiusM) {
            areaIds.add(Objects.requireNonNull(id, "id"));
            areaCircles.add(new double[] {latitudeRad, longitudeRad, radiusM});
            return this;
        }

        /**
         * Sets the warning thresholds on the probability of impact inside a defended area
         * (defaults {@link #DEFAULT_WARNING_RAISE} and {@link #DEFAULT_WARNING_CLEAR}).
         *
         * @param raise the probability that raises a warning, in (0, 1]
         * @param clear the probability below which it clears, in [0, raise)
         * @return this builder
         */
        public Builder warningThresholds(final double raise, final double clear) {
            this.warningRaise = raise;
            this.warningClear = clear;
            return this;
        }

        /**
         * Sets the height of the ground that impacts and launches are predicted at (default 0,
         * the WGS-84 ellipsoid).
         *
         * @param metres above the ellipsoid, finite
         * @return this builder
         */
        public Builder surfaceHeight(final double metres) {
            this.surfaceHeightM = metres;
            return this;
        }

        /**
         * Validates the configuration and builds the engine (not started).
         *
         * @return the engine
         * @throws IllegalArgumentException naming the first invalid setting
         */
        public FusionEngine build() {
            if (sensors.isEmpty()) {
                throw new IllegalArgumentException("at least one sensor is required");
            }
            for (int i = 0; i < sensors.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (sensors.get(i).id().equals(sensors.get(j).id())) {
                        throw new IllegalArgumentException("duplicate sensor id " + sensors.get(i).id());
                    }
                }
            }
            if (ringSize < 2 || Integer.bitCount(ringSize) != 1) {
                throw new IllegalArgumentException("ring size must be a power of two >= 2, got " + ringSize);
            }
            require(maxTracks >= 1, "maximum tracks must be >= 1, got " + maxTracks);
            require(maxSensors >= sensors.size(), "maximum sensors must be >= the " + sensors.size()
                + " sensors added, got " + maxSensors);
            require(maxPlotsPerScan >= 1, "maximum plots per scan must be >= 1, got " + maxPlotsPerScan);
            require(gateProbability > 0.0 && gateProbability < 1.0, "gate probability must be in (0, 1), got "
                + gateProbability);
            require(maxSkewNanos >= 0 && outOfSequenceNanos >= 0, "time limits must be >= 0, got " + maxSkewNanos
                + " and " + outOfSequenceNanos);
            require(confirmationScans >= 1 && confirmationScans <= Long.SIZE && confirmationHits >= 1
                && confirmationHits <= confirmationScans && deletionMisses >= 1,
                "confirmation needs 1 <= M <= N <= 64 and K >= 1, got M = " + confirmationHits + ", N = "
                + confirmationScans + ", K = " + deletionMisses);
            require(initiationCapacity >= 1, "initiation capacity must be >= 1, got " + initiationCapacity);
            require(reportIntervalNanos > 0 && coastAfterNanos > 0 && maxCoastNanos > 0 && tentativeTimeoutNanos > 0,
                "track times must be > 0 ns");
            require(Double.isNaN(scoreFalseConfirmation) || scoreFalseConfirmation > 0.0 && scoreFalseDeletion > 0.0
                && scoreFalseConfirmation + scoreFalseDeletion < 1.0, "score confirmation needs alpha and beta in (0, 1)"
                + " with a sum below 1, got " + scoreFalseConfirmation + " and " + scoreFalseDeletion);
            require(outOfSequenceDepth >= 1,
                "out-of-sequence depth must be >= 1 plot, got " + outOfSequenceDepth);
            require(maxPositionSigmaM > 0.0 && !Double.isNaN(maxPositionSigmaM),
                "maximum position sigma must be > 0 m, got " + maxPositionSigmaM);
            require(initialVelocitySigmaMps > 0.0 && Double.isFinite(initialVelocitySigmaMps),
                "initial velocity sigma must be finite and > 0 m/s, got " + initialVelocitySigmaMps);
            require(impactIntervalNanos >= 0, "impact interval must be >= 0 ns, got " + impactIntervalNanos);
            require(Double.isFinite(surfaceHeightM), "surface height must be finite, got " + surfaceHeightM);
            require(warningRaise > 0.0 && warningRaise <= 1.0 && warningClear >= 0.0 && warningClear < warningRaise,
                "warning thresholds need 0 <= clear < raise <= 1, got raise " + warningRaise + " and clear "
                + warningClear);
            for (int i = 0; i < areaIds.size(); i++) {
                final double[] c = areaCircles.get(i);
                require(AreaWarnings.valid(i, areaIds.size(), c[0], c[1], c[2]), "defended area " + areaIds.get(i) + " needs a latitude in [-pi/2, pi/2],"
                    + " a finite longitude and a radius >= 0 m, got " + c[0] + ", " + c[1] + ", " + c[2]);
                require(areaIds.indexOf(areaIds.get(i)) == i, "duplicate defended area id " + areaIds.get(i));
            }
            require(impactKappaMean >= 0.0 && Double.isFinite(impactKappaMean) && impactKappaSigma > 0.0
                && Double.isFinite(impactKappaSigma), "impact kappa prior needs a finite mean >= 0 and sigma > 0, got "
                + impactKappaMean + " and " + impactKappaSigma);
            if (motion != null) {
                final MotionModel probe = Objects.requireNonNull(motion.get(), "motion supplier returned null");
                require(probe.dimension() == 6, "a single motion model must have 6 states (ECEF position and "
                    + "velocity), got dimension " + probe.dimension() + "; use imm(...) for models with more");
            } else {
                Objects.requireNonNull(modes.apply(FusionLoop.MAX_MEASUREMENT), "imm function returned null");
            }
            return new FusionEngine(new EngineConfiguration(this));
        }

        private static void require(final boolean condition, final String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
