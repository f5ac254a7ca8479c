package io.primetrade.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.adapters.persistence.postgres.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void printsTheBoard_withTheAssigneesStatusChange() {
    List<String> lines = run(dir.resolve("tasks.db"));

    assertThat(lines)
        .contains(
            "Admin admin@example.com: CREATED",
            "Signed in: ann (user)",
            "Assigned \"Write the quarterly report\" to ann",
            "ann moved it to completed (version 4)",
            "ann may not retitle it: You may only change the status of tasks assigned to you"
                + " [task.update.forbidden]");
    assertThat(board(lines))
        .containsExactly(
            "pending | low | Renew the TLS certificate | -> admin",
            "pending | medium | Book the team offsite",
            "completed | high | Write the quarterly report | -> ann");
  }

  @Test
  void runsAgainOnTheSameDatabase_keepingWhatTheFirstRunMade() {
    Path database = dir.resolve("kept.db");
    run(database);

    List<String> lines = run(database);

    assertThat(lines).contains("Admin admin@example.com: ALREADY_ADMIN", "Signed in: ann (user)");
    assertThat(board(lines)).hasSize(6);
    assertThat(database).isRegularFile();
  }

  @Test
  void runsUnchangedOnPostgres_givenOnlyItsUrl() throws SQLException {
    TestPostgres.Database postgres = TestPostgres.shared().newDatabase();
    String url =
        postgres.url()
            + (postgres.url().contains("?") ? "&" : "?")
            + "user="
            + postgres.user()
            + (postgres.password() == null ? "" : "&password=" + postgres.password());

    List<String> onSqlite = run(dir.resolve("tasks.db"));
    List<String> first = run(url);
    List<String> second = run(url);

    assertThat(first.get(0)).startsWith("Opened " + postgres.url().replaceFirst("\\?.*$", ""));
    assertThat(comparable(first)).isEqualTo(comparable(onSqlite));
    assertThat(second).contains("Admin admin@example.com: ALREADY_ADMIN", "Signed in: ann (user)");
    assertThat(board(second)).hasSize(6);
    try (Connection connection =
            DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
        Statement statement = connection.createStatement();
        ResultSet tasks = statement.executeQuery("SELECT count(*) FROM tasks")) {
      assertThat(tasks.next()).isTrue();
      assertThat(tasks.getLong(1)).isEqualTo(6);
    }
  }

  @Test
  void mainWithoutArguments_deletesItsTemporaryDatabase() throws IOException {
    Set<Path> before = exampleTempDirectories();
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, UTF_8));
    try {
      Main.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }

    assertThat(out.toString(UTF_8)).contains("Write the quarterly report");
    assertThat(exampleTempDirectories()).isEqualTo(before);
  }

  @Test
  void theOneDependencyBringsNoWebServer() {
    // bootstrap declares the HTTP adapter optional: an embedding app never sees Javalin or Jetty.
    for (String name :
        List.of(
            "io.javalin.Javalin",
            "org.eclipse.jetty.server.Server",
            "io.primetrade.adapters.http.javalin.HttpApi")) {
      assertThatThrownBy(() -> Class.forName(name)).isInstanceOf(ClassNotFoundException.class);
    }
  }

  private static List<String> run(String databaseUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new PrintStream(out, true, UTF_8), databaseUrl);
    return out.toString(UTF_8).lines().toList();
  }

  /** The lines that do not name the database or a random id. */
  private static List<String> comparable(List<String> lines) {
    return lines.stream()
        .filter(line -> !line.startsWith("Opened ") && !line.contains(" has id "))
        .toList();
  }

  private static List<String> run(Path database) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new PrintStream(out, true, UTF_8), database);
    return out.toString(UTF_8).lines().toList();
  }

  /** The lines after the board's heading, columns joined by " | ". */
  private static List<String> board(List<String> lines) {
    int heading = 0;
    while (!lines.get(heading).startsWith("Board (")) {
      heading++;
    }
    return lines.subList(heading + 1, lines.size()).stream()
        .map(line -> String.join(" | ", line.strip().split(" {2,}")))
        .toList();
  }

  private static Set<Path> exampleTempDirectories() throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return paths
          .filter(path -> path.getFileName().toString().startsWith("primetrade-example-"))
          .collect(Collectors.toSet());
    }
  }
}
