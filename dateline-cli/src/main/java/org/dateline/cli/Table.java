package org.dateline.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.text.ControlCharacters;

/**
 * Rows printed as an aligned text table for people: a header, then one line per row; line breaks in cells become
 * spaces and cells longer than their column's width are cut with an ellipsis.
 */
final class Table {
    private final List<String> headers;
    private final List<Integer> widths;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns as header name and widest cell (characters). */
    Table(List<String> headers, List<Integer> widths) {
        if (headers.size() != widths.size()) {
            throw new IllegalArgumentException(headers.size() + " headers but " + widths.size() + " widths");
        }
        this.headers = List.copyOf(headers);
        this.widths = List.copyOf(widths);
    }

    /** Whether output is for people: standard output is a terminal and JSON was not asked for. */
    static boolean forPeople(boolean json) {
        return !json && System.console() != null;
    }

    Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(headers.size() + " columns but " + cells.length + " cells");
        }
        List<String> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            row.add(cell(cells[i], widths.get(i)));
        }
        rows.add(row);
        return this;
    }

    void print(PrintStream out) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        out.println(line(headers, width));
        for (List<String> row : rows) {
            out.println(line(row, width));
        }
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            b.append(cell);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(width[i] - cell.length() + 2));
            }
        }
        return b.toString().stripTrailing();
    }

    private static String cell(Object value, int max) {
        String text = value == null ? "" : ControlCharacters.escape(value.toString().replaceAll("\\s+", " ").strip());
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
