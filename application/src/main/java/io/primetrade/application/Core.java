package io.primetrade.application;

import io.primetrade.application.port.in.AuthenticateUseCase;
import io.primetrade.application.port.in.CheckHealthUseCase;
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
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.application.port.in.ResetPasswordUseCase;
import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.application.service.AuthenticateService;
import io.primetrade.application.service.CheckHealthService;
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
import io.primetrade.application.service.RegisterUserService;
import io.primetrade.application.service.ResetPasswordService;
import io.primetrade.application.service.UpdateTaskService;
import io.primetrade.application.service.UpdateUserService;
import io.primetrade.application.validation.CommandValidator;

/**
 * The use cases of PrimeTrade: what the HTTP API, the admin tool and embedding apps call. Built
 * once from the ports; every use case is thread-safe.
 */
public record Core(
    RegisterUserUseCase registerUser,
    LoginUseCase login,
    AuthenticateUseCase authenticate,
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

  /** Policy choices the operator makes. */
  public record Settings(boolean adminSignupAllowed) {
    /** Registration as admin needs an admin caller: the production default. */
    public static final Settings DEFAULTS = new Settings(false);
  }

  /** The only place services are created. */
  public static Core create(Ports p, CommandValidator v, Settings settings) {
    return new Core(
        new RegisterUserService(
            p.users(),
            p.passwords(),
            p.tokens(),
            p.ids(),
            p.clock(),
            v,
            settings.adminSignupAllowed()),
        new LoginService(p.users(), p.passwords(), p.tokens(), v),
        new AuthenticateService(p.tokens(), p.users()),
        new ListTasksService(p.tasks(), v),
        new GetTaskService(p.tasks(), v),
        new CreateTaskService(p.tasks(), p.ids(), p.clock(), v),
        new UpdateTaskService(p.tasks(), p.clock(), v),
        new DeleteTaskService(p.tasks(), v),
        new EnsureAdminService(p.users(), p.passwords(), p.ids(), p.clock(), v),
        new CheckHealthService(p.healthChecks()),
        new ListUsersService(p.users(), v),
        new GetUserService(p.users(), v),
        new UpdateUserService(p.users(), p.clock(), v),
        new ResetPasswordService(p.users(), p.passwords(), p.clock(), v),
        new DeleteUserService(p.users(), p.tasks(), v),
        new IssueTokenService(p.users(), p.tokens(), v),
        new ExportTasksService(p.tasks(), v),
        new ImportTasksService(p.tasks(), p.users(), p.ids(), p.clock(), v));
  }
}
