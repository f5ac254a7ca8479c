package io.primetrade.adapters.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * How access tokens are signed and how long they live.
 *
 * @param secret the HMAC-SHA256 key: at least 32 bytes, since java-jwt itself accepts any length
 * @param issuer written into every token and required when verifying
 */
public record JwtSettings(byte[] secret, Duration ttl, String issuer) {
  public static final int MIN_SECRET_BYTES = 32;
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(15);
  public static final String DEFAULT_ISSUER = "primetrade";

  public JwtSettings {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the JWT secret must be at least " + MIN_SECRET_BYTES + " bytes, was " + secret.length);
    }
    secret = secret.clone();
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the token lifetime must be positive, was " + ttl);
    }
    Objects.requireNonNull(issuer, "issuer");
  }

  /** Settings with the default lifetime and issuer, for a secret given as text. */
  public static JwtSettings of(String secret) {
    return new JwtSettings(secret.getBytes(StandardCharsets.UTF_8), DEFAULT_TTL, DEFAULT_ISSUER);
  }

  @Override
  public byte[] secret() {
    return secret.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JwtSettings that
        && Arrays.equals(secret, that.secret)
        && ttl.equals(that.ttl)
        && issuer.equals(that.issuer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(secret), ttl, issuer);
  }

  @Override
  public String toString() {
    return "JwtSettings[secret=(hidden), ttl=" + ttl + ", issuer=" + issuer + "]";
  }
}
