package io.primetrade.application.service;

import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.application.port.out.UserRepository;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import java.util.Optional;

/** Finds a user by what people type: an e-mail address (with an {@code @}) or an id. */
final class UserLookup {
  private UserLookup() {}

  static User find(UserRepository users, String ref) {
    return find(users, ref, "user");
  }

  /** As {@link #find(UserRepository, String)}, filing a malformed reference under {@code field}. */
  static User find(UserRepository users, String ref, String field) {
    String text = ref.strip();
    Optional<User> user =
        text.contains("@")
            ? users.findByEmail(email(text, field))
            : users.findById(UserId.parse(text, field));
    return user.orElseThrow(UserLookup::notFound);
  }

  private static Email email(String text, String field) {
    try {
      return new Email(text);
    } catch (InvalidInputException e) {
      throw InvalidInputException.field(field, "must be a valid email address");
    }
  }

  static NotFoundException notFound() {
    return new NotFoundException(GetUserUseCase.USER_NOT_FOUND, "User not found");
  }
}
