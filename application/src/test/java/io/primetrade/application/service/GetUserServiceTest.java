package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.application.port.in.GetUserUseCase.Query;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.NotFoundException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetUserServiceTest {
  private final TestCore tc = new TestCore();
  private final User boss = Fixtures.user("boss", Role.ADMIN, T0);
  private final User ann = Fixtures.user("ann", Role.USER, T0);
  private final User bob = Fixtures.user("bob", Role.USER, T0);

  @BeforeEach
  void addUsers() {
    tc.users.add(boss);
    tc.users.add(ann);
    tc.users.add(bob);
  }

  private User get(Actor actor, String user) {
    return tc.core.getUser().get(new Query(actor, user));
  }

  @Test
  void adminReadsAnyAccount_byId() {
    assertThat(get(boss.asActor(), ann.id().toString())).isEqualTo(ann);
    assertThat(get(boss.asActor(), bob.id().toString())).isEqualTo(bob);
  }

  @Test
  void readsByEmail_inAnyCaseAndWithSurroundingSpaces() {
    assertThat(get(boss.asActor(), "ann@example.com")).isEqualTo(ann);
    assertThat(get(boss.asActor(), "ANN@Example.COM")).isEqualTo(ann);
    assertThat(get(boss.asActor(), "  bob@example.com ")).isEqualTo(bob);
  }

  @Test
  void readsById_inUpperCase() {
    assertThat(get(boss.asActor(), ann.id().toString().toUpperCase())).isEqualTo(ann);
  }

  @Test
  void userReadsOwnAccount_byIdOrEmail() {
    assertThat(get(ann.asActor(), ann.id().toString())).isEqualTo(ann);
    assertThat(get(ann.asActor(), "Ann@Example.com")).isEqualTo(ann);
  }

  @Test
  void readsTheStoredState_includingDeactivation() {
    User deactivated = bob.withActive(false, T0);
    tc.users.replace(deactivated);

    User read = get(boss.asActor(), bob.id().toString());

    assertThat(read.active()).isFalse();
    assertThat(read).isEqualTo(deactivated);
  }

  @Test
  void userMayNotReadOthersAccount() {
    ForbiddenException e =
        thrown(ForbiddenException.class, () -> get(ann.asActor(), bob.id().toString()));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("user.view.forbidden");
    thrown(ForbiddenException.class, () -> get(ann.asActor(), "boss@example.com"));
  }

  @Test
  void userAskingForAnyoneElse_isForbidden_whetherOrNotTheAccountExists() {
    ForbiddenException existing =
        thrown(ForbiddenException.class, () -> get(ann.asActor(), "bob@example.com"));
    ForbiddenException missing =
        thrown(ForbiddenException.class, () -> get(ann.asActor(), "nobody@example.com"));
    ForbiddenException missingId =
        thrown(ForbiddenException.class, () -> get(ann.asActor(), new UUID(7, 7).toString()));

    assertThat(missing.code()).isEqualTo(existing.code());
    assertThat(missingId.getMessage()).isEqualTo(existing.getMessage());
  }

  @Test
  void unknownId_isNotFound() {
    String unknown = new UUID(42, 42).toString();

    NotFoundException e = thrown(NotFoundException.class, () -> get(boss.asActor(), unknown));

    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(e.code()).isEqualTo(GetUserUseCase.USER_NOT_FOUND).isEqualTo("user.not_found");
  }

  @Test
  void unknownEmail_isNotFound() {
    NotFoundException e =
        thrown(NotFoundException.class, () -> get(boss.asActor(), "nobody@example.com"));

    assertThat(e.code()).isEqualTo("user.not_found");
  }

  @Test
  void malformedId_isInvalidInputOnUser() {
    for (String malformed : new String[] {"42", "ann", "1-1-1-1-1", ""}) {
      InvalidInputException e =
          thrown(InvalidInputException.class, () -> get(boss.asActor(), malformed));

      assertThat(e.errors())
          .as(malformed)
          .containsExactly(new FieldError("user", "must be a UUID"));
    }
  }

  @Test
  void malformedEmail_isInvalidInputOnUser() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> get(boss.asActor(), "ann@nowhere"));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("user");
  }

  @Test
  void missingUser_isRequired() {
    InvalidInputException e = thrown(InvalidInputException.class, () -> get(boss.asActor(), null));

    assertThat(e.errors()).containsExactly(new FieldError("user", "is required"));
  }
}
