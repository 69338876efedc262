package org.bridgeway;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.alliance.NewAlliance;
import org.springframework.stereotype.Component;

/** Makes a fresh alliance for a test, with a signed-in user of any role, so tests never share data. */
@Component
public class TestAlliances {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Alliances alliances;

  TestAlliances(Alliances alliances) {
    this.alliances = alliances;
  }

  public TestAlliance create() {
    String shortName = "t" + System.nanoTime() % 1_000_000_000L + "-" + COUNTER.incrementAndGet();
    UUID id = alliances.create(new NewAlliance("Test alliance " + shortName, shortName, new BigDecimal("37.5"),
        "Test administrator", shortName + "-admin", "a long test passphrase"));
    return new TestAlliance(id, shortName);
  }

  /** A test alliance and a way to act in it as any role. */
  public record TestAlliance(UUID id, String shortName) {

    public CurrentUser as(Role role) {
      return new CurrentUser(UUID.randomUUID(), shortName + "-" + role.name().toLowerCase(), "Test " + role.label(),
          role, id, "Test alliance " + shortName, null, null);
    }
  }
}
