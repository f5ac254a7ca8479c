package io.primetrade.adapters.cli;

import io.primetrade.domain.user.User;

/** How commands show one account: its fields, or JSON. */
final class UserOutput {
  private UserOutput() {}

  static void print(Session session, User user, boolean json) {
    if (json) {
      session.printJson(Views.UserJson.from(user));
      return;
    }
    Table.fields()
        .row("id", user.id())
        .row("username", user.username())
        .row("email", user.email())
        .row("role", user.role().code())
        .row("active", user.active() ? "yes" : "no")
        .row("createdAt", Views.instant(user.createdAt()))
        .row("updatedAt", Views.instant(user.updatedAt()))
        .print(session.out());
  }
}
