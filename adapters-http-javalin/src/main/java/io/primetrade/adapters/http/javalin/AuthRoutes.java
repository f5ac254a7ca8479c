package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.primetrade.adapters.http.javalin.Wire.LoggedInJson;
import io.primetrade.adapters.http.javalin.Wire.RegisteredJson;
import io.primetrade.adapters.http.javalin.Wire.UserJson;
import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.domain.user.Role;
import java.util.Set;

/** {@code /api/v1/auth}: sign up and sign in. */
final class AuthRoutes {
  private static final Set<String> REGISTER_FIELDS =
      Set.of("username", "email", "password", "role");
  private static final Set<String> LOGIN_FIELDS = Set.of("email", "password");

  private final RegisterUserUseCase registerUser;
  private final LoginUseCase login;
  private final Authenticator authenticator;
  private final ObjectMapper mapper;

  AuthRoutes(
      RegisterUserUseCase registerUser,
      LoginUseCase login,
      Authenticator authenticator,
      ObjectMapper mapper) {
    this.registerUser = registerUser;
    this.login = login;
    this.authenticator = authenticator;
    this.mapper = mapper;
  }

  /** {@code POST /api/v1/auth/register}: 201 with a token; an admin's token may create admins. */
  void register(Context ctx) {
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
            Envelope.ok(new RegisteredJson(result.token().token(), UserJson.from(result.user()))));
  }

  /** {@code POST /api/v1/auth/login}. */
  void login(Context ctx) {
    JsonBody body = JsonBody.read(ctx, mapper, LOGIN_FIELDS);
    String email = body.string("email");
    String password = body.string("password");
    body.requireValid();
    AuthResult result = login.login(new LoginUseCase.Command(email, password));
    ctx.json(
        Envelope.ok(
            new LoggedInJson(
                result.token().token(),
                result.user().role().code(),
                UserJson.from(result.user()))));
  }
}
