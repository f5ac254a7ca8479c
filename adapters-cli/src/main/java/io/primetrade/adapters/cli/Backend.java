package io.primetrade.adapters.cli;

import io.primetrade.application.Core;
import io.primetrade.application.port.out.DatabaseMaintenance;

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

  /** Releases the database; no exception, so that closing never hides the command's outcome. */
  @Override
  void close();
}
