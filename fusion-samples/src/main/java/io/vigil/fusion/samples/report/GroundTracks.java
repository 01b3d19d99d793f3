package io.vigil.fusion.samples.report;

import io.vigil.fusion.geo.Geodetic;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.io.TruthRecord;
import io.vigil.fusion.track.TrackStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Ground tracks: the rows of one object or one track, in time order, as the latitude and
 * longitude below them.
 */
final class GroundTracks {

    private GroundTracks() {
    }

    /**
     * The ground track of each simulated object, from its true ECEF positions (converted
     * with {@link Geodetic#fromEcef}; the height is dropped).
     *
     * @param truth truth rows, any order
     * @return per object id, in id order, its points in time order (rows of equal time in
     *     input order); latitudes and longitudes in degrees, longitudes in (-180, 180]
     */
    static SortedMap<String, List<GroundPoint>> ofTruth(final List<TruthRecord> truth) {
        final SortedMap<String, List<TruthRecord>> byObject = new TreeMap<>();
        for (final TruthRecord row : truth) {
            byObject.computeIfAbsent(row.objectId(), id -> new ArrayList<>()).add(row);
        }
        final double[] geodetic = new double[3];
        final SortedMap<String, List<GroundPoint>> out = new TreeMap<>();
        byObject.forEach((objectId, rows) -> {
            rows.sort(Comparator.comparingLong(TruthRecord::timeNanos));
            final List<GroundPoint> line = new ArrayList<>(rows.size());
            for (final TruthRecord row : rows) {
                Geodetic.fromEcef(row.xM(), row.yM(), row.zM(), geodetic);
                line.add(new GroundPoint(
                    Math.toDegrees(geodetic[Geodetic.LATITUDE]), Math.toDegrees(geodetic[Geodetic.LONGITUDE])));
            }
            out.put(objectId, line);
        });
        return out;
    }

    /**
     * The ground track of each track while it is confirmed or coasting, from the latitude
     * and longitude of its reports. Tentative reports are left out (they are not yet a
     * threat anyone acts on) and so is the dropped report (a final, stale state).
     *
     * @param tracks track rows, any order
     * @return per track id, in id order, its points in time order (rows of equal time in
     *     input order), degrees; tracks with no confirmed or coasting report are absent
     */
    static SortedMap<Long, List<GroundPoint>> ofTracks(final List<TrackRecord> tracks) {
        final SortedMap<Long, List<TrackRecord>> byTrack = new TreeMap<>();
        for (final TrackRecord row : tracks) {
            if (row.status() == TrackStatus.CONFIRMED || row.status() == TrackStatus.COASTING) {
                byTrack.computeIfAbsent(row.trackId(), id -> new ArrayList<>()).add(row);
            }
        }
        final SortedMap<Long, List<GroundPoint>> out = new TreeMap<>();
        byTrack.forEach((trackId, rows) -> {
            rows.sort(Comparator.comparingLong(TrackRecord::timeNanos));
            final List<GroundPoint> line = new ArrayList<>(rows.size());
            for (final TrackRecord row : rows) {
                line.add(new GroundPoint(row.latDeg(), row.lonDeg()));
            }
            out.put(trackId, line);
        });
        return out;
    }
}
