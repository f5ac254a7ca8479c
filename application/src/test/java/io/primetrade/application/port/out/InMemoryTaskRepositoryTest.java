package io.primetrade.application.port.out;

import io.primetrade.application.testing.InMemoryTaskRepository;
import io.primetrade.application.testing.InMemoryUserRepository;

class InMemoryTaskRepositoryTest extends TaskRepositoryContract {
  private final UserRepository users = new InMemoryUserRepository();
  private final TaskRepository tasks = new InMemoryTaskRepository();

  @Override
  protected TaskRepository tasks() {
    return tasks;
  }

  @Override
  protected UserRepository users() {
    return users;
  }
}
