package io.primetrade.application.port.out;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What operators do to the database itself, through the admin tool. Implemented by the store's
 * adapter, so that the tool never sees the technology. Thread-safe; every method may throw {@link
 * UnavailableException}.
 */
public interface DatabaseMaintenance {
  /** Applies the migrations not yet applied; safe while servers run and when others migrate too. */
  Migration migrate();

  /** The schema version, what is pending, how many rows and how many bytes. */
  Status status();

  /**
   * Writes a consistent copy of the live database to {@code target}, which must not exist yet.
   * Servers may keep reading and writing meanwhile.
   *
   * @throws io.primetrade.domain.InvalidInputException on field {@code target} when it exists, or
   *     when the store is not copied to a file by this tool at all: a PostgreSQL database is backed
   *     up on the server's side with {@code pg_dump}, and the message says so
   */
  void backup(Path target);

  /** Integrity and foreign-key problems, one line each; empty when there are none. */
  List<String> check();

  /** Rebuilds the database file to reclaim free space; writers wait meanwhile. */
  void vacuum();

  /** What {@link #migrate()} did. */
  record Migration(int applied, String version) {}

  /**
   * @param version the schema version, or null for a database that has never been migrated
   * @param pending migrations known to this build but not applied yet
   * @param rows row counts by table, in name order
   * @param bytes sizes of the database's files by name, in name order
   */
  record Status(String version, int pending, Map<String, Long> rows, Map<String, Long> bytes) {
    public Status {
      rows = Collections.unmodifiableMap(new TreeMap<>(rows));
      bytes = Collections.unmodifiableMap(new TreeMap<>(bytes));
    }
  }
}
