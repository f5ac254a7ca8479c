package io.primetrade.adapters.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.domain.DomainException;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signed JWTs (HS256) through java-jwt, with the claims {@code sub} and {@code id} (the user id),
 * {@code email}, {@code role}, {@code iat}, {@code exp}, {@code jti} and {@code iss}.
 *
 * <p>The verifier is bound to HS256 and this key: a token with {@code alg: none}, another algorithm
 * or another key is refused, whatever its header says.
 */
public final class JwtTokenService implements TokenService {
  /** Clock skew tolerated between instances, in seconds. */
  private static final long LEEWAY_SECONDS = 2;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ID = "id";
  private static final String EMAIL = "email";
  private static final String ROLE = "role";

  private final JwtSettings settings;
  private final Clock clock;
  private final Algorithm algorithm;
  private final JWTVerifier verifier;

  public JwtTokenService(JwtSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.algorithm = Algorithm.HMAC256(settings.secret());
    JWTVerifier.BaseVerification verification =
        (JWTVerifier.BaseVerification)
            JWT.require(algorithm)
                .withIssuer(settings.issuer())
                .withClaimPresence(ID)
                .withClaimPresence(EMAIL)
                .withClaimPresence(ROLE)
                .withClaimPresence("exp")
                .withClaimPresence("jti")
                .acceptLeeway(LEEWAY_SECONDS);
    this.verifier = verification.build(clock);
  }

  @Override
  public IssuedToken issue(User user) {
    return issue(user, settings.ttl());
  }

  @Override
  public IssuedToken issue(User user, Duration ttl) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(ttl);
    String tokenId = UUID.randomUUID().toString();
    String token =
        JWT.create()
            .withIssuer(settings.issuer())
            .withSubject(user.id().toString())
            .withClaim(ID, user.id().toString())
            .withClaim(EMAIL, user.email().value())
            .withClaim(ROLE, user.role().code())
            .withIssuedAt(now)
            .withExpiresAt(expiresAt)
            .withJWTId(tokenId)
            .sign(algorithm);
    return new IssuedToken(token, tokenId, Instant.ofEpochSecond(expiresAt.getEpochSecond()));
  }

  @Override
  public Claims verify(String token) {
    DecodedJWT jwt;
    try {
      jwt = verifier.verify(token);
    } catch (TokenExpiredException e) {
      throw new UnauthenticatedException("auth.token_expired", "Token expired");
    } catch (JWTVerificationException e) {
      throw invalid();
    }
    try {
      return new Claims(
          UserId.parse(jwt.getClaim(ID).asString(), ID),
          jwt.getClaim(EMAIL).asString(),
          Role.fromCode(jwt.getClaim(ROLE).asString()),
          jwt.getId(),
          jwt.getExpiresAtAsInstant());
    } catch (DomainException e) {
      // Signed with our key but not a token we would issue: treat it like any bad token.
      throw invalid();
    }
  }

  @Override
  public String newRefreshSecret() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private static UnauthenticatedException invalid() {
    return new UnauthenticatedException("auth.token_invalid", "Invalid token");
  }
}
