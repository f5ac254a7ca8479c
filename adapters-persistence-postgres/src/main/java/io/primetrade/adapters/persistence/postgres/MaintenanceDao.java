package io.primetrade.adapters.persistence.postgres;

import java.util.List;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of {@link PostgresMaintenance}: statements on the database as a whole. */
interface MaintenanceDao extends SqlObject {
  /** The tables of the current schema, by name. */
  @SqlQuery(
      "SELECT table_name FROM information_schema.tables"
          + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
  List<String> tables();

  /**
   * The number of rows in {@code table}, which must be a name this adapter knows: a table name
   * cannot be a bound parameter.
   */
  default long count(String table) {
    if (!PostgresMaintenance.COUNTED_TABLES.contains(table)) {
      throw new IllegalArgumentException("Not a table this adapter counts: " + table);
    }
    return getHandle().createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
  }

  @SqlQuery("SELECT current_database()")
  String databaseName();

  @SqlQuery("SELECT pg_database_size(current_database())")
  long databaseSize();

  /**
   * Tasks whose creator does not exist: none while the foreign key holds, so a line here means it
   * was dropped, disabled or restored around.
   */
  @SqlQuery(
      "SELECT 'tasks row ' || t.id || ' refers to a missing users row ' || t.created_by"
          + " FROM tasks t LEFT JOIN users u ON u.id = t.created_by WHERE u.id IS NULL")
  List<String> orphanTasks();

  /** Constraints added NOT VALID and never validated: rows may break them. */
  @SqlQuery(
      "SELECT 'constraint ' || conname || ' on ' || conrelid::regclass || ' is not validated'"
          + " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
          + " WHERE n.nspname = current_schema() AND NOT c.convalidated")
  List<String> unvalidatedConstraints();

  /** Indexes left invalid or not ready, as a failed CREATE INDEX CONCURRENTLY leaves them. */
  @SqlQuery(
      "SELECT 'index ' || i.indexrelid::regclass || ' is invalid; rebuild it with REINDEX'"
          + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)")
  List<String> invalidIndexes();

  /** Reclaims dead rows and refreshes the planner's statistics; must run outside a transaction. */
  @SqlUpdate("VACUUM (ANALYZE)")
  void vacuumAnalyze();
}
