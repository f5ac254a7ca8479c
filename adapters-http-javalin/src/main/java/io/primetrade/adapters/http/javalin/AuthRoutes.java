package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.primetrade.adapters.http.javalin.Wire.LoggedInJson;
import io.primetrade.adapters.http.javalin.Wire.MessageJson;
import io.primetrade.adapters.http.javalin.Wire.RegisteredJson;
import io.primetrade.adapters.http.javalin.Wire.UserJson;
import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.port.in.LogoutUseCase;
import io.primetrade.application.port.in.RefreshSessionUseCase;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.domain.user.Role;
import java.util.Set;

/** {@code /api/v1/auth}: sign up, sign in, renew the session, sign out. */
final class AuthRoutes {
  private static final Set<String> REGISTER_FIELDS =
      Set.of("username", "email", "password", "role");
  private static final Set<String> LOGIN_FIELDS = Set.of("email", "password");
  private static final Set<String> REFRESH_FIELDS = Set.of("refreshToken");

  private final RegisterUserUseCase registerUser;
  private final LoginUseCase login;
  private final RefreshSessionUseCase refreshSession;
  private final LogoutUseCase logout;
  private final Authenticator authenticator;
  private final RateLimiting rateLimiting;
  private final ObjectMapper mapper;

  AuthRoutes(
      RegisterUserUseCase registerUser,
      LoginUseCase login,
      RefreshSessionUseCase refreshSession,
      LogoutUseCase logout,
      Authenticator authenticator,
      RateLimiting rateLimiting,
      ObjectMapper mapper) {
    this.registerUser = registerUser;
    this.login = login;
    this.refreshSession = refreshSession;
    this.logout = logout;
    this.authenticator = authenticator;
    this.rateLimiting = rateLimiting;
    this.mapper = mapper;
  }

  /** {@code POST /api/v1/auth/register}: 201 with a token; an admin's token may create admins. */
  void register(Context ctx) {
    rateLimiting.register(ctx);
    JsonBody body = JsonBody.read(ctx, mapper, REGISTER_FIELDS);
    String username = body.string("username");
    String email = body.string("email");
    String password = body.string("password");
    Role role = body.parsed("role", Role::fromCode);
    body.requireValid();
    AuthResult result =
        registerUser.register(
            new RegisterUserUseCase.Command(
                username, email, password, role, authenticator.optionalActor(ctx).orElse(null)));
    ctx.status(201)
        .json(
            Envelope.ok(
                new RegisteredJson(
                    result.token().token(), result.refreshToken(), UserJson.from(result.user()))));
  }

  /** {@code POST /api/v1/auth/login}: the password is checked only within the rate limits. */
  void login(Context ctx) {
    JsonBody body = JsonBody.read(ctx, mapper, LOGIN_FIELDS);
    String email = body.string("email");
    String password = body.string("password");
    rateLimiting.login(ctx, email);
    body.requireValid();
    ctx.json(Envelope.ok(signedIn(login.login(new LoginUseCase.Command(email, password)))));
  }

  /** {@code POST /api/v1/auth/refresh}: the next access and refresh token of the session. */
  void refresh(Context ctx) {
    JsonBody body = JsonBody.read(ctx, mapper, REFRESH_FIELDS);
    String refreshToken = body.string("refreshToken");
    body.requireValid();
    ctx.json(
        Envelope.ok(
            signedIn(refreshSession.refresh(new RefreshSessionUseCase.Command(refreshToken)))));
  }

  /**
   * {@code POST /api/v1/auth/logout}: ends the session of the bearer token, and the refresh token's
   * if one is given.
   */
  void logout(Context ctx) {
    String bearer = authenticator.bearerToken(ctx);
    String refreshToken = null;
    if (ctx.bodyAsBytes().length > 0) {
      JsonBody body = JsonBody.read(ctx, mapper, REFRESH_FIELDS);
      refreshToken = body.string("refreshToken");
      body.requireValid();
    }
    logout.logout(new LogoutUseCase.Command(bearer, refreshToken));
    ctx.json(Envelope.ok(new MessageJson("Logged out")));
  }

  private static LoggedInJson signedIn(AuthResult result) {
    return new LoggedInJson(
        result.token().token(),
        result.refreshToken(),
        result.user().role().code(),
        UserJson.from(result.user()));
  }
}
