package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.primetrade.adapters.http.javalin.Wire.AccountJson;
import io.primetrade.adapters.http.javalin.Wire.MessageJson;
import io.primetrade.adapters.http.javalin.Wire.PageMeta;
import io.primetrade.application.port.in.DeleteUserUseCase;
import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.application.port.in.ListUsersUseCase;
import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.domain.Page;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.util.Set;

/** {@code /api/v1/users}: accounts, for admins; {@code /me} for everyone. */
final class UserRoutes {
  private static final Set<String> LIST_PARAMETERS = Set.of("page", "limit", "role", "active");
  private static final Set<String> PATCH_FIELDS = Set.of("role", "active");

  private final ListUsersUseCase listUsers;
  private final GetUserUseCase getUser;
  private final UpdateUserUseCase updateUser;
  private final DeleteUserUseCase deleteUser;
  private final Authenticator authenticator;
  private final ObjectMapper mapper;

  UserRoutes(
      ListUsersUseCase listUsers,
      GetUserUseCase getUser,
      UpdateUserUseCase updateUser,
      DeleteUserUseCase deleteUser,
      Authenticator authenticator,
      ObjectMapper mapper) {
    this.listUsers = listUsers;
    this.getUser = getUser;
    this.updateUser = updateUser;
    this.deleteUser = deleteUser;
    this.authenticator = authenticator;
    this.mapper = mapper;
  }

  /** {@code GET /api/v1/users?page&limit&role&active}: admins only. */
  void list(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    QueryParams query = new QueryParams(ctx.queryParamMap(), LIST_PARAMETERS);
    ListUsersUseCase.Query listQuery =
        new ListUsersUseCase.Query(
            actor,
            query.integer("page"),
            query.integer("limit"),
            query.parsed("role", Role::fromCode),
            query.bool("active"));
    query.requireValid();
    Page<User> page = listUsers.list(listQuery);
    ctx.json(Envelope.ok(page.items().stream().map(AccountJson::from).toList(), PageMeta.of(page)));
  }

  /** {@code GET /api/v1/users/me}: the caller's own account. */
  void me(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    respond(ctx, getUser.get(new GetUserUseCase.Query(actor, actor.id().toString())));
  }

  /** {@code GET /api/v1/users/{id}}: admins, or the user themselves. */
  void get(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    respond(ctx, getUser.get(new GetUserUseCase.Query(actor, userId(ctx))));
  }

  /** {@code PATCH /api/v1/users/{id}} with {@code role} and/or {@code active}: admins only. */
  void update(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    String id = userId(ctx);
    JsonBody body = JsonBody.read(ctx, mapper, PATCH_FIELDS);
    UpdateUserUseCase.Command command =
        new UpdateUserUseCase.Command(
            actor, id, body.parsed("role", Role::fromCode), body.bool("active"));
    body.requireValid();
    respond(ctx, updateUser.update(command));
  }

  /** {@code DELETE /api/v1/users/{id}}: admins only, never themselves. */
  void delete(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    deleteUser.delete(new DeleteUserUseCase.Command(actor, userId(ctx)));
    ctx.json(Envelope.ok(new MessageJson("User deleted")));
  }

  /** The path's id, checked here so that a malformed one is a 400 on field {@code id}. */
  private static String userId(Context ctx) {
    return UserId.parse(ctx.pathParam("id"), "id").toString();
  }

  private static void respond(Context ctx, User user) {
    ctx.json(Envelope.ok(AccountJson.from(user)));
  }
}
