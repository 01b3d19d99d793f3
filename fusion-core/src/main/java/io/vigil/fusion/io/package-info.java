/**
 * The documented CSV file formats (docs/FORMATS.md): one immutable record type per row
 * kind, and streaming readers and writers that round-trip exactly. Values are kept as the
 * files hold them (degrees, ISO-8601 times as nanoseconds since the Unix epoch), so a
 * record read and written again gives the same text. Beside the engine: this package may
 * use the engine's public API, never the reverse.
 */
package io.vigil.fusion.io;
