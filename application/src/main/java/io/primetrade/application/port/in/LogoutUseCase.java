package io.primetrade.application.port.in;

import io.primetrade.domain.UnauthenticatedException;

/** Ends a session on every instance: its access token and its refresh tokens stop working. */
public interface LogoutUseCase {
  /**
   * Denies the access token until it expires and revokes the session of the refresh token, if it
   * belongs to the same user (a refresh token of someone else is left alone).
   *
   * @throws UnauthenticatedException when the access token is missing or invalid
   */
  void logout(Command command);

  /**
   * @param accessToken the bearer token of the request
   * @param refreshToken the session's refresh token, or null when the client no longer has it
   */
  record Command(String accessToken, String refreshToken) {
    @Override
    public String toString() {
      return "Command[accessToken=***, refreshToken=***]";
    }
  }
}
