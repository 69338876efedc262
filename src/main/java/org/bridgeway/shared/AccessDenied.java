package org.bridgeway.shared;

/**
 * The record exists in the caller's alliance but the caller has no relationship with it that lets them open
 * it. Nothing was read or changed; the refusal itself is audited.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class AccessDenied extends RuntimeException {

  public AccessDenied(String what) {
    super("You cannot open this " + what + ". You can open a person's record while you are on their care team, "
        + "while they are on the list of a service you work in, or while their referral is on the panel's agenda.");
  }
}
