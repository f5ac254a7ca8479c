package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.ExportTasksUseCase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tasks export}: every task, streamed out oldest first. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = {
      "Write every task, oldest first, as JSON Lines or CSV (UTF-8), one task at a time from one"
          + " consistent snapshot.",
      "Fields: id, title, description, status, priority, dueDate, assignedTo, createdBy,"
          + " createdAt, updatedAt, version; times in ISO-8601 UTC. 'tasks import' reads the"
          + " result back."
    })
final class TasksExportCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatConverter.class,
      completionCandidates = Converters.FormatCodes.class,
      description =
          "${COMPLETION-CANDIDATES}; default: from the --output file's extension, else jsonl.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE (replaced only once the export is complete) instead of standard output.")
  Path output;

  TasksExportCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    Format chosen =
        format != null
            ? format
            : output == null ? Format.JSONL : Format.fromFileName(output).orElse(Format.JSONL);
    ExportTasksUseCase.Query query = new ExportTasksUseCase.Query(session.operator(), null);
    if (output == null) {
      long count = export(chosen, query, session.rawOut());
      session.err().println("Exported " + count + " " + tasks(count) + ".");
      return ExitCode.OK;
    }
    Path target = output.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw Session.usage(spec, "--output " + output + " is a directory");
    }
    if (!Files.isDirectory(target.getParent())) {
      throw Session.usage(spec, "--output " + output + ": the directory does not exist");
    }
    // Written beside the target and moved over it at the end, so that a failed export leaves no
    // half a file behind.
    Path partial = Files.createTempFile(target.getParent(), ".primetrade-export-", ".partial");
    try {
      long count = export(chosen, query, Files.newOutputStream(partial));
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      session.out().println("Exported " + count + " " + tasks(count) + " to " + output + ".");
      return ExitCode.OK;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private long export(Format chosen, ExportTasksUseCase.Query query, OutputStream out) {
    try (TaskWriter writer = chosen.writer(TextFiles.writer(out))) {
      return session.core().exportTasks().export(query, writer);
    }
  }

  private static String tasks(long count) {
    return count == 1 ? "task" : "tasks";
  }
}
