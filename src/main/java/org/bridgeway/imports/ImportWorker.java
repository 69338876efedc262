package org.bridgeway.imports;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.bridgeway.access.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Runs checks and imports one at a time in the background, so that a page can answer at once and show how far a
 * long file has got.
 */
@Component
public class ImportWorker {

  private final Imports imports;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "imports");
    thread.setDaemon(true);
    return thread;
  });

  ImportWorker(Imports imports) {
    this.imports = imports;
  }

  public void check(CurrentUser user, UUID id) {
    worker.submit(() -> imports.check(user, id));
  }

  public void run(CurrentUser user, UUID id) {
    worker.submit(() -> imports.run(user, id));
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
