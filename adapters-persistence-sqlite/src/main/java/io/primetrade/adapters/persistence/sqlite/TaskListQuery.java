package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SQL of one task listing, in one place so that a test can check its query plans.
 *
 * <p>Only fixed fragments go into the text: filter values, the limit and the offset are bound
 * parameters, and the ORDER BY comes from a switch over {@link TaskSort.Key}. The common listings
 * have an index that serves both their filter and their order (see migrations V1 and V4), so a page
 * reads only the rows it returns; the rarer combinations search their filter's index and sort only
 * its matches (TaskListQueryPlanTest holds both). The total is a scalar subquery in the same
 * statement rather than {@code count(*) OVER ()}, because a window over the whole result makes
 * SQLite sort every match in a temporary b-tree instead of walking the index; and it sums the
 * counts that migration V5's triggers keep per status, priority and assignee rather than counting
 * the matches, which would read up to every task for every page. The filter columns have the same
 * names in both tables, so one WHERE serves both.
 */
final class TaskListQuery {
  /** Ties are broken newest first, then by id, in every order but the creation time's own. */
  private static final String TIES = ", created_at DESC, id DESC";

  /** A scan's order: oldest first, then by id, as the creation and filter indexes hold them. */
  private static final String OLDEST_FIRST = "created_at ASC, id ASC";

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

  /**
   * Every match of {@code filter}, oldest first: what an export streams; see {@link #scanSql()}.
   */
  static TaskListQuery scan(TaskFilter filter) {
    return of(filter, OLDEST_FIRST, null);
  }

  private static TaskListQuery of(TaskFilter filter, String orderBy, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.status() != null) {
      conditions.add("status = :status");
      parameters.put("status", filter.status().code());
    }
    if (filter.priority() != null) {
      // The rank, not the code, so that the priority index serves the filter.
      conditions.add("priority_rank = :priorityRank");
      parameters.put("priorityRank", TaskRow.priorityRank(filter.priority()));
    }
    if (filter.assignedTo() != null) {
      if (filter.assignedTo().isEmpty()) {
        // No task has an empty assignee (a Task makes a blank one null), but task_counts marks
        // the unassigned with '': an empty filter matches nothing, in either table.
        conditions.add("0");
      } else {
        conditions.add("assigned_to = :assignedTo");
        parameters.put("assignedTo", filter.assignedTo());
      }
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new TaskListQuery(where, orderBy, parameters, page);
  }

  private static String orderBy(TaskSort sort) {
    boolean descending = sort.descending();
    return switch (sort.key()) {
      case CREATED_AT -> descending ? "created_at DESC, id DESC" : OLDEST_FIRST;
      case PRIORITY -> (descending ? "priority_rank DESC" : "priority_rank ASC") + TIES;
      case TITLE -> (descending ? "title COLLATE NOCASE DESC" : "title COLLATE NOCASE ASC") + TIES;
      // Undated tasks come last either way. NULL sorts lowest, so descending gives that by
      // itself; ascending says "due_date IS NULL" first rather than NULLS LAST, because SQLite
      // walks an index for the former (tasks_due_date_asc_idx) and sorts every row for the latter.
      case DUE_DATE -> (descending ? "due_date DESC" : "due_date IS NULL, due_date ASC") + TIES;
    };
  }

  /** The page's rows, each with a {@code total} column counting the matches on all pages. */
  String sql() {
    requirePage();
    return "SELECT "
        + TaskDao.COLUMNS
        + ", ("
        + countSql()
        + ") AS total FROM tasks"
        + where
        + " ORDER BY "
        + orderBy
        + " LIMIT :limit OFFSET :offset";
  }

  /** The number of matches, for a page beyond the last, which has no row to carry the total. */
  String countSql() {
    return "SELECT coalesce(sum(tasks), 0) FROM task_counts" + where;
  }

  /**
   * Every matching row, in order, with no limit: the query of a {@link #scan}, which binds {@link
   * #filterParameters()}. A status, priority or assignee filter walks its index in this order too.
   */
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
