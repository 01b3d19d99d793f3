package io.vigil.fusion.samples.metrics;

/**
 * One impact record scored against the truth of the object its track followed: the points
 * of the miss-versus-time-to-go and ellipse-size-versus-time plots. Launch fields are NaN
 * (containment {@link Containment#NOT_REPORTED}) when the record has no launch estimate.
 *
 * @param timeNanos the record's time, nanoseconds since the Unix epoch
 * @param trackId the track that predicted
 * @param objectId the object the track followed most often
 * @param timeToGoS true impact time minus the record's time, seconds
 * @param impactMissM geodesic distance from the predicted to the true impact point, metres
 * @param impactTimeErrorS predicted minus true impact time, seconds (NaN if no time was predicted)
 * @param impactEllipse the reported 95 % impact ellipse
 * @param cep50M the reported CEP50, metres
 * @param insideImpactEllipse whether the true impact point is inside the 95 % ellipse
 * @param insideCep whether the true impact point is within CEP50 of the prediction
 * @param timeSinceLaunchS the record's time minus the true launch time, seconds
 * @param launchMissM geodesic distance from the estimated to the true launch point, metres, or NaN
 * @param launchTimeErrorS estimated minus true launch time, seconds, or NaN
 * @param launchEllipse the reported 95 % launch ellipse (NaN axes if none)
 * @param insideLaunchEllipse whether the true launch point is inside the launch ellipse
 */
public record ImpactAssessment(long timeNanos, long trackId, String objectId, double timeToGoS,
    double impactMissM, double impactTimeErrorS, ErrorEllipse impactEllipse, double cep50M,
    Containment insideImpactEllipse, Containment insideCep, double timeSinceLaunchS,
    double launchMissM, double launchTimeErrorS, ErrorEllipse launchEllipse, Containment insideLaunchEllipse) {
}
