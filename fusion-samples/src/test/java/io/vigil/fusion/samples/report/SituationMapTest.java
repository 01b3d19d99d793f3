package io.vigil.fusion.samples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.io.AreaRecord;
import io.vigil.fusion.io.ImpactRecord;
import io.vigil.fusion.io.SensorRecord;
import io.vigil.fusion.io.TrackRecord;
import io.vigil.fusion.track.TrackStatus;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SituationMapTest {

    /** The raid's whole area, shown as given (then widened to the plot's shape). */
    private static final MapBounds RAID = new MapBounds(33.0, 41.0, 124.0, 142.0);
    /** Close around the impact near Tokyo: 100 m to the pixel. */
    private static final MapBounds TOKYO_IMPACT = new MapBounds(35.35, 36.05, 139.2, 140.0);

    private static final Situation SITUATION = KnownSituation.situation();

    @TempDir
    Path directory;

    @Test
    void writesA1600By1200PngThatDecodes() throws IOException {
        final Path file = directory.resolve("map.png");
        new SituationMap("Known raid").writePng(SITUATION, file);

        final BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read).isNotNull();
        assertThat(read.getWidth()).isEqualTo(1600);
        assertThat(read.getHeight()).isEqualTo(1200);
    }

    @Test
    void drawsAtTheRequestedSize() {
        final BufferedImage image = new SituationMap("Known raid").withSize(900, 700).render(SITUATION).image();
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(700);
    }

    @Test
    void fittedBoundsHoldEverythingAndKeepKilometresSquare() {
        final MapPicture picture = new SituationMap("Known raid").render(SITUATION);
        final MapBounds shown = picture.bounds();
        assertThat(shown.westDeg()).isLessThan(125.5);
        assertThat(shown.eastDeg()).isGreaterThan(KnownSituation.RADAR_2.lonDeg());
        assertThat(shown.southDeg()).isLessThan(KnownSituation.OSAKA.latDeg() - 0.36);
        assertThat(shown.northDeg()).isGreaterThan(40.0);
        // On the screen, a degree of longitude is cos(centre latitude) of a degree of latitude.
        final double pixelsPerDegreeLon = picture.dataArea().getWidth() / (shown.eastDeg() - shown.westDeg());
        final double pixelsPerDegreeLat = picture.dataArea().getHeight() / (shown.northDeg() - shown.southDeg());
        assertThat(pixelsPerDegreeLon / pixelsPerDegreeLat)
            .isCloseTo(Math.cos(Math.toRadians(shown.centreLatDeg())), within(1e-9));
    }

    @Test
    void drawsASensorSiteWherePixelOfPutsIt() {
        final MapPicture picture = new SituationMap("Known raid").withBounds(RAID).render(SITUATION);
        final SensorRecord radar = KnownSituation.RADAR_1;
        final Point2D site = picture.pixelOf(radar.latDeg(), radar.lonDeg());
        final BufferedImage image = picture.image();

        // The triangle has its apex 9 px above the site and its base 9 px below, 18 px wide.
        assertThat(PixelColours.at(image, site)).isEqualTo(MapStyle.SITE);
        assertThat(PixelColours.at(image, site.getX() - 5, site.getY() + 6)).isEqualTo(MapStyle.SITE);
        assertThat(PixelColours.at(image, site.getX() + 5, site.getY() + 6)).isEqualTo(MapStyle.SITE);
        assertThat(PixelColours.at(image, site.getX(), site.getY() - 7)).isEqualTo(MapStyle.SITE);
        assertThat(PixelColours.at(image, site.getX(), site.getY() - 14)).isNotEqualTo(MapStyle.SITE);
        assertThat(PixelColours.at(image, site.getX() - 14, site.getY())).isNotEqualTo(MapStyle.SITE);
    }

    @Test
    void drawsATracksCentreLineInTheTracksColour() {
        final MapPicture picture = new SituationMap("Known raid").withBounds(RAID).render(SITUATION);
        final Color trackColour = TrackPalette.colourOfTrack(1L);
        // Halfway between the reports at 400 s and 410 s: on the 4 px line, far from the other track.
        final List<TrackRecord> reports = reports(1L);
        for (int k = 30; k < 40; k++) {
            final TrackRecord a = reports.get(k);
            final TrackRecord b = reports.get(k + 1);
            final Point2D middle = picture.pixelOf(0.5 * (a.latDeg() + b.latDeg()), 0.5 * (a.lonDeg() + b.lonDeg()));
            assertThat(PixelColours.distance(PixelColours.at(picture.image(), middle), trackColour))
                .as("segment %d of track 1", k).isLessThan(24);
        }
    }

    @Test
    void drawsTheLatestImpactEllipseAroundItsPrediction() {
        final MapPicture picture = new SituationMap("Tokyo impact").withBounds(TOKYO_IMPACT).render(SITUATION);
        final ImpactRecord latest = SITUATION.impacts().stream().filter(r -> r.trackId() == 1L)
            .max(Comparator.comparingLong(ImpactRecord::timeNanos)).orElseThrow();
        final List<GroundPoint> outline = SurfaceEllipse.outline(new GroundPoint(latest.impactLatDeg(),
            latest.impactLonDeg()), latest.semiMajorM(), latest.semiMinorM(), latest.orientationDeg(), 96);
        final Color trackColour = TrackPalette.colourOfTrack(1L);
        // The ends of the major axis ahead of the track and of both minor axis ends, clear of the lines.
        for (final int vertex : new int[] {0, 24, 72}) {
            final GroundPoint end = outline.get(vertex);
            final Point2D pixel = picture.pixelOf(end.latDeg(), end.lonDeg());
            assertThat(PixelColours.nearestAround(picture.image(), pixel, trackColour)).as("vertex %d", vertex)
                .isLessThan(24);
        }
        // The ellipse is drawn in metres: its semi-major axis spans 11 km at about 100 m a pixel.
        final Point2D centre = picture.pixelOf(latest.impactLatDeg(), latest.impactLonDeg());
        final Point2D end = picture.pixelOf(outline.get(0).latDeg(), outline.get(0).lonDeg());
        final double metresPerPixel = SurfaceEllipse.metresPerDegreeLatitude(latest.impactLatDeg())
            * (picture.bounds().northDeg() - picture.bounds().southDeg()) / picture.dataArea().getHeight();
        assertThat(centre.distance(end) * metresPerPixel).isCloseTo(latest.semiMajorM(),
            within(0.01 * latest.semiMajorM()));
    }

    @Test
    void leavesOutTentativeTracksAndSensorsWithoutASite() {
        final MapPicture picture = new SituationMap("Known raid").withBounds(RAID).render(SITUATION);
        final TrackRecord tentative = SITUATION.tracks().stream().filter(r -> r.status() == TrackStatus.TENTATIVE)
            .findFirst().orElseThrow();
        final Point2D where = picture.pixelOf(tentative.latDeg(), tentative.lonDeg());
        assertThat(PixelColours.nearestAround(picture.image(), where, TrackPalette.colourOfTrack(tentative.trackId())))
            .isGreaterThan(60);
        assertThat(SITUATION.sensors()).anyMatch(s -> s.type() == SensorType.MOVING_RADAR);
        assertThat(MapScene.of(SITUATION, null, 3).sites()).extracting(MapScene.Site::sensorId)
            .containsExactly("JPN-R1", "JPN-R2");
    }

    @Test
    void drawsAWarnedAreaSolidRedAndAmberAndAQuietOneDashedGreen() {
        final Situation situation = new Situation(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(KnownSituation.TOKYO, KnownSituation.OSAKA), KnownSituation.TOKYO_WARNED);
        final MapPicture picture = new SituationMap("Warned").withBounds(new MapBounds(33.5, 37.0, 134.0, 141.0))
            .render(situation);
        final BufferedImage image = picture.image();

        // Every vertex of Tokyo's circle lies on its solid red outline (a quiet area's is dashed).
        final List<GroundPoint> tokyo = GeodesicCircle.outline(
            new GroundPoint(KnownSituation.TOKYO.latDeg(), KnownSituation.TOKYO.lonDeg()),
            KnownSituation.TOKYO.radiusM(), 16);
        for (int k = 0; k < tokyo.size(); k++) {
            final Point2D vertex = picture.pixelOf(tokyo.get(k).latDeg(), tokyo.get(k).lonDeg());
            assertThat(PixelColours.nearestAround(image, vertex, MapStyle.WARNED_AREA)).as("Tokyo vertex %d", k)
                .isLessThan(24);
        }
        // Inside, the amber fill over the sea; inside Osaka, the green one.
        final Point2D tokyoInside = picture.pixelOf(KnownSituation.TOKYO.latDeg() - 0.2, KnownSituation.TOKYO.lonDeg());
        assertThat(PixelColours.distance(PixelColours.at(image, tokyoInside),
            over(MapStyle.WARNED_AREA_FILL, MapStyle.SEA))).isLessThan(4);
        final Point2D osakaInside = picture.pixelOf(KnownSituation.OSAKA.latDeg() - 0.2, KnownSituation.OSAKA.lonDeg());
        assertThat(PixelColours.distance(PixelColours.at(image, osakaInside), over(MapStyle.AREA_FILL, MapStyle.SEA)))
            .isLessThan(4);
        final List<GroundPoint> osaka = GeodesicCircle.outline(
            new GroundPoint(KnownSituation.OSAKA.latDeg(), KnownSituation.OSAKA.lonDeg()),
            KnownSituation.OSAKA.radiusM(), 16);
        for (int k = 0; k < osaka.size(); k++) {
            final Point2D vertex = picture.pixelOf(osaka.get(k).latDeg(), osaka.get(k).lonDeg());
            assertThat(PixelColours.nearestAround(image, vertex, MapStyle.WARNED_AREA)).as("Osaka vertex %d", k)
                .isGreaterThan(60);
        }
    }

    /** A translucent colour painted over an opaque one. */
    private static Color over(final Color paint, final Color under) {
        final double a = paint.getAlpha() / 255.0;
        return new Color((int) Math.round(a * paint.getRed() + (1 - a) * under.getRed()),
            (int) Math.round(a * paint.getGreen() + (1 - a) * under.getGreen()),
            (int) Math.round(a * paint.getBlue() + (1 - a) * under.getBlue()));
    }

    @Test
    void anEmptySituationGivesAValidPictureThatSaysNoTracks() throws IOException {
        final Path file = directory.resolve("empty.png");
        final MapPicture picture = new SituationMap("Nothing happened").writePng(Situation.empty(), file);

        final BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(1600);
        assertThat(read.getHeight()).isEqualTo(1200);
        assertThat(picture.bounds().eastDeg() - picture.bounds().westDeg()).isEqualTo(360.0);
        // The note is written across the centre of the plot.
        final Point2D centre = picture.pixelOf(picture.bounds().centreLatDeg(), picture.bounds().centreLonDeg());
        int notePixels = 0;
        for (int dx = -120; dx <= 120; dx++) {
            for (int dy = -25; dy <= 25; dy++) {
                if (PixelColours.distance(PixelColours.at(read, centre.getX() + dx, centre.getY() + dy),
                    new Color(110, 110, 110)) < 10) {
                    notePixels++;
                }
            }
        }
        assertThat(notePixels).isGreaterThan(300);
    }

    @Test
    void skipsNanValuesAndDrawsASinglePoint() {
        final List<TrackRecord> tracks = new ArrayList<>();
        tracks.add(KnownSituation.track(0L, 5L, TrackStatus.CONFIRMED, 36.0, 132.0, 1_000.0));
        tracks.add(KnownSituation.track(KnownSituation.SECOND, 5L, TrackStatus.CONFIRMED, Double.NaN, 132.5, 1_000.0));
        tracks.add(KnownSituation.track(2 * KnownSituation.SECOND, 5L, TrackStatus.CONFIRMED, 36.5, Double.NaN, 0.0));
        tracks.add(KnownSituation.track(3 * KnownSituation.SECOND, 5L, TrackStatus.CONFIRMED, 37.0, 133.0, 1_000.0));
        tracks.add(KnownSituation.track(0L, 6L, TrackStatus.COASTING, 38.0, 128.0, 1_000.0));
        final SensorRecord noSite = KnownSituation.radar("NO-SITE", Double.NaN, 135.0);
        final Situation situation = new Situation(List.of(noSite, KnownSituation.RADAR_1), List.of(), List.of(),
            tracks, List.of(KnownSituation.impact(0L, 5L, 37.0, 133.0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN)),
            List.of(new AreaRecord("NOWHERE", 36.0, 134.0, Double.NaN)), List.of());

        final MapPicture picture = new SituationMap("Bad values").withBounds(RAID).render(situation);
        final Point2D single = picture.pixelOf(38.0, 128.0);
        assertThat(PixelColours.at(picture.image(), single)).isEqualTo(TrackPalette.colourOfTrack(6L));
        final Point2D middle = picture.pixelOf(36.5, 132.5);
        assertThat(PixelColours.distance(PixelColours.at(picture.image(), middle), TrackPalette.colourOfTrack(5L)))
            .as("the line joins the reports either side of the NaN ones").isLessThan(24);
    }

    @Test
    void aTrackAcrossTheAntimeridianStaysOneContinuousLine() {
        final List<TrackRecord> tracks = new ArrayList<>();
        for (int k = 0; k <= 20; k++) {
            final double lon = LongitudeWindow.nearest(178.0 + 0.2 * k, 0.0); // 178 E ... 180 ... 178 W
            tracks.add(KnownSituation.track(k * KnownSituation.SECOND, 3L, TrackStatus.CONFIRMED, -17.0 + 0.05 * k,
                lon, 50_000.0));
        }
        final Situation situation = new Situation(List.of(KnownSituation.radar("FJI-R1", -18.1, 178.4)), List.of(),
            List.of(), tracks, List.of(), List.of(), List.of());

        final MapPicture picture = new SituationMap("Across the antimeridian").render(situation);
        final MapBounds shown = picture.bounds();
        assertThat(shown.eastDeg() - shown.westDeg()).as("not the whole globe").isLessThan(20.0);
        assertThat(shown.westDeg()).isLessThan(178.0);
        assertThat(shown.eastDeg()).isGreaterThan(182.0);
        final Point2D east = picture.pixelOf(-17.0, 179.9);
        final Point2D west = picture.pixelOf(-17.0, -179.9);
        assertThat(west.getX()).as("179.9 W lies just east of 179.9 E").isCloseTo(east.getX() + 0.2
            * picture.dataArea().getWidth() / (shown.eastDeg() - shown.westDeg()), within(1e-6));
        final Color trackColour = TrackPalette.colourOfTrack(3L);
        for (int k = 0; k < 20; k++) {
            final TrackRecord a = tracks.get(k);
            final TrackRecord b = tracks.get(k + 1);
            final double lonB = LongitudeWindow.nearest(b.lonDeg(), a.lonDeg());
            final Point2D middle = picture.pixelOf(0.5 * (a.latDeg() + b.latDeg()), 0.5 * (a.lonDeg() + lonB));
            assertThat(PixelColours.distance(PixelColours.at(picture.image(), middle), trackColour))
                .as("segment %d", k).isLessThan(24);
        }
    }

    @Test
    void theSameInputsGiveTheSamePixels() {
        final SituationMap map = new SituationMap("Known raid").withSize(800, 600);
        final int[] first = PixelColours.pixels(map.render(KnownSituation.situation()).image());
        final int[] second = PixelColours.pixels(map.render(KnownSituation.situation()).image());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void drawsWithoutADisplay() {
        new SituationMap("Headless").withSize(300, 200).render(Situation.empty());
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    private static List<TrackRecord> reports(final long trackId) {
        final List<TrackRecord> reports = new ArrayList<>();
        for (final TrackRecord r : SITUATION.tracks()) {
            if (r.trackId() == trackId) {
                reports.add(r);
            }
        }
        reports.sort(Comparator.comparingLong(TrackRecord::timeNanos));
        return reports;
    }
}
