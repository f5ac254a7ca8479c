package io.primetrade.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.Core;
import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.application.port.in.ListUsersUseCase;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Exit codes and messages, against a core that fails on purpose; no database involved. */
class AdminCliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final BackendFactory NO_BACKEND =
      migrate -> {
        throw new AssertionError("the backend was opened");
      };

  private int run(BackendFactory backends, String... args) {
    return AdminCli.run(
        backends,
        Terminal.of(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)),
        args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** A backend whose core has only the two user-reading use cases. */
  private static BackendFactory backend(GetUserUseCase getUser, ListUsersUseCase listUsers) {
    Core core =
        new Core(
            null, null, null, null, null, null, null, null, null, null, null, null, null, listUsers,
            getUser, null, null, null, null, null, null);
    return migrate ->
        new Backend() {
          @Override
          public Core core() {
            return core;
          }

          @Override
          public DatabaseMaintenance maintenance() {
            throw new UnsupportedOperationException();
          }

          @Override
          public boolean sharesTokenKey() {
            return true;
          }

          @Override
          public Copied copyFrom(String sourceUrl) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void close() {}
        };
  }

  @Test
  void helpOfEveryCommand_exitsZero_withoutOpeningTheBackend() {
    List<List<String>> paths = new ArrayList<>();
    collect(
        AdminCli.commandLine(
            new Session(NO_BACKEND, Terminal.of(System.in, System.out, System.err))),
        new ArrayList<>(),
        paths);

    assertThat(paths).hasSizeGreaterThan(20);
    for (List<String> path : paths) {
      out.reset();
      List<String> args = new ArrayList<>(path);
      args.add("--help");

      assertThat(run(NO_BACKEND, args.toArray(String[]::new))).as("%s", args).isZero();
      assertThat(out()).as("%s", args).startsWith("Usage: primetrade-admin");
    }
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> longer = new ArrayList<>(path);
              longer.add(name);
              collect(sub, longer, paths);
            });
  }

  @Test
  void badValues_areUsageErrors_withoutOpeningTheBackend() {
    assertThat(run(NO_BACKEND, "users", "set-role", "ann@example.com", "superuser")).isEqualTo(2);
    assertThat(err()).contains("role must be one of: user, admin");

    assertThat(run(NO_BACKEND, "users")).isEqualTo(2);
    assertThat(run(NO_BACKEND, "tasks", "list", "--status", "done")).isEqualTo(2);
    assertThat(run(NO_BACKEND, "token", "issue", "--user", "a@b.c", "--ttl", "soon")).isEqualTo(2);
    assertThat(run(NO_BACKEND, "users", "list", "--active", "--inactive")).isEqualTo(2);
  }

  @Test
  void passwordAsAnArgument_doesNotExist() {
    int code =
        run(
            NO_BACKEND,
            "users",
            "create",
            "--username",
            "ann",
            "--email",
            "ann@example.com",
            "--password",
            "secret-password");

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("Passwords are never taken as arguments");
    assertThat(out()).isEmpty();
  }

  @Test
  void ruleSaysNo_exitsOne_withOneLine() {
    BackendFactory backends =
        backend(
            query -> {
              throw new NotFoundException(GetUserUseCase.USER_NOT_FOUND, "User not found");
            },
            null);

    assertThat(run(backends, "users", "show", "nobody@example.com")).isEqualTo(1);
    assertThat(err()).isEqualTo("error: User not found" + System.lineSeparator());
  }

  @Test
  void invalidInput_namesEveryField_onOneLine() {
    BackendFactory backends =
        backend(
            null,
            query -> {
              throw new InvalidInputException(
                  "The query is invalid",
                  List.of(
                      new FieldError("page", "must be at least 1"),
                      new FieldError("limit", "must be between 1 and 100")));
            });

    assertThat(run(backends, "users", "list", "--page", "0", "--limit", "500")).isEqualTo(1);
    assertThat(err())
        .isEqualTo(
            "error: The query is invalid; page must be at least 1; limit must be between 1 and"
                + " 100"
                + System.lineSeparator());
  }

  @Test
  void unavailableDatabase_exitsThree_withOneLine_andATraceOnlyWhenVerbose() {
    BackendFactory down =
        migrate -> {
          throw new UnavailableException(
              "The database file cannot be opened: /nowhere/x.db",
              new SQLException("unable to open database file"));
        };

    assertThat(run(down, "users", "list")).isEqualTo(3);
    assertThat(err().lines())
        .containsExactly(
            "error: The database file cannot be opened: /nowhere/x.db: unable to open database"
                + " file (--verbose shows the stack trace)");

    err.reset();
    assertThat(run(down, "users", "list", "--verbose")).isEqualTo(3);
    assertThat(err()).contains("at io.primetrade.adapters.cli.");
  }

  @Test
  void bug_exitsThree() {
    BackendFactory broken =
        backend(
            query -> {
              throw new IllegalStateException("boom");
            },
            null);

    assertThat(run(broken, "users", "show", "ann@example.com")).isEqualTo(3);
    assertThat(err()).startsWith("error: unexpected java.lang.IllegalStateException: boom");
  }

  @Test
  void badConfiguration_isAUsageError() {
    BackendFactory misconfigured =
        migrate -> {
          throw new BackendFactory.ConfigurationException(
              "JWT_SECRET must be at least 32 bytes", null);
        };

    assertThat(run(misconfigured, "users", "list")).isEqualTo(2);
    assertThat(err().lines()).containsExactly("error: JWT_SECRET must be at least 32 bytes");
  }

  @Test
  void completion_printsABashScript() {
    assertThat(run(NO_BACKEND, "completion")).isZero();
    assertThat(out()).contains("complete").contains("primetrade-admin");
  }
}
