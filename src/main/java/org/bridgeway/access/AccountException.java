package org.bridgeway.access;

/** An account could not be opened; the message says why and is fit to show to the user. */
public class AccountException extends RuntimeException {

  private final String field;

  public AccountException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
