package io.primetrade.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtTokenServiceTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03Z");
  private static final String SECRET = "an-example-secret-of-more-than-32-bytes";

  private final User ann =
      User.register(
          new UserId(UUID.fromString("3f1c2a9e-8d4b-4c6a-9e2f-1a2b3c4d5e6f")),
          new Username("ann"),
          new Email("ann@example.com"),
          "$2a$10$hash",
          Role.ADMIN,
          T0);

  private static JwtTokenService serviceAt(Instant now) {
    return new JwtTokenService(JwtSettings.of(SECRET), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static void assertRefused(String token, String code) {
    assertThatThrownBy(() -> serviceAt(T0).verify(token))
        .isInstanceOfSatisfying(
            UnauthenticatedException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void verifiesItsOwnToken_withTheUsersClaims() {
    TokenService.IssuedToken issued = serviceAt(T0).issue(ann);

    TokenService.Claims claims = serviceAt(T0.plusSeconds(60)).verify(issued.token());

    assertThat(claims.userId()).isEqualTo(ann.id());
    assertThat(claims.email()).isEqualTo("ann@example.com");
    assertThat(claims.role()).isEqualTo(Role.ADMIN);
    assertThat(claims.tokenId()).isEqualTo(issued.tokenId());
    assertThat(claims.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void writesTheReferenceClaims() {
    DecodedJWT jwt = JWT.decode(serviceAt(T0).issue(ann).token());

    assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
    assertThat(jwt.getSubject()).isEqualTo(ann.id().toString());
    assertThat(jwt.getClaim("id").asString()).isEqualTo(ann.id().toString());
    assertThat(jwt.getClaim("email").asString()).isEqualTo("ann@example.com");
    assertThat(jwt.getClaim("role").asString()).isEqualTo("admin");
    assertThat(jwt.getIssuedAtAsInstant()).isEqualTo(T0);
    assertThat(jwt.getExpiresAtAsInstant()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(jwt.getId()).isNotBlank();
    assertThat(JWT.decode(serviceAt(T0).issue(ann).token()).getId()).isNotEqualTo(jwt.getId());
  }

  @Test
  void issuesTokenWithAGivenLifetime() {
    TokenService.IssuedToken issued = serviceAt(T0).issue(ann, Duration.ofDays(7));

    assertThat(issued.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
    assertThat(serviceAt(T0.plus(Duration.ofDays(6))).verify(issued.token()).userId())
        .isEqualTo(ann.id());
  }

  @Test
  void refusesExpiredToken() {
    String token = serviceAt(T0.minus(Duration.ofHours(2))).issue(ann).token();

    assertRefused(token, "auth.token_expired");
  }

  @Test
  void refusesTokenSignedWithAnotherKey() {
    String token =
        new JwtTokenService(
                JwtSettings.of("another-secret-that-is-also-32-bytes-long"),
                Clock.fixed(T0, ZoneOffset.UTC))
            .issue(ann)
            .token();

    assertRefused(token, "auth.token_invalid");
  }

  @Test
  void refusesTokenWithAlgNone() {
    String token =
        JWT.create()
            .withIssuer("primetrade")
            .withClaim("id", ann.id().toString())
            .withClaim("email", "ann@example.com")
            .withClaim("role", "admin")
            .withExpiresAt(T0.plusSeconds(600))
            .withJWTId("x")
            .sign(Algorithm.none());

    assertRefused(token, "auth.token_invalid");
  }

  @Test
  void refusesTokenWithAnotherAlgorithm_evenWithTheSameKey() {
    String token =
        JWT.create()
            .withIssuer("primetrade")
            .withClaim("id", ann.id().toString())
            .withClaim("email", "ann@example.com")
            .withClaim("role", "admin")
            .withExpiresAt(T0.plusSeconds(600))
            .withJWTId("x")
            .sign(Algorithm.HMAC384(SECRET.getBytes(StandardCharsets.UTF_8)));

    assertRefused(token, "auth.token_invalid");
  }

  @Test
  void refusesTamperedPayload() {
    String[] parts = serviceAt(T0).issue(ann).token().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                payload.replace("\"admin\"", "\"user\"").getBytes(StandardCharsets.UTF_8));

    assertRefused(parts[0] + "." + forged + "." + parts[2], "auth.token_invalid");
  }

  @Test
  void refusesTokenFromAnotherIssuer() {
    JwtSettings other =
        new JwtSettings(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofHours(1), "elsewhere");
    String token = new JwtTokenService(other, Clock.fixed(T0, ZoneOffset.UTC)).issue(ann).token();

    assertRefused(token, "auth.token_invalid");
  }

  @Test
  void refusesSignedTokenWithoutOurClaims() {
    String token =
        JWT.create()
            .withIssuer("primetrade")
            .withClaim("id", "not-a-uuid")
            .withClaim("email", "ann@example.com")
            .withClaim("role", "superuser")
            .withExpiresAt(T0.plusSeconds(600))
            .withJWTId("x")
            .sign(Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8)));

    assertRefused(token, "auth.token_invalid");
  }

  @Test
  void refusesGarbage() {
    assertRefused("not.a.token", "auth.token_invalid");
    assertRefused("", "auth.token_invalid");
  }

  @Test
  void refusesSecretShorterThan32Bytes() {
    assertThatThrownBy(() -> JwtSettings.of("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 32 bytes");
  }

  @Test
  void keepsTheSecretOutOfToString() {
    assertThat(JwtSettings.of(SECRET).toString()).doesNotContain(SECRET);
  }

  @Test
  void makesRefreshSecrets_of256RandomBits_inUrlSafeCharacters() {
    JwtTokenService service = serviceAt(T0);
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String secret = service.newRefreshSecret();
      assertThat(secret).matches("[A-Za-z0-9_-]{43}");
      secrets.add(secret);
    }
    assertThat(secrets).hasSize(1000);
  }
}
