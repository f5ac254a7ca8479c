package io.primetrade.domain.task;

import io.primetrade.domain.CanonicalUuid;
import java.util.Objects;
import java.util.UUID;

/** Identifies a task for life. */
public record TaskId(UUID value) {
  public TaskId {
    Objects.requireNonNull(value, "value");
  }

  /** Reads the canonical text form; anything else is refused as input of {@code field}. */
  public static TaskId parse(String text, String field) {
    return new TaskId(CanonicalUuid.parse(text, field));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
