package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import io.primetrade.application.port.in.AuthenticateUseCase;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.user.Actor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the bearer token of a request and asks the core who it speaks for. */
final class Authenticator {
  private static final Pattern BEARER = Pattern.compile("(?i)Bearer +(\\S+) *");

  private final AuthenticateUseCase authenticate;

  Authenticator(AuthenticateUseCase authenticate) {
    this.authenticate = authenticate;
  }

  /**
   * The caller.
   *
   * @throws UnauthenticatedException when there is no usable bearer token
   */
  Actor actor(Context ctx) {
    return optionalActor(ctx)
        .orElseThrow(
            () -> new UnauthenticatedException("auth.token_missing", "Authentication required"));
  }

  /**
   * The bearer token of the request, unverified.
   *
   * @throws UnauthenticatedException when there is none
   */
  String bearerToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw new UnauthenticatedException("auth.token_missing", "Authentication required");
    }
    return token(header);
  }

  private static String token(String header) {
    Matcher bearer = BEARER.matcher(header.strip());
    if (!bearer.matches()) {
      throw new UnauthenticatedException(
          "auth.scheme_unsupported", "Use an Authorization header of the form: Bearer <token>");
    }
    return bearer.group(1);
  }

  /**
   * The caller when the request carries credentials; empty when it carries none.
   *
   * @throws UnauthenticatedException when it carries credentials that are not valid
   */
  Optional<Actor> optionalActor(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    Actor actor = authenticate.authenticate(token(header));
    AccessLog.identify(ctx, actor.id().toString());
    return Optional.of(actor);
  }
}
