package io.primetrade.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqliteSettingsTest {
  @Test
  void readsRelativePath_withDefaultPoolSize() {
    SqliteSettings settings = SqliteSettings.fromJdbcUrl("jdbc:sqlite:data/tasks.db");

    assertThat(settings.file()).isEqualTo(Path.of("data/tasks.db"));
    assertThat(settings.poolSize()).isEqualTo(SqliteSettings.DEFAULT_POOL_SIZE).isEqualTo(4);
  }

  @Test
  void readsAbsolutePath() {
    assertThat(SqliteSettings.fromJdbcUrl("jdbc:sqlite:/var/lib/primetrade/tasks.db").file())
        .isEqualTo(Path.of("/var/lib/primetrade/tasks.db"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:sqlite::memory:                 | In-memory",
        "jdbc:sqlite:                         | names no file",
        "jdbc:postgresql://localhost/tasks    | must start with jdbc:sqlite:",
        "sqlite:tasks.db                      | must start with jdbc:sqlite:",
        "jdbc:sqlite:file:tasks.db?mode=ro    | not a URI",
        "jdbc:sqlite:tasks.db?journal_mode=DELETE | must not have parameters"
      })
  void refusesUrl_namingTheProblem(String url, String problem) {
    assertThatThrownBy(() -> SqliteSettings.fromJdbcUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> SqliteSettings.fromJdbcUrl(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesPoolOfNone() {
    assertThatThrownBy(() -> new SqliteSettings(Path.of("tasks.db"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pool size");
  }
}
