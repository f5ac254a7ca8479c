package io.primetrade.adapters.persistence.sqlite;

import java.util.List;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of {@link SqliteMaintenance}: statements on the database as a whole. */
interface MaintenanceDao extends SqlObject {
  @SqlQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")
  List<String> tables();

  /**
   * The number of rows in {@code table}, which must be a name this adapter knows: a table name
   * cannot be a bound parameter.
   */
  default long count(String table) {
    if (!SqliteMaintenance.COUNTED_TABLES.contains(table)) {
      throw new IllegalArgumentException("Not a table this adapter counts: " + table);
    }
    return getHandle().createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
  }

  /** One row {@code ok} for a sound file, else one row per problem, in SQLite's words. */
  @SqlQuery("PRAGMA integrity_check")
  List<String> integrityCheck();

  /** One line per row whose foreign key names a row that does not exist. */
  default List<String> foreignKeyCheck() {
    return getHandle()
        .createQuery("PRAGMA foreign_key_check")
        .map(
            (row, context) ->
                row.getString("table")
                    + " row "
                    + row.getString("rowid")
                    + " refers to a missing "
                    + row.getString("parent")
                    + " row")
        .list();
  }

  /**
   * Writes a copy of the database, as one read transaction sees it, to a new file. SQLite takes the
   * file name as an expression, so it is bound rather than spliced into the SQL.
   */
  @SqlUpdate("VACUUM INTO :target")
  void vacuumInto(String target);

  /** Rebuilds the file; runs outside any transaction and needs SQLite's write lock. */
  @SqlUpdate("VACUUM")
  void vacuum();

  /**
   * Copies the WAL into the database file and empties it, so that the space VACUUM freed leaves the
   * disk now; a reader still on an old snapshot makes it stop early ({@code busy} = 1), which is
   * harmless: a later checkpoint finishes the job.
   */
  @SqlQuery("PRAGMA wal_checkpoint(TRUNCATE)")
  int checkpoint();
}
