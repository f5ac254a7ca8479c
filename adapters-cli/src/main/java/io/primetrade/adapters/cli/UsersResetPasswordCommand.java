package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.ResetPasswordUseCase;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code users reset-password USER}. */
@Command(
    name = "reset-password",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description =
        "Set a new password on an account. It is asked for twice at the console, or read from"
            + " the first line of standard input with --password-stdin.")
final class UsersResetPasswordCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "USER", description = "The user's id or e-mail address.")
  String user;

  @Option(
      names = "--password-stdin",
      description = "Read the password from the first line of standard input.")
  boolean passwordStdin;

  UsersResetPasswordCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    String password = Passwords.read(session, spec, passwordStdin);
    session
        .core()
        .resetPassword()
        .reset(new ResetPasswordUseCase.Command(session.operator(), user, password));
    session.out().println("Password reset for " + user + ".");
    return ExitCode.OK;
  }
}
