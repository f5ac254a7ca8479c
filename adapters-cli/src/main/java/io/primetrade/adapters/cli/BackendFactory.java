package io.primetrade.adapters.cli;

/**
 * Opens the {@link Backend} when a command first needs it, so that {@code --help} and usage errors
 * touch no database.
 */
@FunctionalInterface
public interface BackendFactory {
  /**
   * Opens the backend.
   *
   * @param migrate whether to bring the schema up to date first; false for {@code db status} and
   *     {@code db migrate}, which look at the schema as it is
   * @throws ConfigurationException when the configuration cannot work (exit code 2)
   * @throws io.primetrade.application.port.out.UnavailableException when the database cannot be
   *     opened (exit code 3)
   */
  Backend open(boolean migrate);

  /** The configuration cannot work; the message names the setting and what is wrong with it. */
  final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
