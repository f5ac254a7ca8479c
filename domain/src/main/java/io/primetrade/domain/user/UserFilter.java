package io.primetrade.domain.user;

/** Which users a listing shows; a null criterion matches every user. */
public record UserFilter(Role role, Boolean active) {
  public static final UserFilter ALL = new UserFilter(null, null);
}
