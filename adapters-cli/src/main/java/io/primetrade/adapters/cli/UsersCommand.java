package io.primetrade.adapters.cli;

import picocli.CommandLine.Command;

/** {@code users}: the accounts. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Manage accounts. USER is a user's id or e-mail address.")
final class UsersCommand {}
