package org.bridgeway.access;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar bridgeway.jar create-installation-admin --username=NAME} opens the installation
 * administrator's account outside demo mode. The password is read from {@code BRIDGEWAY_ADMIN_PASSWORD}, or
 * asked for twice on the console; there is never a default password.
 */
@Component
public class AdminCommand implements ApplicationRunner {

  static final String NAME = "create-installation-admin";

  private final Accounts accounts;

  AdminCommand(Accounts accounts) {
    this.accounts = accounts;
  }

  public static boolean isRequested(String[] args) {
    return Arrays.asList(args).contains(NAME);
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!args.getNonOptionArgs().contains(NAME)) {
      return;
    }
    String username = args.containsOption("username") ? args.getOptionValues("username").get(0) : "";
    if (username.isBlank()) {
      throw new IllegalArgumentException("Give the administrator's username: --username=NAME");
    }
    String password = readPassword();
    accounts.open(new NewAccount(username, password, "Installation administrator",
        Role.INSTALLATION_ADMIN, null, null, null));
    System.out.println("Opened the installation administrator account '" + username + "'.");
  }

  private static String readPassword() throws IOException {
    String fromEnvironment = System.getenv("BRIDGEWAY_ADMIN_PASSWORD");
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment;
    }
    Console console = System.console();
    if (console != null) {
      String first = new String(console.readPassword("Password (at least 12 characters): "));
      String second = new String(console.readPassword("The same password again: "));
      if (!first.equals(second)) {
        throw new IllegalArgumentException("The two passwords were not the same");
      }
      return first;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (line == null) {
      throw new IllegalArgumentException("Give the password in BRIDGEWAY_ADMIN_PASSWORD or on standard input");
    }
    return line;
  }
}
