package io.primetrade.adapters.cli;

import picocli.CommandLine.Command;

/** {@code users activate USER}. */
@Command(
    name = "activate",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Activate a deactivated account again.")
final class UsersActivateCommand extends UsersActivationCommand {
  UsersActivateCommand(Session session) {
    super(session, true);
  }
}
