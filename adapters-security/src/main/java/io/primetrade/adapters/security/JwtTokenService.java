package io.primetrade.adapters.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
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
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Signed JWTs (HS256) through java-jwt, with the claims {@code sub} and {@code id} (the user id),
 * {@code email}, {@code role}, {@code iat}, {@code exp}, {@code jti} and {@code iss}.
 *
 * <p>The verifier is bound to HS256 and this key: a token with {@code alg: none}, another algorithm
 * or another key is refused, whatever its header says.
 *
 * <p>Verified tokens are remembered: a client sends the same token with every request until it
 * expires, and verifying it (HMAC-SHA256, decoding header and payload JSON, the claim checks) cost
 * 15-18% of each authenticated request's CPU. The cache maps the <em>whole</em> token string,
 * header, payload and signature, to its claims, so a token that differs in any character is another
 * key and is verified afresh: a hit can only be a string this service has already verified in full.
 * Only successful verifications are stored. A hit is returned only while the token is unexpired by
 * this service's clock with the verifier's leeway, so an expired token is refused as {@code
 * auth.token_expired} whether it is cached or not; the other time checks ({@code iat}, {@code nbf})
 * only become easier to pass as time goes on. Entries leave the cache when their token expires (at
 * most {@link #MAX_CACHED_LIFETIME} after they were stored) and beyond {@link #CACHE_ENTRIES}, so
 * dead tokens are not kept: at roughly 1 KB per entry (token string, claims, cache node) a full
 * cache holds about 10 MB. Revocation (the denylist) and the account lookup are not affected: they
 * happen after {@link #verify} in {@code AuthenticateService}, on every request.
 *
 * <p>Thread-safe: the verifier is immutable and the cache is a concurrent Caffeine cache; two
 * threads verifying the same new token at once both verify it and store equal claims.
 */
public final class JwtTokenService implements TokenService {
  /** Clock skew tolerated between instances, in seconds. */
  private static final long LEEWAY_SECONDS = 2;

  /** How many verified tokens are remembered: about one per client active within a token's life. */
  static final long CACHE_ENTRIES = 10_000;

  /**
   * The longest an entry stays, whatever its token's lifetime: long-lived support tokens are
   * verified again now and then rather than pinned in memory for days.
   */
  static final Duration MAX_CACHED_LIFETIME = Duration.ofHours(1);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ID = "id";
  private static final String EMAIL = "email";
  private static final String ROLE = "role";

  private final JwtSettings settings;
  private final Clock clock;
  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final Cache<String, Claims> verified;

  public JwtTokenService(JwtSettings settings, Clock clock) {
    this(settings, clock, Algorithm.HMAC256(settings.secret()), CACHE_ENTRIES);
  }

  /**
   * For tests and benchmarks: {@code algorithm} must be HS256 with the settings' secret (a wrapper
   * lets a test count signature checks), and {@code cacheEntries} 0 turns the cache off.
   */
  JwtTokenService(JwtSettings settings, Clock clock, Algorithm algorithm, long cacheEntries) {
    this.settings = settings;
    this.clock = clock;
    this.algorithm = algorithm;
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
    this.verified =
        cacheEntries <= 0
            ? null
            : Caffeine.newBuilder()
                .maximumSize(cacheEntries)
                .expireAfter(
                    new Expiry<String, Claims>() {
                      @Override
                      public long expireAfterCreate(String token, Claims claims, long now) {
                        return cachedLifetime(claims);
                      }

                      @Override
                      public long expireAfterUpdate(
                          String token, Claims claims, long now, long currentDuration) {
                        return cachedLifetime(claims);
                      }

                      @Override
                      public long expireAfterRead(
                          String token, Claims claims, long now, long currentDuration) {
                        return currentDuration;
                      }
                    })
                .build();
  }

  /** Nanoseconds until the token stops being accepted, capped at {@link #MAX_CACHED_LIFETIME}. */
  private long cachedLifetime(Claims claims) {
    Duration left =
        Duration.between(clock.instant(), claims.expiresAt().plusSeconds(LEEWAY_SECONDS + 1));
    if (left.isNegative()) {
      return 0;
    }
    return (left.compareTo(MAX_CACHED_LIFETIME) > 0 ? MAX_CACHED_LIFETIME : left).toNanos();
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
    if (verified == null) {
      return verifyInFull(token);
    }
    Claims known = verified.getIfPresent(token);
    if (known != null) {
      requireUnexpired(known);
      return known;
    }
    Claims claims = verifyInFull(token);
    verified.put(token, claims);
    return claims;
  }

  /**
   * The verifier's expiry rule for a cached token: accepted while the current second, less the
   * leeway, is before {@code exp}; otherwise refused exactly as the verifier refuses it.
   */
  private void requireUnexpired(Claims claims) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    if (!now.minusSeconds(LEEWAY_SECONDS).isBefore(claims.expiresAt())) {
      throw expired();
    }
  }

  /** Signature, algorithm, issuer, claims and times, through java-jwt; no cache. */
  private Claims verifyInFull(String token) {
    DecodedJWT jwt;
    try {
      jwt = verifier.verify(token);
    } catch (TokenExpiredException e) {
      throw expired();
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

  private static UnauthenticatedException expired() {
    return new UnauthenticatedException("auth.token_expired", "Token expired");
  }

  private static UnauthenticatedException invalid() {
    return new UnauthenticatedException("auth.token_invalid", "Invalid token");
  }
}
