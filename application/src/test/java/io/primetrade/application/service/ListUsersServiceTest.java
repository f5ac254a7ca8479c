package io.primetrade.application.service;

import static io.primetrade.application.service.Expect.thrown;
import static io.primetrade.application.testing.TestCore.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.ListUsersUseCase.Query;
import io.primetrade.application.testing.Fixtures;
import io.primetrade.application.testing.TestCore;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListUsersServiceTest {
  private final TestCore tc = new TestCore();
  private User boss;
  private User ann;

  @BeforeEach
  void addUsers() {
    // Added out of age order, so that the listing has to sort them.
    add("dave", Role.USER, 4, true);
    boss = add("boss", Role.ADMIN, 0, true);
    add("carol", Role.ADMIN, 3, false);
    ann = add("ann", Role.USER, 1, true);
    add("bob", Role.USER, 2, false);
  }

  private User add(String username, Role role, int second, boolean active) {
    User user =
        Fixtures.user(username, role, T0.plusSeconds(second))
            .withActive(active, T0.plusSeconds(second));
    tc.users.add(user);
    return user;
  }

  private Page<User> list(Query query) {
    return tc.core.listUsers().list(query);
  }

  private Query everyone(Integer page, Integer limit) {
    return new Query(boss.asActor(), page, limit, null, null);
  }

  private static List<String> names(Page<User> page) {
    return page.items().stream().map(u -> u.username().value()).toList();
  }

  @Test
  void adminListsEveryone_oldestFirst_withDefaults() {
    Page<User> page = list(everyone(null, null));

    assertThat(names(page)).containsExactly("boss", "ann", "bob", "carol", "dave");
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.request()).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_LIMIT));
  }

  @Test
  void listsUsersAsStored_activeOrNot() {
    Page<User> page = list(everyone(null, null));

    assertThat(page.items()).contains(ann);
    assertThat(page.items()).filteredOn(u -> !u.active()).hasSize(2);
  }

  @Test
  void pagesThroughUsers_withTotal() {
    Page<User> second = list(everyone(2, 2));
    Page<User> last = list(everyone(3, 2));

    assertThat(names(second)).containsExactly("bob", "carol");
    assertThat(second.total()).isEqualTo(5);
    assertThat(names(last)).containsExactly("dave");
    assertThat(list(everyone(4, 2)).items()).isEmpty();
  }

  @Test
  void filtersByRole() {
    Page<User> admins = list(new Query(boss.asActor(), null, null, Role.ADMIN, null));

    assertThat(names(admins)).containsExactly("boss", "carol");
    assertThat(admins.total()).isEqualTo(2);
  }

  @Test
  void filtersByActivation() {
    Page<User> deactivated = list(new Query(boss.asActor(), null, null, null, false));
    Page<User> active = list(new Query(boss.asActor(), null, null, null, true));

    assertThat(names(deactivated)).containsExactly("bob", "carol");
    assertThat(names(active)).containsExactly("boss", "ann", "dave");
  }

  @Test
  void filtersByRoleAndActivation_together() {
    Page<User> page = list(new Query(boss.asActor(), null, null, Role.USER, false));

    assertThat(names(page)).containsExactly("bob");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void operatorMayList() {
    assertThat(list(new Query(Actor.operator(), null, null, null, null)).total()).isEqualTo(5);
  }

  @Test
  void userMayNotList() {
    ForbiddenException e =
        thrown(
            ForbiddenException.class, () -> list(new Query(ann.asActor(), null, null, null, null)));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("user.manage.forbidden");
  }

  @Test
  void refusesPageBelowOne() {
    InvalidInputException e = thrown(InvalidInputException.class, () -> list(everyone(0, null)));

    assertThat(e.errors()).containsExactly(new FieldError("page", "must be at least 1"));
  }

  @Test
  void refusesLimitOutOfRange() {
    InvalidInputException zero = thrown(InvalidInputException.class, () -> list(everyone(1, 0)));
    InvalidInputException tooMany =
        thrown(InvalidInputException.class, () -> list(everyone(1, PageRequest.MAX_LIMIT + 1)));

    assertThat(zero.errors()).containsExactly(new FieldError("limit", "must be between 1 and 100"));
    assertThat(tooMany.errors())
        .containsExactly(new FieldError("limit", "must be between 1 and 100"));
  }

  @Test
  void refusesBadPaging_beforeCheckingTheRole() {
    InvalidInputException e =
        thrown(InvalidInputException.class, () -> list(new Query(ann.asActor(), 0, 0, null, null)));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("page", "limit");
  }
}
