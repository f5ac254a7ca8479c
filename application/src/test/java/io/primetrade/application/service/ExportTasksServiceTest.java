package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.ExportTasksUseCase.Query;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskFilter;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTasksServiceTest {
  private final TestCore tc = new TestCore();
  private final User boss = Fixtures.user("boss", Role.ADMIN, T0);
  private final Actor admin = boss.asActor();
  private final Actor ann = Fixtures.user("ann", Role.USER, T0).asActor();
  private final List<Task> sink = new ArrayList<>();

  private Task add(String title, int second, TaskStatus status, String assignedTo) {
    Task task =
        Fixtures.task(
            title, status, Priority.MEDIUM, null, assignedTo, boss.id(), T0.plusSeconds(second));
    tc.tasks.add(task);
    return task;
  }

  private long export(Actor actor, TaskFilter filter) {
    return tc.core.exportTasks().export(new Query(actor, filter), sink::add);
  }

  private List<String> exportedTitles() {
    return sink.stream().map(Task::title).toList();
  }

  @Test
  void exportsEveryTask_oldestFirst_andCountsThem() {
    add("Charlie", 3, TaskStatus.PENDING, null);
    add("Alpha", 1, TaskStatus.COMPLETED, "ann");
    add("Bravo", 2, TaskStatus.IN_PROGRESS, "bob");

    long count = export(admin, TaskFilter.ALL);

    assertThat(count).isEqualTo(3);
    assertThat(exportedTitles()).containsExactly("Alpha", "Bravo", "Charlie");
  }

  @Test
  void sinkReceivesTheTasksAsStored() {
    Task first = add("Alpha", 1, TaskStatus.COMPLETED, "ann");
    Task second = add("Bravo", 2, TaskStatus.PENDING, null);

    export(admin, TaskFilter.ALL);

    assertThat(sink).containsExactly(first, second);
  }

  @Test
  void nullFilter_exportsEveryTask() {
    add("Alpha", 1, TaskStatus.COMPLETED, "ann");
    add("Bravo", 2, TaskStatus.PENDING, null);

    assertThat(export(admin, null)).isEqualTo(2);
    assertThat(exportedTitles()).containsExactly("Alpha", "Bravo");
  }

  @Test
  void exportsOnlyMatchingTasks_andCountsOnlyThose() {
    add("Alpha", 1, TaskStatus.PENDING, "ann");
    add("Bravo", 2, TaskStatus.COMPLETED, "ann");
    add("Charlie", 3, TaskStatus.PENDING, "bob");
    add("Delta", 4, TaskStatus.PENDING, "ann");

    long count = export(admin, new TaskFilter(TaskStatus.PENDING, null, "ann"));

    assertThat(count).isEqualTo(2);
    assertThat(exportedTitles()).containsExactly("Alpha", "Delta");
  }

  @Test
  void emptyBoard_exportsNothing() {
    assertThat(export(admin, TaskFilter.ALL)).isZero();
    assertThat(sink).isEmpty();
  }

  @Test
  void operatorMayExport() {
    add("Alpha", 1, TaskStatus.PENDING, null);

    assertThat(export(Actor.operator(), TaskFilter.ALL)).isEqualTo(1);
  }

  @Test
  void userMayNotExport_andGetsNothing() {
    add("Alpha", 1, TaskStatus.PENDING, "ann");

    ForbiddenException e = thrown(ForbiddenException.class, () -> export(ann, TaskFilter.ALL));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("task.transfer.forbidden");
    assertThat(sink).isEmpty();
  }

  @Test
  void exportLeavesTheTasksInPlace() {
    Task task = add("Alpha", 1, TaskStatus.PENDING, null);

    export(admin, TaskFilter.ALL);

    assertThat(tc.tasks.findById(task.id())).contains(task);
  }
}
