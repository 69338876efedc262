package org.bridgeway.access;

import org.bridgeway.shared.Refused;

/** An account could not be opened or changed; the message says why and is fit to show to the user. */
public class AccountException extends Refused {

  public AccountException(String field, String message) {
    super(field, message);
  }
}
