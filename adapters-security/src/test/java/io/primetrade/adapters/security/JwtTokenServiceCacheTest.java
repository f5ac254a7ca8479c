package io.primetrade.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens: it saves work and never accepts what a full check would refuse. */
class JwtTokenServiceCacheTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03Z");
  private static final JwtSettings SETTINGS =
      JwtSettings.of("an-example-secret-of-more-than-32-bytes");

  private final User ann =
      User.register(
          new UserId(UUID.fromString("3f1c2a9e-8d4b-4c6a-9e2f-1a2b3c4d5e6f")),
          new Username("ann"),
          new Email("ann@example.com"),
          "$2a$10$hash",
          Role.ADMIN,
          T0);

  private final MutableClock clock = new MutableClock(T0);
  private final CountingAlgorithm algorithm =
      new CountingAlgorithm(Algorithm.HMAC256(SETTINGS.secret()));
  private final JwtTokenService service =
      new JwtTokenService(SETTINGS, clock, algorithm, JwtTokenService.CACHE_ENTRIES);

  private static void assertRefused(TokenService service, String token, String code) {
    assertThatThrownBy(() -> service.verify(token))
        .isInstanceOfSatisfying(
            UnauthenticatedException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void tokenVerifiedTwice_givesEqualClaims() {
    String token = service.issue(ann).token();

    TokenService.Claims first = service.verify(token);
    clock.advance(Duration.ofMinutes(5));
    TokenService.Claims second = service.verify(token);

    assertThat(second).isEqualTo(first);
    assertThat(second.userId()).isEqualTo(ann.id());
    assertThat(second.expiresAt()).isEqualTo(T0.plus(JwtSettings.DEFAULT_TTL));
  }

  @Test
  void secondVerification_doesNotCheckTheSignatureAgain() {
    String token = service.issue(ann).token();

    service.verify(token);
    service.verify(token);
    service.verify(token);

    assertThat(algorithm.verifications).hasValue(1);
  }

  @Test
  void withoutTheCache_everyVerificationChecksTheSignature() {
    JwtTokenService uncached = new JwtTokenService(SETTINGS, clock, algorithm, 0);
    String token = uncached.issue(ann).token();

    uncached.verify(token);
    uncached.verify(token);

    assertThat(algorithm.verifications).hasValue(2);
  }

  @Test
  void cachedToken_isRefusedAsExpired_onceItsTimeIsUp() {
    String token = service.issue(ann).token();
    service.verify(token);

    // Still inside the verifier's leeway of 2 seconds: accepted, as java-jwt would.
    clock.advance(JwtSettings.DEFAULT_TTL.plusSeconds(1));
    assertThat(service.verify(token).userId()).isEqualTo(ann.id());

    clock.advance(Duration.ofSeconds(1));
    assertRefused(service, token, "auth.token_expired");
    assertThat(algorithm.verifications).hasValue(1);
  }

  @Test
  void cachedAndUncachedServices_agreeOnTheLastAcceptedSecond() {
    String token = service.issue(ann).token();
    service.verify(token);
    JwtTokenService uncached = new JwtTokenService(SETTINGS, clock, algorithm, 0);

    for (int second = 0; second < 6; second++) {
      clock.advance(second == 0 ? JwtSettings.DEFAULT_TTL.minusSeconds(2) : Duration.ofSeconds(1));
      assertThat(outcome(service, token)).isEqualTo(outcome(uncached, token));
    }
    assertThat(outcome(service, token)).isEqualTo("auth.token_expired");
  }

  private static String outcome(TokenService service, String token) {
    try {
      return service.verify(token).userId().toString();
    } catch (UnauthenticatedException e) {
      return e.code();
    }
  }

  @Test
  void tamperedSignature_isRefused_evenAfterTheOriginalWasCached() {
    String token = service.issue(ann).token();
    service.verify(token);
    String[] parts = token.split("\\.");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    signature[0] ^= 1;
    String forged =
        parts[0]
            + "."
            + parts[1]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

    assertRefused(service, forged, "auth.token_invalid");
    assertRefused(service, forged, "auth.token_invalid");
    assertThat(service.verify(token).userId()).isEqualTo(ann.id());
  }

  @Test
  void tamperedPayload_isRefused_evenAfterTheOriginalWasCached() {
    String token = service.issue(ann).token();
    service.verify(token);
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    payload.replace("\"admin\"", "\"user\"").getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertRefused(service, forged, "auth.token_invalid");
    assertRefused(service, forged, "auth.token_invalid");
  }

  @Test
  void tokenSignedWithAnotherKey_isRefused_andNotRemembered() {
    String token =
        new JwtTokenService(
                JwtSettings.of("another-secret-that-is-also-32-bytes-long"),
                Clock.fixed(T0, ZoneOffset.UTC))
            .issue(ann)
            .token();

    assertRefused(service, token, "auth.token_invalid");
    assertRefused(service, token, "auth.token_invalid");
    assertThat(algorithm.verifications).hasValue(2);
  }

  @Test
  void expiredToken_isNotRemembered_andStaysExpired() {
    String token = service.issue(ann).token();
    clock.advance(Duration.ofHours(1));

    assertRefused(service, token, "auth.token_expired");
    assertRefused(service, token, "auth.token_expired");
    assertThat(algorithm.verifications).hasValue(2);
  }

  /** HS256 that counts its signature checks, so a test can see whether the cache answered. */
  private static final class CountingAlgorithm extends Algorithm {
    private final Algorithm delegate;
    final AtomicInteger verifications = new AtomicInteger();

    CountingAlgorithm(Algorithm delegate) {
      super(delegate.getName(), "counting " + delegate);
      this.delegate = delegate;
    }

    @Override
    public void verify(DecodedJWT jwt) throws SignatureVerificationException {
      verifications.incrementAndGet();
      delegate.verify(jwt);
    }

    @Override
    public byte[] sign(byte[] headerBytes, byte[] payloadBytes) {
      return delegate.sign(headerBytes, payloadBytes);
    }

    @Override
    @SuppressWarnings("deprecation")
    public byte[] sign(byte[] contentBytes) {
      return delegate.sign(contentBytes);
    }
  }
}
