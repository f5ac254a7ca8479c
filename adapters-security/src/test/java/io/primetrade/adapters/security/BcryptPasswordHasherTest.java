package io.primetrade.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
  // The lowest cost keeps the suite fast; the production minimum is checked separately.
  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

  @Test
  void matchesThePasswordItHashed_andNothingElse() {
    String hash = hasher.hash("correct horse");

    assertThat(hash).startsWith("$2a$04$").doesNotContain("correct horse");
    assertThat(hasher.matches("correct horse", hash)).isTrue();
    assertThat(hasher.matches("correct horsE", hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
  }

  @Test
  void usesTheConfiguredCost() {
    assertThat(new BcryptPasswordHasher(10).hash("password")).startsWith("$2a$10$");
  }

  @Test
  void acceptsExactly72Bytes_ofMultiByteText() {
    String password = "é".repeat(36); // 72 bytes in UTF-8

    assertThat(hasher.matches(password, hasher.hash(password))).isTrue();
  }

  @Test
  void refusesToHashMoreThan72Bytes() {
    assertThatThrownBy(() -> hasher.hash("a".repeat(73)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverMatchesPasswordLongerThan72Bytes_evenWhenItsPrefixWouldMatch() {
    String prefix = "a".repeat(72);
    String hash = hasher.hash(prefix);

    // jBCrypt alone would say true here: it ignores everything after byte 72.
    assertThat(hasher.matches(prefix + "anything", hash)).isFalse();
  }

  @Test
  void treatsMalformedHashAsNoMatch() {
    assertThat(hasher.matches("password", "not a bcrypt hash")).isFalse();
    assertThat(hasher.matches("password", "")).isFalse();
    assertThat(hasher.matches("password", "$2a$04$tooShort")).isFalse();
  }

  @Test
  void refusesCostOutsideBcryptsRange() {
    assertThatThrownBy(() -> new BcryptPasswordHasher(3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BcryptPasswordHasher(32))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
