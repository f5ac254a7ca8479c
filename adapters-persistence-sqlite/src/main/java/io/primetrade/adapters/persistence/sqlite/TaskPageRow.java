package io.primetrade.adapters.persistence.sqlite;

import org.jdbi.v3.core.mapper.RowMapper;

/** A task row of a listing with the number of tasks that match across all pages. */
record TaskPageRow(TaskRow task, long total) {
  /** Reads the task's columns and {@code total} by name. */
  static final RowMapper<TaskPageRow> MAPPER =
      (rs, ctx) -> new TaskPageRow(TaskRow.map(rs, ctx), rs.getLong("total"));
}
