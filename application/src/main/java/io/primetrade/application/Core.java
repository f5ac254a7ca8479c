package io.primetrade.application;

import io.primetrade.application.port.in.AuthenticateUseCase;
import io.primetrade.application.port.in.CheckHealthUseCase;
import io.primetrade.application.port.in.CheckRateLimitUseCase;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.application.port.in.DeleteTaskUseCase;
import io.primetrade.application.port.in.DeleteUserUseCase;
import io.primetrade.application.port.in.EnsureAdminUseCase;
import io.primetrade.application.port.in.ExportTasksUseCase;
import io.primetrade.application.port.in.GetTaskUseCase;
import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.application.port.in.ImportTasksUseCase;
import io.primetrade.application.port.in.IssueTokenUseCase;
import io.primetrade.application.port.in.ListTasksUseCase;
import io.primetrade.application.port.in.ListUsersUseCase;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.port.in.LogoutUseCase;
import io.primetrade.application.port.in.RateLimits;
import io.primetrade.application.port.in.RefreshSessionUseCase;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.application.port.in.ResetPasswordUseCase;
import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.application.service.AuthenticateService;
import io.primetrade.application.service.CheckHealthService;
import io.primetrade.application.service.CheckRateLimitService;
import io.primetrade.application.service.CreateTaskService;
import io.primetrade.application.service.DeleteTaskService;
import io.primetrade.application.service.DeleteUserService;
import io.primetrade.application.service.EnsureAdminService;
import io.primetrade.application.service.ExportTasksService;
import io.primetrade.application.service.GetTaskService;
import io.primetrade.application.service.GetUserService;
import io.primetrade.application.service.ImportTasksService;
import io.primetrade.application.service.IssueTokenService;
import io.primetrade.application.service.ListTasksService;
import io.primetrade.application.service.ListUsersService;
import io.primetrade.application.service.LoginService;
import io.primetrade.application.service.LogoutService;
import io.primetrade.application.service.RefreshSessionService;
import io.primetrade.application.service.RegisterUserService;
import io.primetrade.application.service.ResetPasswordService;
import io.primetrade.application.service.UpdateTaskService;
import io.primetrade.application.service.UpdateUserService;
import io.primetrade.application.validation.CommandValidator;
import java.time.Duration;
import java.util.Objects;

/**
 * The use cases of PrimeTrade: what the HTTP API, the admin tool and embedding apps call. Built
 * once from the ports; every use case is thread-safe.
 */
public record Core(
    RegisterUserUseCase registerUser,
    LoginUseCase login,
    RefreshSessionUseCase refreshSession,
    LogoutUseCase logout,
    AuthenticateUseCase authenticate,
    CheckRateLimitUseCase rateLimits,
    ListTasksUseCase listTasks,
    GetTaskUseCase getTask,
    CreateTaskUseCase createTask,
    UpdateTaskUseCase updateTask,
    DeleteTaskUseCase deleteTask,
    EnsureAdminUseCase ensureAdmin,
    CheckHealthUseCase checkHealth,
    ListUsersUseCase listUsers,
    GetUserUseCase getUser,
    UpdateUserUseCase updateUser,
    ResetPasswordUseCase resetPassword,
    DeleteUserUseCase deleteUser,
    IssueTokenUseCase issueToken,
    ExportTasksUseCase exportTasks,
    ImportTasksUseCase importTasks) {

  /**
   * Policy choices the operator makes.
   *
   * @param adminSignupAllowed whether anyone may register as an admin (a demo mode)
   * @param refreshTtl how long a refresh token lives, and so an idle session
   * @param rateLimits the limits of each rate-limit policy
   */
  public record Settings(boolean adminSignupAllowed, Duration refreshTtl, RateLimits rateLimits) {
    /** Seven days. */
    public static final Duration DEFAULT_REFRESH_TTL = Duration.ofDays(7);

    /**
     * Registration as admin needs an admin caller, sessions last seven days, the default limits:
     * the production defaults.
     */
    public static final Settings DEFAULTS =
        new Settings(false, DEFAULT_REFRESH_TTL, RateLimits.DEFAULTS);

    public Settings {
      Objects.requireNonNull(refreshTtl, "refreshTtl");
      Objects.requireNonNull(rateLimits, "rateLimits");
      if (refreshTtl.isNegative() || refreshTtl.isZero()) {
        throw new IllegalArgumentException("refreshTtl must be positive");
      }
    }
  }

  /** The only place services are created. */
  public static Core create(Ports p, CommandValidator v, Settings settings) {
    Duration refreshTtl = settings.refreshTtl();
    return new Core(
        new RegisterUserService(
            p.users(),
            p.passwords(),
            p.tokens(),
            p.ids(),
            p.clock(),
            p.refreshTokens(),
            refreshTtl,
            v,
            settings.adminSignupAllowed()),
        new LoginService(
            p.users(),
            p.passwords(),
            p.tokens(),
            p.refreshTokens(),
            p.ids(),
            p.clock(),
            refreshTtl,
            v),
        new RefreshSessionService(
            p.refreshTokens(), p.users(), p.tokens(), p.ids(), p.clock(), refreshTtl, v),
        new LogoutService(p.tokens(), p.denylist(), p.refreshTokens(), p.clock()),
        new AuthenticateService(p.tokens(), p.users(), p.denylist()),
        new CheckRateLimitService(
            p.rateLimiter(), settings.rateLimits().enabled(), settings.rateLimits().limits()),
        new ListTasksService(p.tasks(), p.taskCache(), v),
        new GetTaskService(p.tasks(), p.taskCache(), v),
        new CreateTaskService(p.tasks(), p.taskCache(), p.ids(), p.clock(), v),
        new UpdateTaskService(p.tasks(), p.taskCache(), p.clock(), v),
        new DeleteTaskService(p.tasks(), p.taskCache(), v),
        new EnsureAdminService(p.users(), p.passwords(), p.ids(), p.clock(), v),
        new CheckHealthService(p.healthChecks()),
        new ListUsersService(p.users(), v),
        new GetUserService(p.users(), v),
        new UpdateUserService(p.users(), p.refreshTokens(), p.clock(), v),
        new ResetPasswordService(p.users(), p.passwords(), p.refreshTokens(), p.clock(), v),
        new DeleteUserService(p.users(), p.tasks(), v),
        new IssueTokenService(p.users(), p.tokens(), v),
        new ExportTasksService(p.tasks(), v),
        new ImportTasksService(p.tasks(), p.taskCache(), p.users(), p.ids(), p.clock(), v));
  }
}
