package io.primetrade.adapters.cli;

import picocli.CommandLine.Command;

/** {@code tasks}: the board. */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Read the board, and move tasks in and out in bulk.")
final class TasksCommand {}
