package io.primetrade.domain.archfixture;

import io.primetrade.adapters.security.BcryptPasswordHasher;

/** Breaks the rules on purpose: the domain reaching out to an adapter. */
public class DomainUsingAdapter {
  public String hash(String password) {
    return new BcryptPasswordHasher(10).hash(password);
  }
}
