package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.ConflictException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqliteErrorsTest {
  @ParameterizedTest
  @EnumSource(
      value = SQLiteErrorCode.class,
      names = {
        "SQLITE_BUSY",
        "SQLITE_BUSY_SNAPSHOT",
        "SQLITE_BUSY_TIMEOUT",
        "SQLITE_LOCKED",
        "SQLITE_IOERR",
        "SQLITE_IOERR_WRITE",
        "SQLITE_IOERR_FSYNC",
        "SQLITE_CANTOPEN",
        "SQLITE_CANTOPEN_ISDIR",
        "SQLITE_FULL"
      })
  void storeTroubleBecomesUnavailable_keepingTheCause(SQLiteErrorCode code) {
    RuntimeException thrown = fromJdbi(new SQLiteException("[" + code + "] trouble", code));

    assertThat(SqliteErrors.translate(thrown))
        .isInstanceOf(UnavailableException.class)
        .hasMessage("The database is unavailable")
        .hasCause(thrown);
  }

  @Test
  void poolTimeoutBecomesUnavailable() {
    RuntimeException thrown =
        new ConnectionException(
            new SQLTransientConnectionException("primetrade-sqlite - Connection is not available"));

    assertThat(SqliteErrors.translate(thrown)).isInstanceOf(UnavailableException.class);
  }

  @Test
  void connectionFailureBecomesUnavailable() {
    RuntimeException thrown = new ConnectionException(new IllegalStateException("pool closed"));

    assertThat(SqliteErrors.translate(thrown)).isInstanceOf(UnavailableException.class);
  }

  @Test
  void takenEmailBecomesConflict() {
    RuntimeException thrown = unique("users.email");

    assertThat(SqliteErrors.translate(thrown))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(UserRepository.EMAIL_TAKEN));
  }

  @Test
  void takenUsernameBecomesConflict() {
    RuntimeException thrown = unique("users.username");

    assertThat(SqliteErrors.translate(thrown))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo(UserRepository.USERNAME_TAKEN));
  }

  @Test
  void otherUniqueViolationStaysABug() {
    RuntimeException thrown = unique("tasks.title");

    assertThat(SqliteErrors.translate(thrown)).isSameAs(thrown);
  }

  @ParameterizedTest
  @EnumSource(
      value = SQLiteErrorCode.class,
      names = {
        "SQLITE_ERROR",
        "SQLITE_CONSTRAINT_CHECK",
        "SQLITE_CONSTRAINT_FOREIGNKEY",
        "SQLITE_CONSTRAINT_PRIMARYKEY",
        "SQLITE_CONSTRAINT_NOTNULL",
        "SQLITE_MISUSE"
      })
  void otherSqliteErrorStaysABug(SQLiteErrorCode code) {
    RuntimeException thrown = fromJdbi(new SQLiteException("[" + code + "] oops", code));

    assertThat(SqliteErrors.translate(thrown)).isSameAs(thrown);
  }

  @Test
  void foreignKeyFailureOfAUserRemoval_becomesConflictNamingTheTasks() {
    RuntimeException thrown =
        fromJdbi(
            new SQLiteException(
                "[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed",
                SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY));

    assertThat(SqliteErrors.translateUserRemoval(thrown))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo(UserRepository.HAS_TASKS));
  }

  @Test
  void otherFailureOfAUserRemoval_isTranslatedAsAnyOther() {
    RuntimeException busy =
        fromJdbi(new SQLiteException("[SQLITE_BUSY] busy", SQLiteErrorCode.SQLITE_BUSY));
    RuntimeException bug = new IllegalStateException("a bug");

    assertThat(SqliteErrors.translateUserRemoval(busy)).isInstanceOf(UnavailableException.class);
    assertThat(SqliteErrors.translateUserRemoval(bug)).isSameAs(bug);
  }

  @Test
  void translatingTwice_changesNothing() {
    RuntimeException unavailable =
        SqliteErrors.translate(
            fromJdbi(new SQLiteException("[SQLITE_BUSY] busy", SQLiteErrorCode.SQLITE_BUSY)));
    RuntimeException conflict = SqliteErrors.translate(unique("users.email"));

    assertThat(SqliteErrors.translate(unavailable)).isSameAs(unavailable);
    assertThat(SqliteErrors.translate(conflict)).isSameAs(conflict);
  }

  @Test
  void errorWithoutSqlCauseStaysWhatItWas() {
    RuntimeException thrown = new IllegalStateException("a bug");

    assertThat(SqliteErrors.translate(thrown)).isSameAs(thrown);
  }

  /** As sqlite-jdbc words it, wrapped as JDBI wraps it. */
  private static RuntimeException unique(String column) {
    return fromJdbi(
        new SQLiteException(
            "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: "
                + column
                + ")",
            SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE));
  }

  private static RuntimeException fromJdbi(SQLiteException cause) {
    return new UnableToExecuteStatementException("statement failed", cause, null);
  }
}
