package dev.custos.installer.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to {@code POST /api/v1/auth/token}. {@link #toString()} hides the token.
 *
 * @param accessToken the bearer token
 * @param tokenType {@code Bearer}
 * @param expiresIn seconds the token stays valid
 */
record TokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {

  @Override
  public String toString() {
    return "TokenResponse[accessToken=***, tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + "]";
  }
}
