package io.primetrade.bootstrap;

/** The configuration cannot work; the message names the variable and what is wrong with it. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
