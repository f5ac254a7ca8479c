package io.primetrade.adapters.archfixture;

import io.primetrade.adapters.security.BcryptPasswordHasher;

/** Breaks the rules on purpose: one adapter using another instead of a port. */
public class AdapterUsingOtherAdapter {
  public String hash(String password) {
    return new BcryptPasswordHasher(10).hash(password);
  }
}
