package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.ListTasksUseCase.Query;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListTasksServiceTest {
  private final TestCore tc = new TestCore();
  private final User admin = Fixtures.user("boss", Role.ADMIN, T0);
  private final Actor ann = Fixtures.user("ann", Role.USER, T0).asActor();

  @BeforeEach
  void addTasks() {
    add("Alpha", 1, TaskStatus.PENDING, Priority.LOW, "ann");
    add("Bravo", 2, TaskStatus.COMPLETED, Priority.HIGH, "bob");
    add("Charlie", 3, TaskStatus.PENDING, Priority.MEDIUM, null);
    add("Delta", 4, TaskStatus.IN_PROGRESS, Priority.HIGH, "ann");
    add("Echo", 5, TaskStatus.COMPLETED, Priority.LOW, null);
  }

  private void add(String title, int second, TaskStatus status, Priority priority, String who) {
    tc.tasks.add(
        Fixtures.task(title, status, priority, null, who, admin.id(), T0.plusSeconds(second)));
  }

  private Page<Task> list(Query query) {
    return tc.core.listTasks().list(query);
  }

  private Query paged(Integer page, Integer limit) {
    return new Query(ann, page, limit, null, null, null, null);
  }

  private static List<String> titles(Page<Task> page) {
    return page.items().stream().map(Task::title).toList();
  }

  @Test
  void firstPage_newestFirst_byDefault() {
    Page<Task> page = list(Query.firstPage(ann));

    assertThat(titles(page)).containsExactly("Echo", "Delta", "Charlie", "Bravo", "Alpha");
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.request()).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_LIMIT));
  }

  @Test
  void pagesThrough_withPageAndLimit() {
    Page<Task> second = list(paged(2, 2));

    assertThat(titles(second)).containsExactly("Charlie", "Bravo");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.request()).isEqualTo(new PageRequest(2, 2));
    assertThat(titles(list(paged(3, 2)))).containsExactly("Alpha");
  }

  @Test
  void pageBeyondTheEnd_isEmptyButCountsAll() {
    Page<Task> page = list(paged(4, 2));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void filtersByStatus() {
    Page<Task> page = list(new Query(ann, null, null, TaskStatus.COMPLETED, null, null, null));

    assertThat(titles(page)).containsExactly("Echo", "Bravo");
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void filtersByPriorityAndAssignee() {
    Page<Task> page = list(new Query(ann, null, null, null, Priority.HIGH, "ann", null));

    assertThat(titles(page)).containsExactly("Delta");
  }

  @Test
  void sortsAsAsked() {
    assertThat(titles(list(new Query(ann, null, null, null, null, null, TaskSort.parse("title")))))
        .containsExactly("Alpha", "Bravo", "Charlie", "Delta", "Echo");
    assertThat(titles(list(new Query(ann, null, null, null, null, null, TaskSort.parse("-title")))))
        .containsExactly("Echo", "Delta", "Charlie", "Bravo", "Alpha");
    assertThat(
            titles(list(new Query(ann, null, null, null, null, null, TaskSort.parse("createdAt")))))
        .containsExactly("Alpha", "Bravo", "Charlie", "Delta", "Echo");
  }

  @Test
  void sortsByUrgency_thenNewestFirst() {
    Page<Task> page =
        list(new Query(ann, null, null, null, null, null, TaskSort.parse("-priority")));

    assertThat(titles(page)).containsExactly("Delta", "Bravo", "Charlie", "Echo", "Alpha");
  }

  @Test
  void refusesLimitZero() {
    InvalidInputException e = thrown(InvalidInputException.class, () -> list(paged(1, 0)));

    assertThat(e.errors()).containsExactly(new FieldError("limit", "must be between 1 and 100"));
    assertThat(e.getMessage()).isEqualTo("limit must be between 1 and 100");
  }

  @Test
  void refusesLimit101() {
    InvalidInputException e = thrown(InvalidInputException.class, () -> list(paged(1, 101)));

    assertThat(e.errors()).containsExactly(new FieldError("limit", "must be between 1 and 100"));
  }

  @Test
  void acceptsLimit100() {
    assertThat(list(paged(1, 100)).items()).hasSize(5);
  }

  @Test
  void refusesPageZero() {
    InvalidInputException e = thrown(InvalidInputException.class, () -> list(paged(0, 10)));

    assertThat(e.errors()).containsExactly(new FieldError("page", "must be at least 1"));
    assertThat(e.getMessage()).isEqualTo("page must be at least 1");
  }

  @Test
  void refusesPageAndLimit_together() {
    InvalidInputException e = thrown(InvalidInputException.class, () -> list(paged(0, 0)));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("page", "limit");
  }
}
