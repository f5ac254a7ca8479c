package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.domain.user.Role;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code users create}: a new account, admins included. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = {
      "Create an account. The password is asked for twice at the console, or read from the"
          + " first line of standard input with --password-stdin; never from an argument.",
      "Example: printf '%%s\\n' \"$PW\" | primetrade-admin users create --username ann"
          + " --email ann@example.com --admin --password-stdin"
    })
final class UsersCreateCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Option(
      names = "--username",
      required = true,
      paramLabel = "NAME",
      description = "3 to 30 of: letters, digits, . _ -")
  String username;

  @Option(
      names = "--email",
      required = true,
      paramLabel = "EMAIL",
      description = "The e-mail address they log in with.")
  String email;

  @Option(names = "--admin", description = "Make the account an admin.")
  boolean admin;

  @Option(
      names = "--password-stdin",
      description = "Read the password from the first line of standard input.")
  boolean passwordStdin;

  @Option(names = "--json", description = "Print the new account as JSON.")
  boolean json;

  UsersCreateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    String password = Passwords.read(session, spec, passwordStdin);
    AuthResult created =
        session
            .core()
            .registerUser()
            .register(
                new RegisterUserUseCase.Command(
                    username, email, password, admin ? Role.ADMIN : Role.USER, session.operator()));
    if (json) {
      session.printJson(Views.UserJson.from(created.user()));
    } else {
      session
          .out()
          .println(
              "Created "
                  + created.user().role().code()
                  + " "
                  + created.user().username()
                  + " <"
                  + created.user().email()
                  + ">, id "
                  + created.user().id()
                  + ".");
    }
    return ExitCode.OK;
  }
}
