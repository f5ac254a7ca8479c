package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.ImportTasksUseCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tasks import FILE}: many new tasks, streamed in. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = {
      "Add tasks from JSON Lines or CSV (UTF-8, with a header row), reading one record at a"
          + " time. The fields are those 'tasks export' writes; id, createdBy, createdAt,"
          + " updatedAt and version are ignored (the tasks are new), unknown fields are refused.",
      "The first bad record stops the import, naming its line: nothing of its batch is written"
          + " (without --batch-size: nothing at all)."
    })
final class TasksImportCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to read, or - for standard input.")
  String file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatConverter.class,
      completionCandidates = Converters.FormatCodes.class,
      description =
          "${COMPLETION-CANDIDATES}; default: from the extension of FILE, .jsonl or .csv.")
  Format format;

  @Option(
      names = "--created-by",
      required = true,
      paramLabel = "USER",
      description = "The id or e-mail address of the user the tasks are attributed to.")
  String createdBy;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description =
          "Commit every N tasks, each batch its own transaction (default: one transaction).")
  Integer batchSize;

  TasksImportCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    boolean stdin = file.equals("-");
    Path path = stdin ? null : Path.of(file);
    Format chosen = format != null ? format : formatOf(path);
    if (!stdin && !Files.isRegularFile(path)) {
      throw Session.usage(spec, file + ": no such file");
    }
    ImportTasksUseCase.Result result;
    try (InputStream in = stdin ? session.in() : Files.newInputStream(path);
        TaskReader rows = chosen.reader(TextFiles.reader(in))) {
      result =
          session
              .core()
              .importTasks()
              .importTasks(
                  new ImportTasksUseCase.Command(session.operator(), createdBy, rows, batchSize));
    }
    session
        .out()
        .println(
            "Imported "
                + result.imported()
                + (result.imported() == 1 ? " task" : " tasks")
                + " in "
                + result.batches()
                + (result.batches() == 1 ? " batch." : " batches."));
    return ExitCode.OK;
  }

  private Format formatOf(Path path) {
    if (path == null) {
      throw Session.usage(spec, "reading standard input needs --format jsonl or --format csv");
    }
    return Format.fromFileName(path)
        .orElseThrow(
            () ->
                Session.usage(
                    spec,
                    "cannot tell the format of "
                        + file
                        + " from its name; add --format jsonl or --format csv"));
  }
}
