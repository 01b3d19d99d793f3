package io.vigil.fusion.samples.metrics;

import io.vigil.fusion.io.IsoTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/** Renders {@link ScenarioMetrics} as a heading and Markdown tables; a missing value prints as "-". */
final class MetricsTable {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private MetricsTable() {
    }

    static String render(final ScenarioMetrics m) {
        final StringBuilder out = new StringBuilder();
        heading(m, out);
        gospa(m, out);
        objects(m, out);
        consistency(m, out);
        impacts(m, out);
        maturity(m, out);
        impactsPerObject(m, out);
        launches(m, out);
        return out.toString();
    }

    private static void heading(final ScenarioMetrics m, final StringBuilder out) {
        final MetricsConfiguration c = m.configuration();
        line(out, "Scenario metrics: %d objects, %d tracks evaluated, %d evaluation times every %s s%s; "
            + "cut-off %s m, staleness %s s.", m.objectIds().size(), m.attribution().evaluatedTrackIds().size(),
            m.evaluationTimes(), seconds(c.evaluationStepNanos()), span(m), number(c.cutoffM(), 0),
            seconds(c.stalenessNanos()));
        out.append('\n');
    }

    private static void gospa(final ScenarioMetrics m, final StringBuilder out) {
        final GospaSeries g = m.gospa();
        line(out, "GOSPA (p = 2, alpha = 2, c = %s m), means over the %d evaluation times:",
            number(m.configuration().cutoffM(), 0), g.size());
        out.append('\n');
        line(out, "| GOSPA (m) | localisation (m) | missed (m) | false (m) | missed objects | false tracks |");
        line(out, "|---:|---:|---:|---:|---:|---:|");
        line(out, "| %s | %s | %s | %s | %s | %s |", number(g.meanDistanceM(), 1), number(g.meanLocalisationM(), 1),
            number(g.meanMissedM(), 1), number(g.meanFalseM(), 1), number(g.meanMissed(), 3),
            number(g.meanFalseTracks(), 3));
        out.append('\n');
    }

    private static void objects(final ScenarioMetrics m, final StringBuilder out) {
        final EstimationAccuracy a = m.accuracy();
        final TrackContinuity t = m.continuity();
        line(out, "Per object (tracks assigned optimally, squared distance gated at c):");
        out.append('\n');
        line(out, "| object | samples | coverage | pos RMSE (m) | vel RMSE (m/s) | ID switches | breaks "
            + "| first track (s) |");
        line(out, "|---|---:|---:|---:|---:|---:|---:|---:|");
        for (final String id : m.objectIds()) {
            line(out, "| %s | %d | %s | %s | %s | %d | %d | %s |", id, a.samples(id), number(t.coverage(id), 3),
                number(a.positionRmseM(id), 1), number(a.velocityRmseMps(id), 2), t.idSwitches(id), t.breaks(id),
                number(t.timeToFirstTrackS(id), 1));
        }
        line(out, "| all | %d | - | %s | %s | %d | %d | - |", a.samples(), number(a.positionRmseM(), 1),
            number(a.velocityRmseMps(), 2), t.idSwitches(), t.breaks());
        out.append('\n');
        final SortedSet<Long> falseTracks = m.attribution().falseTrackIds();
        line(out, "False tracks (confirmed, never assigned): %s.",
            falseTracks.isEmpty() ? "none" : falseTracks.size() + " " + falseTracks);
        final SortedSet<String> untracked = t.untrackedObjectIds();
        line(out, "Objects never tracked: %s.", untracked.isEmpty() ? "none" : untracked.size() + " " + untracked);
        out.append('\n');
    }

    private static void consistency(final ScenarioMetrics m, final StringBuilder out) {
        final CovarianceConsistency c = m.consistency();
        line(out, "Covariance consistency: average NEES with its 95 %% interval for the number of samples "
            + "(tracks carried to the evaluation time at constant velocity, no process noise):");
        out.append('\n');
        line(out, "| NEES | samples | average | lower | upper | verdict |");
        line(out, "|---|---:|---:|---:|---:|---|");
        line(out, "| position-velocity (6 dof) | %d | %s | %s | %s | %s |", c.samples(), number(c.averageNees(), 3),
            number(c.neesLower(), 3), number(c.neesUpper(), 3), verdict(c.averageNees(), c.neesLower(), c.neesUpper()));
        line(out, "| position (3 dof) | %d | %s | %s | %s | %s |", c.positionSamples(),
            number(c.averagePositionNees(), 3), number(c.positionNeesLower(), 3), number(c.positionNeesUpper(), 3),
            verdict(c.averagePositionNees(), c.positionNeesLower(), c.positionNeesUpper()));
        if (c.invalidCovariances() > 0) {
            out.append('\n');
            line(out, "Left out: %d samples whose covariance is not positive definite.", c.invalidCovariances());
        }
        out.append('\n');
    }

