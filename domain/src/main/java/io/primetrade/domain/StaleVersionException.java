package io.primetrade.domain;

/** The caller's idea of the current version (HTTP {@code If-Match}) is no longer current. */
public final class StaleVersionException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public StaleVersionException(long currentVersion) {
    super("version.stale", "The resource has changed since you last read it; reload and retry");
    this.currentVersion = currentVersion;
  }

  /** The version that is current now. */
  public long currentVersion() {
    return currentVersion;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.STALE_VERSION;
  }
}
