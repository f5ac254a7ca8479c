package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.bootstrap.AdminCliRunner.Result;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin tool's accounts and tokens, end to end on a real SQLite file. */
class AdminCliIT {
  @TempDir Path directory;

  private AdminCliRunner cli;

  @BeforeEach
  void setUp() {
    cli = AdminCliRunner.on(directory.resolve("primetrade.db"));
  }

  @Test
  void createsAnAdmin_withThePasswordFromStdin_whoCanThenLogIn() {
    Result created = cli.createUser("root", "root-password-1", true);

    assertThat(created.code()).as("%s", created).isZero();
    assertThat(created.out()).startsWith("Created admin root <root@example.com>, id ");
    assertThat(cli.login("root@example.com", "root-password-1").user().role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void createsAPlainUser_withoutAdmin() {
    cli.createUser("plain", "plain-password", false);

    assertThat(cli.login("plain@example.com", "plain-password").user().role()).isEqualTo(Role.USER);
  }

  @Test
  void refusesAPasswordAsAnArgument_withUsageError() {
    Result result =
        cli.run(
            "users",
            "create",
            "--username",
            "ann",
            "--email",
            "ann@example.com",
            "--password",
            "ann-password-1");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option", "--password-stdin");
    assertThat(cli.run("users", "list", "--json").json().get("total").asLong()).isZero();
  }

  @Test
  void refusesToPromptWithoutAConsole() {
    Result result = cli.run("users", "create", "--username", "ann", "--email", "ann@example.com");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("no console", "--password-stdin");
  }

  @Test
  void refusesAWeakPassword_asInvalidInput() {
    Result result = cli.createUser("weak", "short", false);

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("password");
  }

  @Test
  void listsUsers_asATable_andAsJson() {
    cli.createUser("root", "root-password-1", true);
    cli.createUser("ann", "ann-password-1", false);

    Result table = cli.run("users", "list");
    Result json = cli.run("users", "list", "--json");
    Result admins = cli.run("users", "list", "--role", "admin", "--json");
    Result inactive = cli.run("users", "list", "--inactive", "--json");

    assertThat(table.code()).isZero();
    List<String> lines = table.out().lines().toList();
    assertThat(lines.get(0)).matches("ID +USERNAME +EMAIL +ROLE +ACTIVE +CREATED");
    assertThat(lines.get(1)).contains("root", "root@example.com", "admin", "yes");
    assertThat(lines.get(2)).contains("ann", "ann@example.com", "user", "yes");
    assertThat(lines.get(1).indexOf("root@example.com"))
        .isEqualTo(lines.get(2).indexOf("ann@example.com"));
    assertThat(lines.get(3)).isEqualTo("Page 1 of 1, 2 users in all.");

    JsonNode page = json.json();
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("page").asInt()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(20);
    assertThat(page.get("items").findValuesAsText("email"))
        .containsExactly("root@example.com", "ann@example.com");
    assertThat(admins.json().get("items").findValuesAsText("username")).containsExactly("root");
    assertThat(inactive.json().get("total").asLong()).isZero();
  }

  @Test
  void showsOneUser_byEmailOrId() {
    cli.createUser("ann", "ann-password-1", false);

    JsonNode byEmail = cli.run("users", "show", "ANN@example.com", "--json").json();
    Result byId = cli.run("users", "show", byEmail.get("id").asText());

    assertThat(byEmail.get("username").asText()).isEqualTo("ann");
    assertThat(byEmail.get("role").asText()).isEqualTo("user");
    assertThat(byEmail.get("active").asBoolean()).isTrue();
    assertThat(byEmail.get("createdAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{3}Z");
    assertThat(byEmail.has("passwordHash")).isFalse();
    assertThat(byId.code()).isZero();
    assertThat(byId.out())
        .containsPattern("(?m)^username +ann$")
        .containsPattern("(?m)^role +user$");
  }

  @Test
  void unknownUser_exitsOne_withOneLine() {
    Result result = cli.run("users", "show", "nobody@example.com");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).containsExactly("error: User not found");
  }

  @Test
  void malformedUserReference_exitsOne_namingTheField() {
    Result result = cli.run("users", "show", "not-an-id");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).containsExactly("error: user must be a UUID");
  }

  @Test
  void setsARole_andRefusesAnUnknownRole_asAUsageError() {
    cli.createUser("ann", "ann-password-1", false);

    Result promoted = cli.run("users", "set-role", "ann@example.com", "admin", "--json");
    Result unknown = cli.run("users", "set-role", "ann@example.com", "superuser");

    assertThat(promoted.code()).isZero();
    assertThat(promoted.json().get("role").asText()).isEqualTo("admin");
    assertThat(cli.login("ann@example.com", "ann-password-1").user().role()).isEqualTo(Role.ADMIN);
    // Picocli converts ROLE: a word outside user/admin is a bad argument, exit code 2.
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("role must be one of: user, admin");
  }

  @Test
  void deactivatedUser_cannotLogIn_untilActivatedAgain() {
    cli.createUser("ann", "ann-password-1", false);

    Result deactivated = cli.run("users", "deactivate", "ann@example.com");

    assertThat(deactivated.code()).isZero();
    assertThat(deactivated.out()).containsPattern("(?m)^active +no$");
    assertThatThrownBy(() -> cli.login("ann@example.com", "ann-password-1"))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(cli.run("users", "list", "--inactive", "--json").json().get("total").asLong())
        .isEqualTo(1);

    Result activated = cli.run("users", "activate", "ann@example.com", "--json");

    assertThat(activated.json().get("active").asBoolean()).isTrue();
    assertThat(cli.login("ann@example.com", "ann-password-1").user().username().value())
        .isEqualTo("ann");
  }

  @Test
  void resetsAPassword_fromStdin() {
    cli.createUser("ann", "ann-password-1", false);

    Result reset =
        cli.runWithStdin(
            "ann-password-2\n", "users", "reset-password", "ann@example.com", "--password-stdin");

    assertThat(reset.code()).as("%s", reset).isZero();
    assertThatThrownBy(() -> cli.login("ann@example.com", "ann-password-1"))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(cli.login("ann@example.com", "ann-password-2").user().username().value())
        .isEqualTo("ann");
  }

  @Test
  void deletesAUser_withYes() {
    cli.createUser("ann", "ann-password-1", false);

    Result deleted = cli.run("users", "delete", "ann@example.com", "--yes");

    assertThat(deleted.code()).isZero();
    assertThat(cli.run("users", "show", "ann@example.com").code()).isEqualTo(1);
  }

  @Test
  void refusesToDelete_withoutYesAndWithoutAConsole() {
    cli.createUser("ann", "ann-password-1", false);

    Result result = cli.run("users", "delete", "ann@example.com");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--yes");
    assertThat(cli.run("users", "show", "ann@example.com").code()).isZero();
  }

  @Test
  void refusesToDelete_aUserWhoCreatedTasks() {
    cli.createUser("ann", "ann-password-1", true);
    try (PrimeTrade app = cli.app()) {
      Actor ann = cli.login("ann@example.com", "ann-password-1").user().asActor();
      app.core()
          .createTask()
          .create(new CreateTaskUseCase.Command(ann, "Ann's task", null, null, null, null, null));
    }

    Result result = cli.run("users", "delete", "ann@example.com", "--yes");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly(
            "error: The user created tasks that remain; deactivate the account instead");
  }

  @Test
  void issuesAToken_thatTheCoreAcceptsWithTheSameSecret() {
    cli.createUser("ann", "ann-password-1", false);
    Instant before = Instant.now();

    Result plain = cli.run("token", "issue", "--user", "ann@example.com");
    Result json = cli.run("token", "issue", "--user", "ann@example.com", "--ttl", "15m", "--json");

    assertThat(plain.code()).isZero();
    assertThat(plain.out().lines()).hasSize(1);
    Instant expiresAt = Instant.parse(json.json().get("expiresAt").asText());
    assertThat(expiresAt)
        .isBetween(
            before.plus(Duration.ofMinutes(15)).minusSeconds(1),
            Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(1));
    try (PrimeTrade server = cli.app()) {
      assertThat(server.core().authenticate().authenticate(plain.out().strip()).email())
          .isEqualTo("ann@example.com");
      assertThat(
              server
                  .core()
                  .authenticate()
                  .authenticate(json.json().get("token").asText())
                  .username())
          .isEqualTo("ann");
    }
  }

  @Test
  void refusesToIssueTokens_withoutASharedSecret_orBeyondThirtyDays() {
    cli.createUser("ann", "ann-password-1", false);
    Map<String, String> noSecret = AdminCliRunner.environment(directory.resolve("primetrade.db"));
    noSecret.remove("JWT_SECRET");

    Result unsigned =
        new AdminCliRunner(noSecret).run("token", "issue", "--user", "ann@example.com");
    Result tooLong = cli.run("token", "issue", "--user", "ann@example.com", "--ttl", "31d");

    assertThat(unsigned.code()).isEqualTo(2);
    assertThat(unsigned.err()).contains("JWT_SECRET is not set");
    assertThat(unsigned.out()).isEmpty();
    assertThat(tooLong.code()).isEqualTo(1);
    assertThat(tooLong.errLines())
        .containsExactly("error: ttl must be more than 0 and at most 30 days");
  }

  @Test
  void badConfiguration_exitsTwo_withOneLine() {
    Map<String, String> env = new HashMap<>(AdminCliRunner.environment(directory.resolve("x.db")));
    env.put("JWT_SECRET", "too-short");

    Result result = new AdminCliRunner(env).run("users", "list");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("error: JWT_SECRET must be at least 32 bytes");
  }

  @Test
  void helpOfEveryCommand_exitsZero() {
    List<String> commands =
        List.of(
            "",
            "users",
            "users list",
            "users show",
            "users create",
            "users set-role",
            "users deactivate",
            "users activate",
            "users reset-password",
            "users delete",
            "tasks",
            "tasks list",
            "tasks show",
            "tasks export",
            "tasks import",
            "db",
            "db migrate",
            "db status",
            "db backup",
            "db check",
            "db vacuum",
            "db copy",
            "token",
            "token issue",
            "completion");
    // No database is opened for help: this directory stays empty.
    AdminCliRunner nowhere = AdminCliRunner.on(directory.resolve("never").resolve("x.db"));

    for (String command : commands) {
      List<String> args =
          new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
      args.add("--help");
      Result result = nowhere.run(args.toArray(String[]::new));

      assertThat(result.code()).as("%s", args).isZero();
      assertThat(result.out()).as("%s", args).startsWith("Usage: primetrade-admin " + command);
    }
    assertThat(directory.resolve("never")).doesNotExist();
  }

  @Test
  void completion_printsABashCompletionScript() {
    Result result = cli.run("completion");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("complete", "primetrade-admin", "set-role");
  }

  @Test
  void noCommand_isAUsageError() {
    Result result = cli.run();

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required subcommand");
  }
}
