package io.primetrade.application.testing;

import io.primetrade.application.port.out.PasswordHasher;
import java.util.concurrent.atomic.AtomicInteger;

/** A reversible "hash" for use-case tests, counting its calls; never for real passwords. */
public final class InsecurePasswordHasher implements PasswordHasher {
  private static final String PREFIX = "insecure:";

  private final AtomicInteger checks = new AtomicInteger();

  @Override
  public String hash(String password) {
    return PREFIX + password;
  }

  @Override
  public boolean matches(String password, String hash) {
    checks.incrementAndGet();
    return hash.equals(PREFIX + password);
  }

  /** How many times {@link #matches} ran. */
  public int checks() {
    return checks.get();
  }
}
