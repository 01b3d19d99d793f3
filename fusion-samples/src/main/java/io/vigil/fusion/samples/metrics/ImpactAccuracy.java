package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.TruthEventRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predicted impact and estimated launch points against the truth. Each impact record is
 * scored against the object its track followed most often ({@link TrackAttribution}): the
 * geodesic miss distance, the impact-time error, and whether the true point lies in the
 * reported 95 % ellipse and the CEP50 circle, with the containment rates binned by time to
 * go; launch estimates likewise, binned by time since launch. Records of tracks never
 * assigned to an object, and of objects without a truth event, cannot be scored and are
 * counted apart; records made after the true impact (negative time to go) are scored but
 * are in no impact rate (a prediction of the past warns nobody).
 */
public final class ImpactAccuracy {

    /** Nanoseconds per second: durations divide by it, so whole seconds come out exact. */
    private static final double NANOS_PER_SECOND = 1e9;

    private final List<ImpactAssessment> assessments = new ArrayList<>();
    private final ContainmentBins impactEllipse;
    private final ContainmentBins impactCep;
    private final ContainmentBins launchEllipse;
    private int unattributed;
    private int withoutTruthEvent;

    /**
     * Scores the records.
     *
     * @param records impact records, any order (scored in time then track order)
     * @param attribution the object each track followed
     * @param events the truth events by object id
     * @param binEdgesS lower edges of the rate bins, seconds
     */
    ImpactAccuracy(final Collection<ImpactRecord> records, final TrackAttribution attribution,
        final Map<String, TruthEventRecord> events, final List<Double> binEdgesS) {
        impactEllipse = new ContainmentBins(binEdgesS);
        impactCep = new ContainmentBins(binEdgesS);
        launchEllipse = new ContainmentBins(binEdgesS);
        final List<ImpactRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingLong(ImpactRecord::timeNanos).thenComparingLong(ImpactRecord::trackId));
        for (final ImpactRecord record : sorted) {
            final Optional<String> object = attribution.objectOf(record.trackId());
            if (object.isEmpty()) {
                unattributed++;
                continue;
            }
            final TruthEventRecord event = events.get(object.get());
            if (event == null) {
                withoutTruthEvent++;
                continue;
            }
            final ImpactAssessment a = assess(record, object.get(), event);
            assessments.add(a);
            impactEllipse.add(a.timeToGoS(), a.insideImpactEllipse());
            impactCep.add(a.timeToGoS(), a.insideCep());
            launchEllipse.add(a.timeSinceLaunchS(), a.insideLaunchEllipse());
        }
    }

    /**
     * Scores one record against its object's truth.
     *
     * @param record the impact record
     * @param objectId the object its track followed
     * @param event the object's true launch and impact
     * @return the assessment
     */
    static ImpactAssessment assess(final ImpactRecord record, final String objectId, final TruthEventRecord event) {
        final double timeToGo = (event.impactTimeNanos() - record.timeNanos()) / NANOS_PER_SECOND;
        final SurfaceOffset impact = SurfaceOffset.between(record.impactLatDeg(), record.impactLonDeg(),
            event.impactLatDeg(), event.impactLonDeg());
        final double impactTimeError = record.impactTimeNanos() == ImpactRecord.NO_TIME ? Double.NaN
            : (record.impactTimeNanos() - event.impactTimeNanos()) / NANOS_PER_SECOND;
        final ErrorEllipse ellipse = new ErrorEllipse(record.semiMajorM(), record.semiMinorM(), record.orientationDeg());
        final Containment inEllipse = ellipse.isReported()
            ? Containment.of(ellipse.contains(impact.eastM(), impact.northM())) : Containment.NOT_REPORTED;
        final Containment inCep = record.cep50M() > 0.0 && Double.isFinite(record.cep50M())
            ? Containment.of(impact.distanceM() <= record.cep50M()) : Containment.NOT_REPORTED;

        final double timeSinceLaunch = (record.timeNanos() - event.launchTimeNanos()) / NANOS_PER_SECOND;
        final ErrorEllipse launch = new ErrorEllipse(record.launchSemiMajorM(), record.launchSemiMinorM(),
            record.launchOrientationDeg());
        double launchMiss = Double.NaN;
        double launchTimeError = Double.NaN;
        Containment inLaunch = Containment.NOT_REPORTED;
        if (Double.isFinite(record.launchLatDeg()) && Double.isFinite(record.launchLonDeg())) {
            final SurfaceOffset offset = SurfaceOffset.between(record.launchLatDeg(), record.launchLonDeg(),
                event.launchLatDeg(), event.launchLonDeg());
            launchMiss = offset.distanceM();
            if (launch.isReported()) {
                inLaunch = Containment.of(launch.contains(offset.eastM(), offset.northM()));
            }
        }
        if (record.launchTimeNanos() != ImpactRecord.NO_TIME) {
            launchTimeError = (record.launchTimeNanos() - event.launchTimeNanos()) / NANOS_PER_SECOND;
        }
        return new ImpactAssessment(record.timeNanos(), record.trackId(), objectId, timeToGo, impact.distanceM(),
            impactTimeError, ellipse, record.cep50M(), inEllipse, inCep, timeSinceLaunch, launchMiss,
            launchTimeError, launch, inLaunch);
    }

    /**
     * Returns every scored record, in time then track order: the series for the plots.
     *
     * @return the assessments
     */
    public List<ImpactAssessment> assessments() {
        return Collections.unmodifiableList(assessments);
    }

    /**
     * Returns the containment of the true impact point in the 95 % ellipse, by time to go.
     *
     * @return the bins
     */
    public ContainmentBins impactEllipse() {
        return impactEllipse;
    }

    /**
     * Returns the containment of the true impact point in the CEP50 circle, by time to go.
     *
     * @return the bins
     */
    public ContainmentBins impactCep() {
        return impactCep;
    }

    /**
     * Returns the containment of the true launch point in the 95 % launch ellipse, by time since launch.
     *
     * @return the bins
     */
    public ContainmentBins launchEllipse() {
        return launchEllipse;
    }

    /**
     * Returns the records whose track was never assigned to an object.
     *
     * @return records not scored
     */
    public int unattributedRecords() {
        return unattributed;
    }

    /**
     * Returns the records whose object has no truth event.
     *
     * @return records not scored
     */
    public int recordsWithoutTruthEvent() {
        return withoutTruthEvent;
    }

    /**
     * Returns the root-mean-square impact miss distance of the records made before impact
     * (time to go &gt;= 0, the records of the rates).
     *
     * @return metres, NaN if none
     */
    public double impactMissRmsM() {
        return rms(assessments.stream().filter(a -> a.timeToGoS() >= 0.0).mapToDouble(ImpactAssessment::impactMissM)
            .toArray());
    }

    /**
     * Returns the root-mean-square launch miss distance of the records with a launch estimate.
     *
     * @return metres, NaN if none
     */
    public double launchMissRmsM() {
        return rms(assessments.stream().mapToDouble(ImpactAssessment::launchMissM).filter(Double::isFinite)
            .toArray());
    }

    private static double rms(final double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0.0;
        for (final double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum / values.length);
    }
}
