package io.primetrade.adapters.persistence.postgres;

import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SQL of one listing (a page) or one scan of the {@code tasks} table: the filter's conditions,
 * bound as parameters, and the sort's ORDER BY, chosen from a closed set rather than built from
 * input.
 *
 * <p>The orders are the SQLite adapter's, which the shared contract tests check:
 *
 * <ul>
 *   <li>ties are broken newest first, then by id; PostgreSQL compares uuids byte by byte, which is
 *       the order of their canonical lower-case text, so {@code id} needs no cast to text;
 *   <li>titles compare as SQLite's NOCASE does: ASCII letters folded to lower case, nothing else,
 *       then byte by byte ({@code COLLATE "C"}), whatever the database's locale;
 *   <li>priority by urgency: the enum is declared low, medium, high;
 *   <li>undated tasks last in both directions ({@code NULLS LAST}; PostgreSQL's default puts NULL
 *       first when descending).
 * </ul>
 */
final class TaskListQuery {
  /** Ties are broken newest first, then by id, in every order but the creation time's own. */
  private static final String TIES = ", created_at DESC, id DESC";

  /** A scan's order: oldest first, then by id. */
  private static final String OLDEST_FIRST = "created_at ASC, id ASC";

  /** SQLite's NOCASE: only A to Z fold, then the UTF-8 bytes compare. */
  private static final String TITLE_NOCASE =
      "translate(title, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\"";

  private final String where;
  private final String orderBy;
  private final Map<String, Object> filterParameters;

  /** Null for a scan, which reads every match. */
  private final PageRequest page;

  private TaskListQuery(
      String where, String orderBy, Map<String, Object> filterParameters, PageRequest page) {
    this.where = where;
    this.orderBy = orderBy;
    this.filterParameters = Map.copyOf(filterParameters);
    this.page = page;
  }

  /** One page of a listing. */
  static TaskListQuery of(TaskFilter filter, TaskSort sort, PageRequest page) {
    return of(filter, orderBy(sort), Objects.requireNonNull(page, "page"));
  }

  /** Every match of {@code filter}, oldest first: what an export streams. */
  static TaskListQuery scan(TaskFilter filter) {
    return of(filter, OLDEST_FIRST, null);
  }

  private static TaskListQuery of(TaskFilter filter, String orderBy, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.status() != null) {
      conditions.add("status = CAST(:status AS task_status)");
      parameters.put("status", filter.status().code());
    }
    if (filter.priority() != null) {
      conditions.add("priority = CAST(:priority AS task_priority)");
      parameters.put("priority", filter.priority().code());
    }
    if (filter.assignedTo() != null) {
      conditions.add("assigned_to = :assignedTo");
      parameters.put("assignedTo", filter.assignedTo());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new TaskListQuery(where, orderBy, parameters, page);
  }

  private static String orderBy(TaskSort sort) {
    boolean descending = sort.descending();
    return switch (sort.key()) {
      case CREATED_AT -> descending ? "created_at DESC, id DESC" : OLDEST_FIRST;
      case PRIORITY -> (descending ? "priority DESC" : "priority ASC") + TIES;
      case TITLE -> TITLE_NOCASE + (descending ? " DESC" : " ASC") + TIES;
      case DUE_DATE -> (descending ? "due_date DESC NULLS LAST" : "due_date ASC NULLS LAST") + TIES;
    };
  }

  /** The page's rows, each with a {@code total} column counting the matches on all pages. */
  String sql() {
    requirePage();
    return "SELECT "
        + TaskDao.COLUMNS
        + ", count(*) OVER () AS total FROM tasks"
        + where
        + " ORDER BY "
        + orderBy
        + " LIMIT :limit OFFSET :offset";
  }

  /** The number of matches, for a page beyond the last, which has no row to carry the total. */
  String countSql() {
    return "SELECT count(*) FROM tasks" + where;
  }

  /** Every matching row, in order, with no limit: the query of a {@link #scan}. */
  String scanSql() {
    return "SELECT " + TaskDao.COLUMNS + " FROM tasks" + where + " ORDER BY " + orderBy;
  }

  /** The parameters of {@link #sql()}. */
  Map<String, Object> parameters() {
    requirePage();
    Map<String, Object> parameters = new LinkedHashMap<>(filterParameters);
    parameters.put("limit", page.limit());
    parameters.put("offset", page.offset());
    return parameters;
  }

  /** The parameters of {@link #countSql()} and {@link #scanSql()}. */
  Map<String, Object> filterParameters() {
    return filterParameters;
  }

  private void requirePage() {
    if (page == null) {
      throw new IllegalStateException("A scan has no page: use scanSql()");
    }
  }
}
