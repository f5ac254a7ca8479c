package io.primetrade.adapters.cli;

import picocli.CommandLine.Command;

/** {@code db}: the database itself. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description =
        "Migrate, inspect, back up, check and compact the database (DATABASE_URL), or copy"
            + " another one into it.")
final class DbCommand {}
