package io.primetrade.adapters.cli;

import io.primetrade.domain.task.Task;
import java.io.Closeable;
import java.util.function.Consumer;

/**
 * Writes tasks to an export file as they come, each with every field in {@link
 * Views.TaskJson#FIELDS} order. Failures to write are {@link java.io.UncheckedIOException}s.
 */
interface TaskWriter extends Consumer<Task>, Closeable {
  /** Writes what is buffered and closes the output. */
  @Override
  void close();
}
