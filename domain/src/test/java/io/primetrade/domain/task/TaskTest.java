package io.primetrade.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");
  private static final Instant T1 = Instant.parse("2026-11-23T04:05:06.789Z");
  private static final TaskId ID = new TaskId(new UUID(1, 1));
  private static final UserId CREATOR = new UserId(new UUID(0, 1));

  private static Task create(String title, String description, String assignedTo) {
    return Task.create(ID, title, description, null, null, null, assignedTo, CREATOR, T0);
  }

  private static Task rehydrate(String title, Instant createdAt, Instant updatedAt) {
    return new Task(
        ID,
        title,
        null,
        TaskStatus.PENDING,
        Priority.LOW,
        null,
        null,
        CREATOR,
        createdAt,
        updatedAt,
        7);
  }

  private static void assertRefused(Runnable action, String field, String message) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, action::run);
    assertThat(e).as("expected InvalidInputException on " + field).isNotNull();
    assertThat(e.errors()).containsExactly(new FieldError(field, message));
  }

  @Test
  void controlCharactersRefused_butDescriptionKeepsLineBreaks() {
    String message = "must not contain control characters";

    assertRefused(() -> create("Bell\u0007title", null, null), "title", message);
    assertRefused(() -> create("Two\nlines", null, null), "title", message);
    assertRefused(() -> create("Title", "nul\u0000", null), "description", message);
    assertRefused(() -> create("Title", null, "ann\u001b[31m"), "assignedTo", message);
    assertThat(create("Title", "line one\nline two\tend", null).description())
        .isEqualTo("line one\nline two\tend");
  }

  @Test
  void titleIsTrimmed_onCreation() {
    assertThat(create("  Write the report \t", null, null).title()).isEqualTo("Write the report");
  }

  @Test
  void titleOfThreeAndOf255Characters_isAllowed() {
    assertThat(create("abc", null, null).title()).isEqualTo("abc");
    assertThat(create("x".repeat(255), null, null).title()).hasSize(255);
  }

  @Test
  void titleRefused_whenShorterThan3AfterTrimming() {
    assertRefused(() -> create("  ab  ", null, null), "title", "must be 3 to 255 characters");
  }

  @Test
  void titleRefused_whenLongerThan255() {
    assertRefused(
        () -> create("x".repeat(256), null, null), "title", "must be 3 to 255 characters");
  }

  @Test
  void titleRefused_whenNull() {
    assertRefused(() -> create(null, null, null), "title", "must be 3 to 255 characters");
  }

  @Test
  void titleRules_applyOnRehydration() {
    assertRefused(() -> rehydrate("ab", T0, T0), "title", "must be 3 to 255 characters");
    assertRefused(() -> rehydrate("y".repeat(256), T0, T0), "title", "must be 3 to 255 characters");
    assertThat(rehydrate("  Stored  ", T0, T0).title()).isEqualTo("Stored");
  }

  @Test
  void optionalFieldRules_applyOnRehydration() {
    assertRefused(
        () ->
            new Task(
                ID,
                "Title",
                "d".repeat(2001),
                TaskStatus.PENDING,
                Priority.LOW,
                null,
                null,
                CREATOR,
                T0,
                T0,
                3),
        "description",
        "must be at most 2000 characters");
    assertRefused(
        () ->
            new Task(
                ID,
                "Title",
                null,
                TaskStatus.PENDING,
                Priority.LOW,
                null,
                "a".repeat(256),
                CREATOR,
                T0,
                T0,
                3),
        "assignedTo",
        "must be at most 255 characters");
  }

  @Test
  void descriptionOf2000Characters_isAllowed() {
    assertThat(create("Title", "d".repeat(2000), null).description()).hasSize(2000);
  }

  @Test
  void descriptionRefused_whenLongerThan2000() {
    assertRefused(
        () -> create("Title", "d".repeat(2001), null),
        "description",
        "must be at most 2000 characters");
  }

  @Test
  void assignedToOf255Characters_isAllowed() {
    assertThat(create("Title", null, "a".repeat(255)).assignedTo()).hasSize(255);
  }

  @Test
  void assignedToRefused_whenLongerThan255() {
    assertRefused(
        () -> create("Title", null, "a".repeat(256)),
        "assignedTo",
        "must be at most 255 characters");
  }

  @Test
  void blankOptionalFields_becomeNull() {
    Task task = create("Title", "   ", " \t ");

    assertThat(task.description()).isNull();
    assertThat(task.assignedTo()).isNull();
  }

  @Test
  void optionalFields_areTrimmed() {
    Task task = create("Title", "  details  ", "  ann ");

    assertThat(task.description()).isEqualTo("details");
    assertThat(task.assignedTo()).isEqualTo("ann");
  }

  @Test
  void instantsAreTruncatedToMillis() {
    Instant precise = Instant.parse("2026-11-22T01:02:03.456789123Z");
    Instant later = Instant.parse("2026-11-22T05:02:03.999999Z");

    Task task = rehydrate("Title", precise, later);

    assertThat(task.createdAt()).isEqualTo(Instant.parse("2026-11-22T01:02:03.456Z"));
    assertThat(task.updatedAt()).isEqualTo(Instant.parse("2026-11-22T05:02:03.999Z"));
  }

  @Test
  void createDefaults_pendingMediumVersion1() {
    Instant precise = Instant.parse("2026-11-22T01:02:03.456789Z");

    Task task = Task.create(ID, "Title", null, null, null, null, null, CREATOR, precise);

    assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(task.priority()).isEqualTo(Priority.MEDIUM);
    assertThat(task.version()).isEqualTo(1);
    assertThat(task.createdAt()).isEqualTo(T0);
    assertThat(task.updatedAt()).isEqualTo(task.createdAt());
    assertThat(task.createdBy()).isEqualTo(CREATOR);
    assertThat(task.id()).isEqualTo(ID);
  }

  @Test
  void createKeeps_givenStatusAndPriority() {
    Task task =
        Task.create(
            ID, "Title", null, TaskStatus.IN_PROGRESS, Priority.HIGH, null, null, CREATOR, T0);

    assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(task.priority()).isEqualTo(Priority.HIGH);
  }

  @Test
  void applySetsFields_andBumpsVersion() {
    Task task = create("Title", "old", "ann");
    DueDate due = new DueDate(Instant.parse("2026-12-01T00:00:00Z"));
    TaskPatch patch =
        new TaskPatch(
            "  New title ",
            "new description",
            TaskStatus.COMPLETED,
            Priority.HIGH,
            due,
            "bob",
            Set.of());

    Task updated = task.apply(patch, T1);

    assertThat(updated.title()).isEqualTo("New title");
    assertThat(updated.description()).isEqualTo("new description");
    assertThat(updated.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(updated.priority()).isEqualTo(Priority.HIGH);
    assertThat(updated.dueDate()).isEqualTo(due);
    assertThat(updated.assignedTo()).isEqualTo("bob");
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.updatedAt()).isEqualTo(T1);
  }

  @Test
  void applyKeeps_identityAndCreation() {
    Task task = create("Title", null, null);

    Task updated =
        task.apply(new TaskPatch(null, null, TaskStatus.COMPLETED, null, null, null, null), T1);

    assertThat(updated.id()).isEqualTo(task.id());
    assertThat(updated.createdBy()).isEqualTo(task.createdBy());
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.title()).isEqualTo("Title");
    assertThat(updated.priority()).isEqualTo(Priority.MEDIUM);
  }

  @Test
  void applyKeeps_fieldsThePatchDoesNotName() {
    DueDate due = new DueDate(Instant.parse("2026-12-01T00:00:00Z"));
    Task task = Task.create(ID, "Title", "details", null, Priority.LOW, due, "ann", CREATOR, T0);

    Task updated =
        task.apply(new TaskPatch(null, null, TaskStatus.IN_PROGRESS, null, null, null, null), T1);

    assertThat(updated.description()).isEqualTo("details");
    assertThat(updated.dueDate()).isEqualTo(due);
    assertThat(updated.assignedTo()).isEqualTo("ann");
    assertThat(updated.priority()).isEqualTo(Priority.LOW);
  }

  @Test
  void applyClears_optionalFields() {
    DueDate due = new DueDate(Instant.parse("2026-12-01T00:00:00Z"));
    Task task = Task.create(ID, "Title", "details", null, null, due, "ann", CREATOR, T0);

    Task updated =
        task.apply(
            new TaskPatch(
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of(TaskField.DESCRIPTION, TaskField.DUE_DATE, TaskField.ASSIGNED_TO)),
            T1);

    assertThat(updated.description()).isNull();
    assertThat(updated.dueDate()).isNull();
    assertThat(updated.assignedTo()).isNull();
    assertThat(updated.version()).isEqualTo(2);
  }

  @Test
  void applyTruncatesUpdatedAt_andCountsVersionsFromCurrent() {
    Task stored = rehydrate("Title", T0, T0);

    Task updated =
        stored.apply(
            new TaskPatch(null, null, TaskStatus.COMPLETED, null, null, null, null),
            Instant.parse("2026-11-23T04:05:06.789999Z"));

    assertThat(updated.version()).isEqualTo(8);
    assertThat(updated.updatedAt()).isEqualTo(T1);
  }

  @Test
  void applyRefuses_titleTooShortAfterTrimming() {
    Task task = create("Title", null, null);

    assertRefused(
        () -> task.apply(new TaskPatch("   ", null, null, null, null, null, null), T1),
        "title",
        "must be 3 to 255 characters");
  }
}
