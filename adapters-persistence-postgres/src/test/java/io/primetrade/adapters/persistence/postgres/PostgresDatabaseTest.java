package io.primetrade.adapters.persistence.postgres;

import static io.primetrade.application.testing.Fixtures.task;
import static io.primetrade.application.testing.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PostgresDatabaseTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  @Test
  void removingAUserWhoCreatedTasks_isAConflictNamingTheTasks() {
    try (PostgresDatabase database = openNew()) {
      User ann = user("ann", Role.ADMIN, T0);
      database.users().add(ann);
      database.tasks().add(task("Ann's task", ann.id(), T0));

      assertThatThrownBy(() -> database.users().remove(ann.id()))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo(UserRepository.HAS_TASKS));
      assertThat(database.users().findById(ann.id())).isPresent();
    }
  }

  @Test
  void changingAUserToAnotherUsersEmail_isTheSameConflictAsAdding() {
    try (PostgresDatabase database = openNew()) {
      User ann = user("ann", Role.USER, T0);
      User bob = user("bob", Role.USER, T0);
      database.users().add(ann);
      database.users().add(bob);
      User clash =
          new User(
              bob.id(),
              bob.username(),
              ann.email(),
              bob.passwordHash(),
              bob.role(),
              true,
              bob.createdAt(),
              T0.plusSeconds(1));

      assertThatThrownBy(() -> database.users().replace(clash))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo(UserRepository.EMAIL_TAKEN));
    }
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusedConnection_isUnavailableAtOnce() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    PostgresSettings settings =
        PostgresSettings.of("jdbc:postgresql://127.0.0.1:" + port + "/primetrade", "x", "y");

    assertThatThrownBy(() -> PostgresDatabase.open(settings))
        .isInstanceOf(UnavailableException.class);
  }

  @Test
  @Timeout(value = 15, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void serverThatNeverAnswers_isUnavailableAfterTheConnectTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> accepted = new ArrayList<>();
      CompletableFuture<Void> acceptor =
          CompletableFuture.runAsync(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept());
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      PostgresSettings settings =
          PostgresSettings.of(
                  "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/primetrade", "x", "y")
              .withConnectTimeout(Duration.ofSeconds(1));
      long start = System.nanoTime();

      assertThatThrownBy(() -> PostgresDatabase.open(settings))
          .isInstanceOf(UnavailableException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
      silent.close();
      acceptor.join();
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @Test
  void closedDatabase_isUnavailableAndUnhealthy() {
    PostgresDatabase database = openNew();
    database.close();

    assertThat(database.healthCheck().isUp()).isFalse();
    assertThatThrownBy(
            () -> database.users().findByEmail(new io.primetrade.domain.user.Email("a@b.c")))
        .isInstanceOf(UnavailableException.class);
  }

  @Test
  void openDatabase_isHealthy() {
    try (PostgresDatabase database = openNew()) {
      assertThat(database.healthCheck().isUp()).isTrue();
      assertThat(database.healthCheck().component()).isEqualTo("database");
    }
  }

  @Test
  @Timeout(60)
  void instancesStartingAtOnce_migrateTheSchemaOnce() throws Exception {
    TestPostgres.Database fresh = TestPostgres.shared().newDatabase();
    int instances = 4;
    CyclicBarrier start = new CyclicBarrier(instances);
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    List<Future<PostgresDatabase>> opened = new ArrayList<>();
    try {
      for (int i = 0; i < instances; i++) {
        opened.add(
            pool.submit(
                () -> {
                  start.await();
                  return PostgresDatabase.open(fresh.settings(2));
                }));
      }
      for (Future<PostgresDatabase> database : opened) {
        try (PostgresDatabase open = database.get()) {
          assertThat(open.maintenance().status().version()).isEqualTo("2");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            queryLong(
                fresh,
                "SELECT count(*) FROM flyway_schema_history WHERE version = '2' AND success"))
        .isEqualTo(1);
  }

  @Test
  void maintenance_reportsMigratesChecksAndVacuums() {
    TestPostgres.Database fresh = TestPostgres.shared().newDatabase();
    try (PostgresDatabase database = PostgresDatabase.openWithoutMigrating(fresh.settings())) {
      DatabaseMaintenance maintenance = database.maintenance();
      DatabaseMaintenance.Status before = maintenance.status();
      assertThat(before.version()).isNull();
      assertThat(before.pending()).isEqualTo(2);
      assertThat(before.rows()).isEmpty();

      assertThat(maintenance.migrate()).isEqualTo(new DatabaseMaintenance.Migration(2, "2"));
      database.users().add(user("ann", Role.ADMIN, T0));

      DatabaseMaintenance.Status after = maintenance.status();
      assertThat(after.version()).isEqualTo("2");
      assertThat(after.pending()).isZero();
      assertThat(after.rows()).containsEntry("users", 1L).containsEntry("tasks", 0L);
      assertThat(after.bytes()).containsKey(fresh.name());
      assertThat(after.bytes().get(fresh.name())).isPositive();
      assertThat(maintenance.check()).isEmpty();
      maintenance.vacuum();
      assertThat(maintenance.migrate().applied()).isZero();
    }
  }

  @Test
  void check_reportsTasksWhoseCreatorIsMissing() throws SQLException {
    TestPostgres.Database fresh = TestPostgres.shared().newDatabase();
    try (PostgresDatabase database = PostgresDatabase.open(fresh.settings())) {
      User ann = user("ann", Role.ADMIN, T0);
      database.users().add(ann);
      database.tasks().add(task("Orphan to be", ann.id(), T0));
      try (Connection connection = connect(fresh);
          Statement statement = connection.createStatement()) {
        // As a restore that skipped the users table would leave it.
        statement.execute("ALTER TABLE tasks DROP CONSTRAINT tasks_created_by_fkey");
        statement.execute("DELETE FROM users");
      }

      assertThat(database.maintenance().check())
          .singleElement()
          .asString()
          .contains("refers to a missing users row " + ann.id().value());
    }
  }

  @Test
  void backup_refusesAndPointsToPgDump() {
    try (PostgresDatabase database = openNew()) {
      assertThatThrownBy(() -> database.maintenance().backup(Path.of("backup.db")))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e -> assertThat(((InvalidInputException) e).errors().toString()).contains("pg_dump"));
    }
  }

  @Test
  void settingsHideThePassword() {
    PostgresSettings settings =
        PostgresSettings.of("jdbc:postgresql://h/db?password=secret1", "app", "secret2");

    assertThat(settings.toString()).doesNotContain("secret1").doesNotContain("secret2");
  }

  private static PostgresDatabase openNew() {
    return PostgresDatabase.open(TestPostgres.shared().newDatabase().settings());
  }

  private static Connection connect(TestPostgres.Database database) throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }

  private static long queryLong(TestPostgres.Database database, String sql) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
