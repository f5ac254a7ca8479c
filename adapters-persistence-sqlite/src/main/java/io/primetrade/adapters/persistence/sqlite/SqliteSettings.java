package io.primetrade.adapters.persistence.sqlite;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the SQLite database lives and how many pooled connections may use it.
 *
 * <p>SQLite allows one writer at a time; extra connections only add readers, so a small pool (the
 * default is {@value #DEFAULT_POOL_SIZE}) is enough and a large one only adds contention.
 *
 * @param file the database file; its parent directory is created when the database is opened
 * @param poolSize how many connections the pool may hold, at least 1
 */
public record SqliteSettings(Path file, int poolSize) {
  public static final int DEFAULT_POOL_SIZE = 4;

  private static final String URL_PREFIX = "jdbc:sqlite:";

  public SqliteSettings {
    Objects.requireNonNull(file, "file");
    if (file.getFileName() == null) {
      throw new IllegalArgumentException("The SQLite database file needs a file name: " + file);
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("The pool size must be at least 1: " + poolSize);
    }
  }

  /** The database in {@code file}, with the default pool size. */
  public static SqliteSettings of(Path file) {
    return new SqliteSettings(file, DEFAULT_POOL_SIZE);
  }

  /**
   * Reads a URL such as {@code jdbc:sqlite:data/tasks.db} or {@code jdbc:sqlite:/var/lib/tasks.db};
   * relative paths are relative to the working directory.
   *
   * @throws IllegalArgumentException when the URL is not {@code jdbc:sqlite:} followed by a file
   *     path: in-memory databases, URI file names and query parameters are refused, because the
   *     data must survive a restart and the adapter sets its own connection options
   */
  public static SqliteSettings fromJdbcUrl(String url) {
    if (url == null || !url.startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException(
          "A SQLite database URL must start with " + URL_PREFIX + ": " + url);
    }
    String path = url.substring(URL_PREFIX.length()).strip();
    if (path.isEmpty()) {
      throw new IllegalArgumentException("The SQLite database URL names no file: " + url);
    }
    if (path.equals(":memory:")) {
      throw new IllegalArgumentException(
          "In-memory SQLite databases are not supported, the data would be lost: " + url);
    }
    if (path.startsWith("file:") || path.startsWith(":")) {
      throw new IllegalArgumentException(
          "The SQLite database URL must name a plain file path, not a URI or resource: " + url);
    }
    if (path.contains("?")) {
      throw new IllegalArgumentException(
          "The SQLite database URL must not have parameters, the adapter sets its own: " + url);
    }
    try {
      return of(Path.of(path));
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          "The SQLite database URL names an invalid path: " + url, e);
    }
  }
}
