package io.primetrade.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskPatchTest {
  private static final DueDate DUE = new DueDate(Instant.parse("2026-12-01T00:00:00Z"));

  private static InvalidInputException refusal(Runnable action) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, action::run);
    assertThat(e).as("expected InvalidInputException").isNotNull();
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
    return e;
  }

  @Test
  void emptyPatchRefused() {
    InvalidInputException e =
        refusal(() -> new TaskPatch(null, null, null, null, null, null, Set.of()));

    assertThat(e.getMessage()).contains("Nothing to change");
  }

  @Test
  void settingAndClearingOneFieldRefused_namingTheField() {
    InvalidInputException e =
        refusal(() -> new TaskPatch(null, null, null, null, DUE, null, Set.of(TaskField.DUE_DATE)));

    assertThat(e.errors())
        .containsExactly(new FieldError("dueDate", "cannot be both set and cleared"));
  }

  @Test
  void emptyPatchRefused_withNullCleared() {
    refusal(() -> new TaskPatch(null, null, null, null, null, null, null));
  }

  @Test
  void clearingTitleRefused_namingTheField() {
    InvalidInputException e =
        refusal(() -> new TaskPatch(null, null, null, null, null, null, Set.of(TaskField.TITLE)));

    assertThat(e.errors()).containsExactly(new FieldError("title", "must not be null"));
  }

  @Test
  void clearingStatusRefused_namingTheField() {
    InvalidInputException e =
        refusal(() -> new TaskPatch(null, null, null, null, null, null, Set.of(TaskField.STATUS)));

    assertThat(e.errors()).containsExactly(new FieldError("status", "must not be null"));
  }

  @Test
  void clearingPriorityRefused_namingTheField() {
    InvalidInputException e =
        refusal(
            () -> new TaskPatch(null, null, null, null, null, null, Set.of(TaskField.PRIORITY)));

    assertThat(e.errors()).containsExactly(new FieldError("priority", "must not be null"));
  }

  @Test
  void clearingOptionalFieldAlone_isAChange() {
    TaskPatch patch =
        new TaskPatch(null, null, null, null, null, null, Set.of(TaskField.DESCRIPTION));

    assertThat(patch.cleared()).containsExactly(TaskField.DESCRIPTION);
    assertThat(patch.fields()).containsExactly(TaskField.DESCRIPTION);
  }

  @Test
  void changesOnlyStatus_whenStatusAlone() {
    assertThat(
            new TaskPatch(null, null, TaskStatus.COMPLETED, null, null, null, Set.of())
                .changesOnlyStatus())
        .isTrue();
  }

  @Test
  void changesOnlyStatus_falseWhenAnotherFieldIsSet() {
    assertThat(
            new TaskPatch("Title", null, TaskStatus.COMPLETED, null, null, null, null)
                .changesOnlyStatus())
        .isFalse();
    assertThat(
            new TaskPatch(null, null, TaskStatus.COMPLETED, Priority.LOW, null, null, null)
                .changesOnlyStatus())
        .isFalse();
  }

  @Test
  void changesOnlyStatus_falseWhenAFieldIsCleared() {
    assertThat(
            new TaskPatch(
                    null,
                    null,
                    TaskStatus.COMPLETED,
                    null,
                    null,
                    null,
                    Set.of(TaskField.ASSIGNED_TO))
                .changesOnlyStatus())
        .isFalse();
  }

  @Test
  void changesOnlyStatus_falseWithoutStatus() {
    assertThat(new TaskPatch(null, null, null, Priority.HIGH, null, null, null).changesOnlyStatus())
        .isFalse();
  }

  @Test
  void fields_namesEverythingSetOrCleared() {
    TaskPatch patch =
        new TaskPatch(
            "Title",
            null,
            TaskStatus.PENDING,
            Priority.LOW,
            DUE,
            null,
            Set.of(TaskField.DESCRIPTION, TaskField.ASSIGNED_TO));

    assertThat(patch.fields()).isEqualTo(EnumSet.allOf(TaskField.class));
  }

  @Test
  void fields_namesOnlyWhatIsSet() {
    TaskPatch patch = new TaskPatch(null, "more", null, null, DUE, "ann", null);

    assertThat(patch.fields())
        .containsExactlyInAnyOrder(
            TaskField.DESCRIPTION, TaskField.DUE_DATE, TaskField.ASSIGNED_TO);
  }
}
