package io.primetrade.application.port.out;

import io.primetrade.application.testing.InMemoryRefreshTokenRepository;
import io.primetrade.application.testing.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;

class InMemoryRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {
  private InMemoryUserRepository users;
  private RefreshTokenRepository refreshTokens;

  @BeforeEach
  void empty() {
    users = new InMemoryUserRepository();
    refreshTokens = new InMemoryRefreshTokenRepository(users);
  }

  @Override
  protected RefreshTokenRepository refreshTokens() {
    return refreshTokens;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
