package io.primetrade.application.port.out;

import io.primetrade.application.testing.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
  private UserRepository users;

  @BeforeEach
  void empty() {
    users = new InMemoryUserRepository();
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
