package org.bridgeway.demo;

/** What Bridgeway prints at the end of start-up in demo mode: where it is and how to sign in. */
final class DemoBanner {

  private DemoBanner() {}

  static String text(String port) {
    String line = "=".repeat(72);
    StringBuilder text = new StringBuilder("\n").append(line).append('\n')
        .append("  Bridgeway is running in demo mode at http://localhost:").append(port).append("/\n\n")
        .append("  Sign in with any of these usernames and the password ").append(DemoAccounts.PASSWORD)
        .append(":\n    ").append(DemoAccounts.INSTALLATION_ADMIN).append('\n');
    for (DemoAlliance alliance : DemoBuilder.ALLIANCES) {
      text.append("   ");
      for (String account : DemoAccounts.ALLIANCE_ACCOUNTS) {
        text.append(' ').append(alliance.shortName()).append('-').append(account);
      }
      text.append('\n');
    }
    return text.append("\n  The people, names and NHS numbers are all made up.\n").append(line).append('\n')
        .toString();
  }
}
