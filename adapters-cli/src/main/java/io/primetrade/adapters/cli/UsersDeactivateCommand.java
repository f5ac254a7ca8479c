package io.primetrade.adapters.cli;

import picocli.CommandLine.Command;

/** {@code users deactivate USER}. */
@Command(
    name = "deactivate",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Deactivate an account: it can no longer log in, and its tokens stop working.")
final class UsersDeactivateCommand extends UsersActivationCommand {
  UsersDeactivateCommand(Session session) {
    super(session, false);
  }
}
