package io.primetrade.application.service;

import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.util.Optional;

/** Finds a user by what people type: an e-mail address (with an {@code @}) or an id. */
final class UserLookup {
  private UserLookup() {}

  static User find(UserRepository users, String ref) {
    String text = ref.strip();
    Optional<User> user =
        text.contains("@")
            ? users.findByEmail(new Email(text))
            : users.findById(UserId.parse(text, "user"));
    return user.orElseThrow(UserLookup::notFound);
  }

  static NotFoundException notFound() {
    return new NotFoundException(GetUserUseCase.USER_NOT_FOUND, "User not found");
  }
}
