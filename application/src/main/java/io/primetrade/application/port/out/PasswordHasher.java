package io.primetrade.application.port.out;

/** Turns passwords into slow, salted hashes and checks them. Thread-safe. */
public interface PasswordHasher {
  /** A new salted hash of {@code password}, which the caller has checked against the policy. */
  String hash(String password);

  /**
   * Whether {@code password} is the one {@code hash} was made from. Takes as long for a wrong
   * password as for a right one; a malformed hash is simply no match.
   */
  boolean matches(String password, String hash);
}
