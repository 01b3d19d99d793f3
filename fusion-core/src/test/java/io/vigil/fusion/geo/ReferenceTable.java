package io.vigil.fusion.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference CSV table from the test class path: '#' lines are comments, the first other
 * line is the header, columns are found by name.
 */
final class ReferenceTable {

    private final String resource;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<double[]> rows = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();

    private ReferenceTable(final String resource) {
        this.resource = resource;
    }

    static ReferenceTable load(final String resource) {
        final ReferenceTable table = new ReferenceTable(resource);
        try (InputStream in = ReferenceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final String[] cells = line.split(",", -1);
                if (table.columns.isEmpty()) {
                    for (int i = 0; i < cells.length; i++) {
                        table.columns.put(cells[i].trim(), i);
                    }
                    continue;
                }
                final double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = Double.parseDouble(cells[i].trim());
                }
                table.rows.add(row);
                table.lineNumbers.add(lineNumber);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    int size() {
        return rows.size();
    }

    double get(final int row, final String column) {
        final Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column " + column + " in " + resource);
        }
        return rows.get(row)[index];
    }

    /** Where a row came from, for failure messages. */
    String where(final int row) {
        return resource + " line " + lineNumbers.get(row);
    }
}
