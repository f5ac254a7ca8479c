package io.primetrade.domain;

/**
 * What went wrong, in words every delivery app maps once: HTTP to a status, the CLI to an exit
 * code.
 */
public enum ErrorKind {
  INVALID_INPUT,
  UNAUTHENTICATED,
  FORBIDDEN,
  NOT_FOUND,
  CONFLICT,
  STALE_VERSION
}
