package org.bridgeway.access.internal;

import org.bridgeway.access.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account in the database, so the throttle holds across application nodes. */
@Component
class SignInThrottle {

  private final AccountStore accounts;

  SignInThrottle(AccountStore accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailure(event.getAuthentication().getName());
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
      accounts.recordSuccess(user.username());
    }
  }
}
