/**
 * The documented CSV file formats (docs/FORMATS.md): one immutable record type per row
 * kind, and streaming readers and writers that round-trip exactly. Values are kept as the
 * files hold them (degrees, ISO-8601 times as nanoseconds since the Unix epoch), so a
 * record read and written again gives the same text.
 *
 * <p>Each file has a reader ({@code PlotReader}, ...) and a writer ({@code PlotWriter},
 * ...) over the generic {@link io.vigil.fusion.io.CsvReader} and
 * {@link io.vigil.fusion.io.CsvWriter}; {@link io.vigil.fusion.io.IsoTime} converts the
 * times. A file that cannot be read at all (no header, a required column missing) throws
 * {@link io.vigil.fusion.io.CsvFormatException}; a bad row is reported to
 * {@link io.vigil.fusion.io.LineProblems}, counted and skipped. {@code PlotRecord.fill} and
 * {@code TrackRecord.of} convert to and from the engine.
 *
 * <p>Beside the engine: this package may use the engine's public API, never the reverse.
 */
package io.vigil.fusion.io;
