package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SQLite plans for the queries the repositories run (EXPLAIN QUERY PLAN): each listing and
 * scan walks an index that serves its filter and its order, so a page reads only its own rows and a
 * scan never sorts, and look-ups use the unique indexes or the creator index; every statement on
 * refresh tokens searches an index.
 */
class TaskListQueryPlanTest {
  private static final PageRequest PAGE = new PageRequest(3, 20);
  private static final String FULL_SORT = "USE TEMP B-TREE FOR ORDER BY";

  @TempDir static Path dir;

  private static SqliteDatabase database;

  @BeforeAll
  static void open() {
    database = SqliteDatabase.open(SqliteSettings.of(dir.resolve("tasks.db")));
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void defaultListing_walksTheCreationIndexWithoutSorting() {
    List<String> plan = plan(TaskFilter.ALL, TaskSort.NEWEST_FIRST);

    assertThat(plan)
        .contains("SCAN tasks USING INDEX tasks_created_at_idx")
        .noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  @Test
  void oldestFirst_walksTheCreationIndexWithoutSorting() {
    List<String> plan = plan(TaskFilter.ALL, TaskSort.parse("createdAt"));

    assertThat(plan)
        .contains("SCAN tasks USING INDEX tasks_created_at_idx")
        .noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  @Test
  void filterByStatus_searchesTheStatusIndex() {
    List<String> plan = plan(new TaskFilter(TaskStatus.PENDING, null, null), TaskSort.NEWEST_FIRST);

    assertThat(plan)
        .contains("SEARCH tasks USING INDEX tasks_status_idx (status=?)")
        .noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  @Test
  void filterByAssignee_searchesTheAssigneeIndex() {
    List<String> plan = plan(new TaskFilter(null, null, "ann"), TaskSort.NEWEST_FIRST);

    assertThat(plan)
        .contains("SEARCH tasks USING INDEX tasks_assigned_to_idx (assigned_to=?)")
        .noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  @Test
  void filterByPriority_searchesAPriorityIndex() {
    List<String> plan = plan(new TaskFilter(null, Priority.HIGH, null), TaskSort.NEWEST_FIRST);

    assertThat(plan)
        .anyMatch(
            step ->
                step.matches(
                    "SEARCH tasks USING INDEX tasks_priority_\\w+ \\(priority_rank=\\?\\)"))
        .noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  @Test
  void sortByPriority_walksAPriorityIndexEitherWay() {
    assertThat(plan(TaskFilter.ALL, TaskSort.parse("priority")))
        .contains("SCAN tasks USING INDEX tasks_priority_asc_idx")
        .doesNotContain(FULL_SORT);
    assertThat(plan(TaskFilter.ALL, TaskSort.parse("-priority")))
        .contains("SCAN tasks USING INDEX tasks_priority_idx")
        .doesNotContain(FULL_SORT);
  }

  @Test
  void sortByDueDate_walksADueDateIndexEitherWay() {
    assertThat(plan(TaskFilter.ALL, TaskSort.parse("dueDate")))
        .contains("SCAN tasks USING INDEX tasks_due_date_asc_idx")
        .doesNotContain(FULL_SORT);
    assertThat(plan(TaskFilter.ALL, TaskSort.parse("-dueDate")))
        .contains("SCAN tasks USING INDEX tasks_due_date_idx")
        .doesNotContain(FULL_SORT);
  }

  @Test
  void filterByStatus_withEachSortButTheRareOnes_walksAStatusIndexWithoutSorting() {
    TaskFilter pending = new TaskFilter(TaskStatus.PENDING, null, null);

    assertThat(plan(pending, TaskSort.parse("-priority")))
        .contains("SEARCH tasks USING INDEX tasks_status_priority_idx (status=?)")
        .noneMatch(step -> step.contains("TEMP B-TREE"));
    assertThat(plan(pending, TaskSort.parse("dueDate")))
        .contains("SEARCH tasks USING INDEX tasks_status_due_date_asc_idx (status=?)")
        .noneMatch(step -> step.contains("TEMP B-TREE"));
    assertThat(plan(pending, TaskSort.parse("createdAt")))
        .contains("SEARCH tasks USING INDEX tasks_status_idx (status=?)")
        .noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  /**
   * The rarer orders of one status have no index of their own (see V4): the plan must still read
   * only that status through a status index, never walk a sort index over the whole board.
   */
  @Test
  void filterByStatus_withARareSort_searchesAStatusIndex() {
    for (String sort : List.of("priority", "-dueDate", "title")) {
      assertThat(plan(new TaskFilter(TaskStatus.PENDING, null, null), TaskSort.parse(sort)))
          .as(sort)
          .anyMatch(
              step -> step.matches("SEARCH tasks USING INDEX tasks_status_\\w+ \\(status=\\?\\)"))
          .noneMatch(step -> step.startsWith("SCAN tasks"));
    }
  }

  @Test
  void filterByStatusAndPriority_searchesBothInOneIndexWithoutSorting() {
    List<String> plan =
        plan(new TaskFilter(TaskStatus.PENDING, Priority.HIGH, null), TaskSort.NEWEST_FIRST);

    assertThat(plan)
        .contains(
            "SEARCH tasks USING INDEX tasks_status_priority_idx (status=? AND priority_rank=?)")
        .noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  /**
   * No index serves an assignee with another order (see V4): the plan must still read only that
   * person's tasks through the assignee index, never walk a sort index over the whole board.
   */
  @Test
  void filterByAssignee_withAnySort_searchesTheAssigneeIndex() {
    for (String sort : List.of("-priority", "priority", "dueDate", "-dueDate", "title")) {
      assertThat(plan(new TaskFilter(null, null, "ann"), TaskSort.parse(sort)))
          .as(sort)
          .contains("SEARCH tasks USING INDEX tasks_assigned_to_idx (assigned_to=?)")
          .noneMatch(step -> step.startsWith("SCAN tasks"));
    }
  }

  @Test
  void theTotal_sumsTheKeptCountsOfTheFilter_withoutReadingTasks() {
    TaskListQuery query =
        TaskListQuery.of(
            new TaskFilter(TaskStatus.COMPLETED, null, null), TaskSort.NEWEST_FIRST, PAGE);

    assertThat(plan(query.countSql(), query.filterParameters()))
        .singleElement()
        .asString()
        .matches("SEARCH task_counts USING PRIMARY KEY \\(status=\\?\\)");
  }

  @Test
  void lookUpByEmail_searchesTheUniqueEmailIndex() {
    assertThat(plan(UserDao.FIND_BY_EMAIL, Map.of("email", "ann@example.com")))
        .containsExactly("SEARCH users USING INDEX users_email_key (email=?)");
  }

  @Test
  void lookUpByUsername_searchesTheUniqueUsernameIndex() {
    // No repository method reads by username; this is the probe the UNIQUE check makes on insert.
    assertThat(plan("SELECT 1 FROM users WHERE username = :username", Map.of("username", "ann")))
        .containsExactly("SEARCH users USING COVERING INDEX users_username_key (username=?)");
  }

  @Test
  void scan_walksTheCreationIndexInOrder() {
    TaskListQuery query = TaskListQuery.scan(TaskFilter.ALL);

    assertThat(plan(query.scanSql(), query.filterParameters()))
        .containsExactly("SCAN tasks USING INDEX tasks_created_at_idx");
  }

  @Test
  void scanByStatus_searchesTheStatusIndexInOrder() {
    TaskListQuery query = TaskListQuery.scan(new TaskFilter(TaskStatus.PENDING, null, null));

    assertThat(plan(query.scanSql(), query.filterParameters()))
        .containsExactly("SEARCH tasks USING INDEX tasks_status_idx (status=?)");
  }

  @Test
  void anyCreatedBy_searchesTheCreatorIndex() {
    assertThat(plan(TaskDao.ANY_CREATED_BY, Map.of("createdBy", "some-user-id")))
        .contains("SEARCH tasks USING COVERING INDEX tasks_created_by_idx (created_by=?)");
  }

  @Test
  void userListing_walksTheCreationIndexWithoutSorting() {
    Map<String, Object> unfiltered = new HashMap<>();
    unfiltered.put("role", null);
    unfiltered.put("active", null);
    unfiltered.put("limit", 20);
    unfiltered.put("offset", 40L);
    Map<String, Object> filtered = new HashMap<>(unfiltered);
    filtered.put("role", "admin");
    filtered.put("active", true);

    for (Map<String, Object> parameters : List.of(unfiltered, filtered)) {
      assertThat(plan(UserDao.PAGE, parameters))
          .containsExactly("SCAN users USING INDEX users_created_at_idx");
    }
  }

  @Test
  void refreshTokenByHash_searchesTheUniqueHashIndex() {
    assertThat(plan(RefreshTokenDao.FIND_BY_HASH, Map.of("tokenHash", "abc")))
        .containsExactly(
            "SEARCH refresh_tokens USING INDEX refresh_tokens_token_hash_key (token_hash=?)");
  }

  @Test
  void markUsed_searchesThePrimaryKey() {
    assertThat(plan(RefreshTokenDao.MARK_USED, Map.of("id", "some-id", "at", 1L)))
        .singleElement()
        .asString()
        .matches(
            "SEARCH refresh_tokens USING INDEX sqlite_autoindex_refresh_tokens_\\d+ \\(id=\\?\\)");
  }

  @Test
  void revokingAFamilyOrAUser_searchesTheirIndexes() {
    assertThat(plan(RefreshTokenDao.REVOKE_FAMILY, Map.of("familyId", "f", "at", 1L)))
        .containsExactly(
            "SEARCH refresh_tokens USING INDEX refresh_tokens_family_id_idx (family_id=?)");
    assertThat(plan(RefreshTokenDao.REVOKE_ALL_OF, Map.of("userId", "u", "at", 1L)))
        .containsExactly(
            "SEARCH refresh_tokens USING INDEX refresh_tokens_user_id_idx (user_id=?)");
  }

  @Test
  void deleteExpired_searchesTheExpiryIndex() {
    assertThat(plan(RefreshTokenDao.DELETE_EXPIRED, Map.of("before", 1L)))
        .containsExactly(
            "SEARCH refresh_tokens USING COVERING INDEX refresh_tokens_expires_at_idx"
                + " (expires_at<?)");
  }

  private static List<String> plan(TaskFilter filter, TaskSort sort) {
    TaskListQuery query = TaskListQuery.of(filter, sort, PAGE);
    return plan(query.sql(), query.parameters());
  }

  private static List<String> plan(String sql, Map<String, ?> parameters) {
    return Jdbi.create(database.dataSource())
        .withHandle(
            handle ->
                handle
                    .createQuery("EXPLAIN QUERY PLAN " + sql)
                    .bindMap(parameters)
                    .map((row, context) -> row.getString("detail"))
                    .list());
  }
}
