package io.vigil.fusion.io;

import io.vigil.fusion.engine.SensorType;
import io.vigil.fusion.track.TrackStatus;
import io.vigil.fusion.trajectory.FlightPhase;
import io.vigil.fusion.trajectory.WarningState;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random records of every format, with the awkward values the files must carry
 * exactly: absent values, negative zero, extreme and subnormal doubles, the extreme
 * instants, and ids with commas, quotes, line ends, a leading {@code #}, blanks and
 * non-ASCII characters.
 */
final class RandomRecords {

    private static final String[] ID_PIECES = {
        "TPY2", "A", "x", "7", ",", "\"", "\"\"", " ", "\t", "#", "-", "\n", "\r\n", "\r", "é", "日本", "\uD83D\uDE80",
        "'", "=", "NaN", "1e5", ";",
    };
    private static final double[] EXTREMES = {
        0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        2.0E23, 8.41E21, 1e7, 9999999.999999998, 0.001, 1.0E-3 - 1e-19, 1.0, -1.0, 42.0, 6378137.0,
    };

    private final SplittableRandom random;

    RandomRecords(final long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Any finite double, weighted to the awkward ones. */
    double finite() {
        switch (random.nextInt(5)) {
            case 0:
                return EXTREMES[random.nextInt(EXTREMES.length)];
            case 1:
                double value;
                do {
                    value = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(value));
                return value;
            case 2:
                return random.nextDouble(-1e7, 1e7);
            case 3:
                return Math.round(random.nextDouble(-1e6, 1e6)) / 1000.0;
            default:
                return random.nextGaussian() * 1e-3;
        }
    }

    /** A finite double, or NaN (absent) one time in four. */
    double optional() {
        return random.nextInt(4) == 0 ? Double.NaN : finite();
    }

    /** A positive double whose conversion from degrees to radians stays positive. */
    double positive() {
        return random.nextBoolean() ? random.nextDouble(1e-6, 1e4) : Math.abs(finite()) + 1e-300;
    }

    /** Any instant (a long). */
    long time() {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            case 1:
                return random.nextLong() / 1_000_000_000L * 1_000_000_000L;
            default:
                return random.nextLong();
        }
    }

    /** An instant other than the one reserved for "absent", or {@code absent} one time in four. */
    long optionalTime(final long absent) {
        if (random.nextInt(4) == 0) {
            return absent;
        }
        long nanos;
        do {
            nanos = time();
        } while (nanos == absent);
        return nanos;
    }

    /** A non-blank id of awkward characters, possibly with semicolons. */
    String id() {
        final StringBuilder id = new StringBuilder();
        final int pieces = random.nextInt(1, 5);
        for (int i = 0; i < pieces; i++) {
            id.append(ID_PIECES[random.nextInt(ID_PIECES.length)]);
        }
        if (id.toString().isBlank()) {
            id.append('Q');
        }
        return id.toString();
    }

    /** An id without semicolons (an element of a list). */
    String listId() {
        return id().replace(';', ':');
    }

    List<String> ids() {
        final List<String> ids = new ArrayList<>();
        final int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            ids.add(listId());
        }
        return ids;
    }

    <E extends Enum<E>> E pick(final Class<E> type) {
        final E[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
    }

    SensorRecord sensor() {
        final SensorType type = pick(SensorType.class);
        final double latDeg = type == SensorType.RADAR ? random.nextDouble(-90, 90) : optional();
        final double lonDeg = type == SensorType.RADAR ? finite() : optional();
        final double heightM = type == SensorType.RADAR ? finite() : optional();
        final boolean radar = type != SensorType.IR_LOS;
        return new SensorRecord(id(), id(), type, latDeg, lonDeg, heightM, radar ? positive() : optional(),
            positive(), positive(), radar ? (random.nextBoolean() ? Double.NaN : positive()) : optional(),
            random.nextBoolean() ? 1.0 : random.nextDouble(1e-9, 1.0), radar ? positive() : optional());
    }

    PlotRecord plot() {
        return new PlotRecord(time(), id(), random.nextInt(3) == 0 ? PlotRecord.NO_SCAN : random.nextLong(-5, 1L << 40),
            optional(), optional(), optional(), optional(), optional(), optional(), optional(), optional(), optional(),
            optional(), optional(), optional(), optional(), optional(), optional(), optional(), optional());
    }

    TruthRecord truth() {
        return new TruthRecord(time(), id(), finite(), finite(), finite(), finite(), finite(), finite());
    }

    TruthEventRecord truthEvent() {
        return new TruthEventRecord(id(), time(), finite(), finite(), time(), finite(), finite());
    }

    AreaRecord area() {
        return new AreaRecord(id(), finite(), finite(), finite());
    }

    TrackRecord track() {
        final double[] covariance = new double[TrackRecord.COVARIANCE_ELEMENTS];
        for (int i = 0; i < covariance.length; i++) {
            covariance[i] = optional();
        }
        return new TrackRecord(time(), random.nextLong(), pick(TrackStatus.class), optional(), optional(), optional(),
            optional(), optional(), optional(), covariance, optional(), optional(), optional(),
            random.nextBoolean() ? null : pick(FlightPhase.class), optional(), ids(), ids());
    }

    ImpactRecord impact() {
        return new ImpactRecord(time(), random.nextLong(), time(), optional(), optional(), optional(), optional(),
            optional(), optional(), optionalTime(ImpactRecord.NO_TIME), optional(), optional(), optional(), optional(),
            optional());
    }

    WarningRecord warning() {
        return new WarningRecord(time(), id(), random.nextLong(), pick(WarningState.class), optional(), optional());
    }
}
