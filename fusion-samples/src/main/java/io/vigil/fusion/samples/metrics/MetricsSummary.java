package io.vigil.fusion.samples.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ScenarioMetrics} as nested maps and lists for summary.json: keys in a fixed order,
 * values strings, integers, finite doubles, lists and maps; a value that is NaN or infinite
 * (nothing to average, no bound) is null, which JSON can carry. The per-time series are not
 * included (they belong to plots, not to a summary).
 */
final class MetricsSummary {

    private MetricsSummary() {
    }

    static Map<String, Object> of(final ScenarioMetrics m) {
        final Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("evaluation", evaluation(m));
        summary.put("gospa", gospa(m.gospa(), m.configuration().cutoffM()));
        summary.put("accuracy", accuracy(m.accuracy()));
        summary.put("continuity", continuity(m));
        summary.put("objects", objects(m));
        summary.put("consistency", consistency(m.consistency()));
        summary.put("impact", impact(m.impacts()));
        summary.put("launch", launch(m.impacts()));
        return summary;
    }

    private static Map<String, Object> evaluation(final ScenarioMetrics m) {
        final MetricsConfiguration c = m.configuration();
        final Map<String, Object> e = new LinkedHashMap<>();
        e.put("times", m.evaluationTimes());
        e.put("first", m.evaluationTimes() == 0 ? null : MetricsTable.instant(m.firstEvaluationNanos()));
        e.put("stepS", c.evaluationStepNanos() / 1e9);
        e.put("stalenessS", c.stalenessNanos() / 1e9);
        e.put("cutoffM", c.cutoffM());
        e.put("objects", m.objectIds().size());
        e.put("tracksEvaluated", m.attribution().evaluatedTrackIds().size());
        return e;
    }

    private static Map<String, Object> gospa(final GospaSeries g, final double cutoffM) {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("p", Gospa.ORDER);
        map.put("alpha", Gospa.ALPHA);
        map.put("cutoffM", cutoffM);
        map.put("meanM", finite(g.meanDistanceM()));
        map.put("meanLocalisationM", finite(g.meanLocalisationM()));
        map.put("meanMissedM", finite(g.meanMissedM()));
        map.put("meanFalseM", finite(g.meanFalseM()));
        map.put("meanMissedObjects", finite(g.meanMissed()));
        map.put("meanFalseTracks", finite(g.meanFalseTracks()));
        return map;
    }

    private static Map<String, Object> accuracy(final EstimationAccuracy a) {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("samples", a.samples());
        map.put("positionRmseM", finite(a.positionRmseM()));
        map.put("velocityRmseMps", finite(a.velocityRmseMps()));
        return map;
    }

    private static Map<String, Object> continuity(final ScenarioMetrics m) {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("idSwitches", m.continuity().idSwitches());
        map.put("breaks", m.continuity().breaks());
        map.put("falseTracks", m.attribution().falseTrackIds().size());
        map.put("falseTrackIds", new ArrayList<>(m.attribution().falseTrackIds()));
        map.put("untrackedObjects", new ArrayList<>(m.continuity().untrackedObjectIds()));
        return map;
    }

    private static Map<String, Object> objects(final ScenarioMetrics m) {
        final Map<String, Object> objects = new LinkedHashMap<>();
        for (final String id : m.objectIds()) {
            final Map<String, Object> o = new LinkedHashMap<>();
            o.put("samples", m.accuracy().samples(id));
            o.put("coverage", finite(m.continuity().coverage(id)));
            o.put("positionRmseM", finite(m.accuracy().positionRmseM(id)));
            o.put("velocityRmseMps", finite(m.accuracy().velocityRmseMps(id)));
            o.put("idSwitches", m.continuity().idSwitches(id));
            o.put("breaks", m.continuity().breaks(id));
            o.put("timeToFirstTrackS", finite(m.continuity().timeToFirstTrackS(id)));
            objects.put(id, o);
        }
        return objects;
    }

    private static Map<String, Object> consistency(final CovarianceConsistency c) {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("nees", nees(CovarianceConsistency.STATE_DOF, c.samples(), c.averageNees(), c.neesLower(),
            c.neesUpper()));
        map.put("positionNees", nees(CovarianceConsistency.POSITION_DOF, c.positionSamples(),
            c.averagePositionNees(), c.positionNeesLower(), c.positionNeesUpper()));
        map.put("invalidCovariances", c.invalidCovariances());
        map.put("confidence", CovarianceConsistency.CONFIDENCE);
        return map;
    }

    private static Map<String, Object> nees(final int dof, final long samples, final double average,
        final double lower, final double upper) {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("dof", dof);
        map.put("samples", samples);
        map.put("average", finite(average));
        map.put("lower", finite(lower));
        map.put("upper", finite(upper));
        return map;
    }

    private static Map<String, Object> impact(final ImpactAccuracy i) {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("scored", i.assessments().size());
        map.put("unattributed", i.unattributedRecords());
        map.put("withoutTruthEvent", i.recordsWithoutTruthEvent());
        map.put("afterImpact", i.impactEllipse().outOfRange());
        map.put("missRmsM", finite(i.impactMissRmsM()));
        map.put("ellipse95", bins(i.impactEllipse()));
        map.put("cep50", bins(i.impactCep()));
        return map;
    }

    private static Map<String, Object> launch(final ImpactAccuracy i) {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("missRmsM", finite(i.launchMissRmsM()));
        map.put("ellipse95", bins(i.launchEllipse()));
        return map;
    }

    private static Map<String, Object> bins(final ContainmentBins b) {
        final Map<String, Object> map = new LinkedHashMap<>();
        map.put("records", b.records());
        map.put("inside", b.inside());
        map.put("rate", finite(b.rate()));
        final List<Object> bins = new ArrayList<>();
        for (int k = 0; k < b.bins(); k++) {
            final Map<String, Object> bin = new LinkedHashMap<>();
            bin.put("label", b.label(k));
            bin.put("fromS", b.lowerS(k));
            bin.put("toS", finite(b.upperS(k)));
            bin.put("records", b.records(k));
            bin.put("inside", b.inside(k));
            bin.put("rate", finite(b.rate(k)));
            bins.add(bin);
        }
        map.put("bins", bins);
        return map;
    }

    static Double finite(final double value) {
        return Double.isFinite(value) ? value : null;
    }
}
