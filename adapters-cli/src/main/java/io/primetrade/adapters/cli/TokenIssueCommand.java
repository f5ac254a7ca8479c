package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.IssueTokenUseCase;
import io.primetrade.application.port.out.TokenService.IssuedToken;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code token issue --user USER}. */
@Command(
    name = "issue",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = {
      "Issue an access token for a user and print it.",
      "The token is signed with JWT_SECRET: only servers with the same JWT_SECRET accept it,"
          + " so set it here as on the servers (without it, nothing is issued)."
    })
final class TokenIssueCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Option(
      names = "--user",
      required = true,
      paramLabel = "USER",
      description = "The user's id or e-mail address.")
  String user;

  @Option(
      names = "--ttl",
      paramLabel = "DURATION",
      converter = Converters.DurationConverter.class,
      description =
          "How long the token lives, such as 900s, 15m, 1h or 7d; at most 30d (default: the"
              + " servers' JWT_EXPIRES_IN).")
  Duration ttl;

  @Option(names = "--json", description = "Print JSON: token and expiresAt.")
  boolean json;

  TokenIssueCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (!session.backend(true).sharesTokenKey()) {
      throw Session.usage(
          spec,
          "JWT_SECRET is not set: a token signed with a random key would be accepted by no"
              + " server");
    }
    IssuedToken token =
        session
            .core()
            .issueToken()
            .issue(new IssueTokenUseCase.Command(session.operator(), user, ttl));
    if (json) {
      session.printJson(new Views.TokenJson(token.token(), Views.instant(token.expiresAt())));
    } else {
      session.out().println(token.token());
      // On standard error, so that TOKEN=$(primetrade-admin token issue ...) gets the token alone.
      session.err().println("Expires at " + Views.instant(token.expiresAt()) + ".");
    }
    return ExitCode.OK;
  }
}
