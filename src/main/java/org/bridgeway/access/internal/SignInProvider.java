package org.bridgeway.access.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the password as usual, then keeps only the {@link org.bridgeway.access.CurrentUser} as the
 * principal, so no password hash is ever stored in a session.
 */
class SignInProvider extends DaoAuthenticationProvider {

  SignInProvider(AccountStore accounts, PasswordEncoder passwordEncoder) {
    super(accounts);
    setPasswordEncoder(passwordEncoder);
  }

  @Override
  protected Authentication createSuccessAuthentication(
      Object principal, Authentication authentication, UserDetails user) {
    AccountRecord account = (AccountRecord) user;
    UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
        account.toCurrentUser(), null, account.getAuthorities());
    result.setDetails(authentication.getDetails());
    return result;
  }
}
