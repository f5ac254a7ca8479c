package io.primetrade.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActorTest {
  private static final Actor ANN =
      new Actor(new UserId(new UUID(0, 2)), "ann", "ann@example.com", Role.USER);

  @Test
  void answersTo_ownUsernameExactly() {
    assertThat(ANN.answersTo("ann")).isTrue();
    assertThat(ANN.answersTo("  ann ")).isTrue();
  }

  @Test
  void answersNot_toUsernameInOtherCase() {
    assertThat(ANN.answersTo("Ann")).isFalse();
  }

  @Test
  void answersTo_ownEmailInAnyCase() {
    assertThat(ANN.answersTo("ann@example.com")).isTrue();
    assertThat(ANN.answersTo("ANN@Example.Com")).isTrue();
  }

  @Test
  void answersTo_emailInAnyCase_whenActorWasBuiltWithMixedCaseEmail() {
    Actor actor = new Actor(new UserId(new UUID(0, 3)), "bob", "Bob@Example.com", Role.USER);

    assertThat(actor.answersTo("Bob@Example.com")).isTrue();
    assertThat(actor.answersTo("bob@example.com")).isTrue();
  }

  @Test
  void answersNot_toOthersOrNobody() {
    assertThat(ANN.answersTo("bob")).isFalse();
    assertThat(ANN.answersTo("bob@example.com")).isFalse();
    assertThat(ANN.answersTo("ann@example.org")).isFalse();
    assertThat(ANN.answersTo(null)).isFalse();
    assertThat(ANN.answersTo("")).isFalse();
  }

  @Test
  void isAdmin_onlyForAdminRole() {
    assertThat(ANN.isAdmin()).isFalse();
    assertThat(new Actor(ANN.id(), "boss", "boss@example.com", Role.ADMIN).isAdmin()).isTrue();
  }

  @Test
  void userAsActor_carriesNormalisedNamesAndRole() {
    User user =
        User.register(
            new UserId(new UUID(0, 9)),
            new Username("Ann"),
            new Email("Ann@Example.com"),
            "hash",
            Role.ADMIN,
            Instant.parse("2026-11-22T01:02:03.456Z"));

    Actor actor = user.asActor();

    assertThat(actor).isEqualTo(new Actor(user.id(), "Ann", "ann@example.com", Role.ADMIN));
    assertThat(actor.answersTo("ANN@EXAMPLE.COM")).isTrue();
  }

  @Test
  void operator_isAnAdmin_withTheNilUuid() {
    Actor operator = Actor.operator();

    assertThat(operator.isAdmin()).isTrue();
    assertThat(operator.role()).isEqualTo(Role.ADMIN);
    assertThat(operator.id()).isEqualTo(new UserId(new UUID(0, 0)));
    assertThat(operator.id().toString()).isEqualTo("00000000-0000-0000-0000-000000000000");
    assertThat(operator.username()).isEqualTo("operator");
  }

  @Test
  void operator_isTheSameEachTime() {
    assertThat(Actor.operator()).isEqualTo(Actor.operator());
  }

  @Test
  void operator_answersToNoRealAssignee() {
    assertThat(Actor.operator().answersTo("ann")).isFalse();
    assertThat(Actor.operator().answersTo("ann@example.com")).isFalse();
  }
}
