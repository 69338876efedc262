package org.bridgeway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@BridgewayTest
class SignInTest {

  static final String PASSWORD = "a long and private passphrase";

  @Autowired AuthenticationManager signIn;
  @Autowired Accounts accounts;
  @Autowired TestAlliances alliances;

  String openAccount() {
    var alliance = alliances.create();
    String username = alliance.shortName() + "-nurse";
    accounts.open(new NewAccount(username, PASSWORD, "Test Nurse", Role.PRACTITIONER, alliance.id(), null, null));
    return username;
  }

  Authentication attempt(String username, String password) {
    return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
  }

  @Test
  void aSignedInUserCarriesTheirAllianceAndNoPassword() {
    String username = openAccount();
    Authentication result = attempt(username, PASSWORD);

    assertThat(result.getPrincipal()).isInstanceOfSatisfying(CurrentUser.class, user -> {
      assertThat(user.role()).isEqualTo(Role.PRACTITIONER);
      assertThat(user.allianceId()).isNotNull();
    });
    assertThat(result.getCredentials()).isNull();
  }

  @Test
  void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightOne() {
    String username = openAccount();
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> attempt(username, "wrong password")).isInstanceOf(BadCredentialsException.class);
    }

    assertThatThrownBy(() -> attempt(username, PASSWORD)).isInstanceOf(LockedException.class);
  }

  @Test
  void aSuccessfulSignInClearsEarlierFailures() {
    String username = openAccount();
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> attempt(username, "wrong")).isInstanceOf(BadCredentialsException.class);
    }
    attempt(username, PASSWORD);
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> attempt(username, "wrong")).isInstanceOf(BadCredentialsException.class);
    }

    assertThat(attempt(username, PASSWORD).isAuthenticated()).isTrue();
  }

  @Test
  void weakPasswordsAndTakenUsernamesAreRefused() {
    String username = openAccount();
    var alliance = alliances.create();
    assertThatThrownBy(() -> accounts.open(new NewAccount(username, PASSWORD, "Someone", Role.MANAGER,
        alliance.id(), null, null))).hasMessage("That username is already taken");
    assertThatThrownBy(() -> accounts.open(new NewAccount("new-user", "new-user-password", "Someone", Role.MANAGER,
        alliance.id(), null, null))).hasMessage("Your password must not contain your username");
  }
}