    private static void impacts(final ScenarioMetrics m, final StringBuilder out) {
        final ImpactAccuracy i = m.impacts();
        line(out, "Impact predictions: %d scored (%d made after impact, in no rate); not scored: %d from tracks "
            + "never assigned, %d for objects without a truth event. RMS miss before impact %s m.",
            i.assessments().size(), i.impactEllipse().outOfRange(), i.unattributedRecords(),
            i.recordsWithoutTruthEvent(), number(i.impactMissRmsM(), 1));
        out.append('\n');
        line(out, "| time to go | in 95 %% ellipse | rate | in CEP50 | rate |");
        line(out, "|---|---:|---:|---:|---:|");
        final ContainmentBins ellipse = i.impactEllipse();
        final ContainmentBins cep = i.impactCep();
        for (int b = 0; b < ellipse.bins(); b++) {
            line(out, "| %s | %d / %d | %s | %d / %d | %s |", ellipse.label(b), ellipse.inside(b), ellipse.records(b),
                number(ellipse.rate(b), 3), cep.inside(b), cep.records(b), number(cep.rate(b), 3));
        }
        line(out, "| all | %d / %d | %s | %d / %d | %s |", ellipse.inside(), ellipse.records(), number(ellipse.rate(), 3),
            cep.inside(), cep.records(), number(cep.rate(), 3));
        out.append('\n');
    }

    private static void maturity(final ScenarioMetrics m, final StringBuilder out) {
        line(out, "Impact and launch accuracy by time since the object's first detection (medians over the "
            + "predictions made before impact; time error is |predicted - true| impact time):");
        out.append('\n');
        line(out, "| since first detection | predictions | impact miss (m) | 95 %% semi-major (m) | time error (s) "
            + "| in 95 %% ellipse | launch miss (m) |");
        line(out, "|---|---:|---:|---:|---:|---:|---:|");
        for (final ImpactMaturity.Bin b : m.impactMaturity().bins()) {
            line(out, "| %s | %d | %s | %s | %s | %s | %s |", b.label(), b.records(), number(b.medianMissM(), 0),
                number(b.medianSemiMajorM(), 0), number(b.medianTimeErrorS(), 2), number(b.insideEllipseRate(), 3),
                number(b.medianLaunchMissM(), 0));
        }
        out.append('\n');
    }

    private static void impactsPerObject(final ScenarioMetrics m, final StringBuilder out) {
        line(out, "Impact predictions per object, made before its impact (medians):");
        out.append('\n');
        line(out, "| object | predictions | impact miss (m) | 95 %% semi-major (m) | time error (s) | in 95 %% ellipse "
            + "| in CEP50 |");
        line(out, "|---|---:|---:|---:|---:|---:|---:|");
        final Map<String, List<ImpactAssessment>> byObject = new TreeMap<>();
        for (final ImpactAssessment a : m.impacts().assessments()) {
            if (a.timeToGoS() >= 0.0) {
                byObject.computeIfAbsent(a.objectId(), id -> new ArrayList<>()).add(a);
            }
        }
        for (final Map.Entry<String, List<ImpactAssessment>> e : byObject.entrySet()) {
            final ImpactMaturity.Bin b = ImpactMaturity.Bin.of(e.getKey(), e.getValue());
            line(out, "| %s | %d | %s | %s | %s | %s | %s |", b.label(), b.records(), number(b.medianMissM(), 0),
                number(b.medianSemiMajorM(), 0), number(b.medianTimeErrorS(), 2), number(b.insideEllipseRate(), 3),
                number(ImpactMaturity.insideRate(e.getValue(), false), 3));
        }
        out.append('\n');
    }

    private static void launches(final ScenarioMetrics m, final StringBuilder out) {
        final ImpactAccuracy i = m.impacts();
        final ContainmentBins launch = i.launchEllipse();
        line(out, "Launch estimates: RMS miss %s m.", number(i.launchMissRmsM(), 1));
        out.append('\n');
        line(out, "| time since launch | in 95 %% ellipse | rate |");
        line(out, "|---|---:|---:|");
        for (int b = 0; b < launch.bins(); b++) {
            line(out, "| %s | %d / %d | %s |", launch.label(b), launch.inside(b), launch.records(b),
                number(launch.rate(b), 3));
        }
        line(out, "| all | %d / %d | %s |", launch.inside(), launch.records(), number(launch.rate(), 3));
    }

    private static String verdict(final double average, final double lower, final double upper) {
        if (Double.isNaN(average)) {
            return "-";
        }
        if (average > upper) {
            return "above: covariance optimistic";
        }
        return average < lower ? "below: covariance pessimistic" : "inside";
    }

    private static String span(final ScenarioMetrics m) {
        if (m.evaluationTimes() == 0) {
            return "";
        }
        final long last = m.firstEvaluationNanos() + (m.evaluationTimes() - 1L) * m.configuration().evaluationStepNanos();
        return " from " + instant(m.firstEvaluationNanos()) + " to " + instant(last);
    }

    static String instant(final long nanos) {
        return IsoTime.format(nanos);
    }

    private static String seconds(final long nanos) {
        return number(nanos / 1e9, nanos % NANOS_PER_SECOND == 0 ? 0 : 3);
    }

    static String number(final double value, final int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-";
    }

    static void line(final StringBuilder out, final String format, final Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
