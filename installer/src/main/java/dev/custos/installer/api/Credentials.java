package dev.custos.installer.api;

/**
 * A user name and password for the password grant. {@link #toString()} hides the password.
 *
 * @param username the local user, such as {@code admin}
 * @param password the user's password
 */
public record Credentials(String username, String password) {

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=***]";
  }
}
