package io.vigil.fusion.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One file format as the tests drive it: its record reader and writer, on text or on a
 * file, and a random record of it. The constants cover all eight formats.
 *
 * @param <T> the record
 * @param <W> the writer
 * @param <R> the reader
 */
final class FileFormat<T, W extends Closeable, R extends Closeable> {

    interface IoFunction<A, B> {
        B apply(A a) throws IOException;
    }

    interface IoBiFunction<A, B, C> {
        C apply(A a, B b) throws IOException;
    }

    interface IoBiConsumer<A, B> {
        void accept(A a, B b) throws IOException;
    }

    static final FileFormat<SensorRecord, SensorWriter, SensorReader> SENSORS = new FileFormat<>("sensors.csv",
        SensorWriter::new, SensorWriter::create, SensorWriter::write, (in, p) -> new SensorReader(in, "sensors.csv", p),
        SensorReader::open, SensorReader::next, SensorReader::badLines, RandomRecords::sensor);
    static final FileFormat<PlotRecord, PlotWriter, PlotReader> PLOTS = new FileFormat<>("plots.csv",
        PlotWriter::new, PlotWriter::create, PlotWriter::write, (in, p) -> new PlotReader(in, "plots.csv", p),
        PlotReader::open, PlotReader::next, PlotReader::badLines, RandomRecords::plot);
    static final FileFormat<TruthRecord, TruthWriter, TruthReader> TRUTH = new FileFormat<>("truth.csv",
        TruthWriter::new, TruthWriter::create, TruthWriter::write, (in, p) -> new TruthReader(in, "truth.csv", p),
        TruthReader::open, TruthReader::next, TruthReader::badLines, RandomRecords::truth);
    static final FileFormat<TruthEventRecord, TruthEventWriter, TruthEventReader> TRUTH_EVENTS = new FileFormat<>(
        "truth_events.csv", TruthEventWriter::new, TruthEventWriter::create, TruthEventWriter::write,
        (in, p) -> new TruthEventReader(in, "truth_events.csv", p), TruthEventReader::open, TruthEventReader::next,
        TruthEventReader::badLines, RandomRecords::truthEvent);
    static final FileFormat<AreaRecord, AreaWriter, AreaReader> AREAS = new FileFormat<>("areas.csv",
        AreaWriter::new, AreaWriter::create, AreaWriter::write, (in, p) -> new AreaReader(in, "areas.csv", p),
        AreaReader::open, AreaReader::next, AreaReader::badLines, RandomRecords::area);
    static final FileFormat<TrackRecord, TrackWriter, TrackReader> TRACKS = new FileFormat<>("tracks.csv",
        TrackWriter::new, TrackWriter::create, TrackWriter::write, (in, p) -> new TrackReader(in, "tracks.csv", p),
        TrackReader::open, TrackReader::next, TrackReader::badLines, RandomRecords::track);
    static final FileFormat<ImpactRecord, ImpactWriter, ImpactReader> IMPACTS = new FileFormat<>("impacts.csv",
        ImpactWriter::new, ImpactWriter::create, ImpactWriter::write, (in, p) -> new ImpactReader(in, "impacts.csv", p),
        ImpactReader::open, ImpactReader::next, ImpactReader::badLines, RandomRecords::impact);
    static final FileFormat<WarningRecord, WarningWriter, WarningReader> WARNINGS = new FileFormat<>("warnings.csv",
        WarningWriter::new, WarningWriter::create, WarningWriter::write,
        (in, p) -> new WarningReader(in, "warnings.csv", p), WarningReader::open, WarningReader::next,
        WarningReader::badLines, RandomRecords::warning);

    static final List<FileFormat<?, ?, ?>> ALL = List.of(SENSORS, PLOTS, TRUTH, TRUTH_EVENTS, AREAS, TRACKS, IMPACTS,
        WARNINGS);

    final String fileName;
    private final IoFunction<Writer, W> writerOn;
    private final IoFunction<Path, W> writerAt;
    private final IoBiConsumer<W, T> write;
    private final IoBiFunction<Reader, LineProblems, R> readerOn;
    private final IoBiFunction<Path, LineProblems, R> readerAt;
    private final IoFunction<R, T> next;
    private final ToLongFunction<R> badLines;
    private final Function<RandomRecords, T> random;

    private FileFormat(final String fileName, final IoFunction<Writer, W> writerOn, final IoFunction<Path, W> writerAt,
        final IoBiConsumer<W, T> write, final IoBiFunction<Reader, LineProblems, R> readerOn,
        final IoBiFunction<Path, LineProblems, R> readerAt, final IoFunction<R, T> next,
        final ToLongFunction<R> badLines, final Function<RandomRecords, T> random) {
        this.fileName = fileName;
        this.writerOn = writerOn;
        this.writerAt = writerAt;
        this.write = write;
        this.readerOn = readerOn;
        this.readerAt = readerAt;
        this.next = next;
        this.badLines = badLines;
        this.random = random;
    }

    List<T> random(final RandomRecords records, final int count) {
        final List<T> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(random.apply(records));
        }
        return list;
    }

    /** The text the writer makes of the records. */
    String write(final List<T> records) throws IOException {
        final StringWriter text = new StringWriter();
        try (W writer = writerOn.apply(text)) {
            for (final T record : records) {
                write.accept(writer, record);
            }
        }
        return text.toString();
    }

    void write(final Path file, final List<T> records) throws IOException {
        try (W writer = writerAt.apply(file)) {
            for (final T record : records) {
                write.accept(writer, record);
            }
        }
    }

    /** What a read gave: the records and the count of bad lines. */
    static final class Read<T> {
        final List<T> records = new ArrayList<>();
        long badLines;
    }

    Read<T> read(final String text, final LineProblems problems) throws IOException {
        return read(new StringReader(text), problems);
    }

    Read<T> read(final Reader source, final LineProblems problems) throws IOException {
        try (R reader = readerOn.apply(source, problems)) {
            return drain(reader);
        }
    }

    Read<T> read(final Path file, final LineProblems problems) throws IOException {
        try (R reader = readerAt.apply(file, problems)) {
            return drain(reader);
        }
    }

    private Read<T> drain(final R reader) throws IOException {
        final Read<T> read = new Read<>();
        for (T record = next.apply(reader); record != null; record = next.apply(reader)) {
            read.records.add(record);
        }
        read.badLines = badLines.applyAsLong(reader);
        return read;
    }

    /** Reads the text and writes what was read: the normalised text. */
    String normalise(final String text, final LineProblems problems) throws IOException {
        return write(read(text, problems).records);
    }

    @Override
    public String toString() {
        return fileName;
    }
}
