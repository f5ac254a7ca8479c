package io.primetrade.adapters.cli;

import io.primetrade.application.Core;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.domain.ConflictException;

/**
 * What the admin tool works on: the use cases and the database's maintenance, opened by whoever
 * wires the application. The tool never sees the technologies behind them.
 */
public interface Backend extends AutoCloseable {
  /** The use cases, called as {@link io.primetrade.domain.user.Actor#operator()}. */
  Core core();

  /** Migrate, status, backup, check and vacuum. */
  DatabaseMaintenance maintenance();

  /**
   * Whether the tokens this backend signs are accepted elsewhere: true when the signing key is the
   * one the servers share ({@code JWT_SECRET}); false when it is a random key of this process,
   * which makes an issued token useless.
   */
  boolean sharesTokenKey();

  /**
   * Copies every user and task, as they are (ids, password hashes, roles, versions, timestamps),
   * from the database at {@code sourceUrl} into this backend's database, which must have neither
   * yet: the one-shot move from a SQLite file to PostgreSQL. Sessions are not copied.
   *
   * @throws ConflictException when this database already has users or tasks; nothing is copied
   * @throws BackendFactory.ConfigurationException when {@code sourceUrl} names no database, such as
   *     a SQLite file that does not exist
   * @throws io.primetrade.application.port.out.UnavailableException when either database cannot be
   *     reached; what was copied so far is removed again where possible
   */
  Copied copyFrom(String sourceUrl);

  /** How many users and tasks {@link #copyFrom} copied. */
  record Copied(long users, long tasks) {}

  /** Releases the database; no exception, so that closing never hides the command's outcome. */
  @Override
  void close();
}
