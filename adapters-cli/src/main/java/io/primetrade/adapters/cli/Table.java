package io.primetrade.adapters.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Columns aligned for people: a listing (a header row, then one row per item, long cells cut) or
 * the fields of one item (name and full value per row). A null cell prints as "-".
 */
final class Table {
  /** Longer cells of a listing are cut, so that one long title does not push every row aside. */
  static final int MAX_CELL = 60;

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private final boolean cut;

  private Table(int columns, boolean cut) {
    this.columns = columns;
    this.cut = cut;
  }

  /** A listing with these column headers. */
  static Table of(String... headers) {
    Table table = new Table(headers.length, true);
    table.rows.add(headers);
    return table;
  }

  /** The fields of one item: add rows of name and value. */
  static Table fields() {
    return new Table(2, false);
  }

  Table row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "expected " + columns + " cells, got " + Arrays.toString(cells));
    }
    String[] text = new String[columns];
    for (int i = 0; i < columns; i++) {
      text[i] = cell(cells[i]);
    }
    rows.add(text);
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private String cell(Object value) {
    if (value == null) {
      return "-";
    }
    // Line breaks in a description would break the columns.
    String text = value.toString().replaceAll("\\s+", " ").strip();
    if (text.isEmpty()) {
      return "-";
    }
    return cut && text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 3) + "..." : text;
  }
}
