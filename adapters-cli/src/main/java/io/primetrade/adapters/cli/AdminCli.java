package io.primetrade.adapters.cli;

import java.util.Objects;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code primetrade-admin}: the operator's tool. It calls the same use cases as the HTTP API, as
 * {@link io.primetrade.domain.user.Actor#operator()}, and maintains the database through its port.
 *
 * <p>Exit codes: see {@link ExitCode}. Output goes to the {@link Terminal}, never elsewhere.
 */
@Command(
    name = "primetrade-admin",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = {
      "Administer PrimeTrade: accounts, tasks, the database and tokens.",
      "Configured by the same environment variables as the server (DATABASE_URL, JWT_SECRET,"
          + " BCRYPT_COST...)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:refused by a rule (invalid input, not found, conflict...) or problems found",
      "2:usage error: bad flags or values, no console to ask on, bad configuration",
      "3:the database is unavailable, or an unexpected error"
    })
public final class AdminCli {
  private final Session session;

  private AdminCli(Session session) {
    this.session = session;
  }

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  void verbose(boolean verbose) {
    session.verbose(verbose);
  }

  /**
   * Runs one command line and returns its exit code; never calls {@link System#exit}.
   *
   * @param backends opens the database when a command needs it, and only then
   */
  public static int run(BackendFactory backends, Terminal terminal, String... args) {
    Objects.requireNonNull(backends, "backends");
    Objects.requireNonNull(terminal, "terminal");
    try (Session session = new Session(backends, terminal)) {
      return commandLine(session).execute(args);
    }
  }

  /** The command tree, built by hand so that a missing command is a compile error. */
  static CommandLine commandLine(Session session) {
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().name("completion");
    completion
        .getCommandSpec()
        .usageMessage()
        .hidden(false)
        .description(
            "Print a bash (and zsh) completion script for primetrade-admin.",
            "Enable it in this shell with: source <(primetrade-admin completion)");
    Failures failures = new Failures(session);
    return new CommandLine(new AdminCli(session))
        .addSubcommand(
            new CommandLine(new UsersCommand())
                .addSubcommand(new UsersListCommand(session))
                .addSubcommand(new UsersShowCommand(session))
                .addSubcommand(new UsersCreateCommand(session))
                .addSubcommand(new UsersSetRoleCommand(session))
                .addSubcommand(new UsersDeactivateCommand(session))
                .addSubcommand(new UsersActivateCommand(session))
                .addSubcommand(new UsersResetPasswordCommand(session))
                .addSubcommand(new UsersDeleteCommand(session)))
        .addSubcommand(
            new CommandLine(new TasksCommand())
                .addSubcommand(new TasksListCommand(session))
                .addSubcommand(new TasksShowCommand(session))
                .addSubcommand(new TasksExportCommand(session))
                .addSubcommand(new TasksImportCommand(session)))
        .addSubcommand(
            new CommandLine(new DbCommand())
                .addSubcommand(new DbMigrateCommand(session))
                .addSubcommand(new DbStatusCommand(session))
                .addSubcommand(new DbBackupCommand(session))
                .addSubcommand(new DbCheckCommand(session))
                .addSubcommand(new DbVacuumCommand(session))
                .addSubcommand(new DbCopyCommand(session)))
        .addSubcommand(
            new CommandLine(new TokenCommand()).addSubcommand(new TokenIssueCommand(session)))
        .addSubcommand("completion", completion)
        .setOut(session.out())
        .setErr(session.err())
        .setParameterExceptionHandler(failures)
        .setExecutionExceptionHandler(failures)
        .setExitCodeExceptionMapper(failure -> ExitCode.UNAVAILABLE);
  }

  /** The build's version, from the jar's manifest when it has one. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AdminCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "primetrade-admin " + (version == null ? "(development build)" : version)
      };
    }
  }
}
