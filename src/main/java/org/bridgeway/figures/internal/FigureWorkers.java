package org.bridgeway.figures.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Threads that compute one period's figures while the request's own thread computes another, each on its own
 * connection. The work is given the request's security context and request attributes (so the audit trail
 * records the same user and address as the request's own thread would), and shares nothing mutable with the
 * caller: it returns its result. A few threads serve every request; when all are busy the work waits its turn.
 */
@Component
public class FigureWorkers {

  /** Enough for two requests' periods at once on a small machine; each holds a database connection. */
  static final int THREADS = 4;

  private final AtomicInteger count = new AtomicInteger();
  private final ExecutorService workers = Executors.newFixedThreadPool(THREADS, r -> {
    Thread thread = new Thread(r, "figures-" + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  /** Starts the work on a worker thread, in the caller's security context and request. */
  public <T> CompletableFuture<T> start(Supplier<T> work) {
    SecurityContext security = SecurityContextHolder.getContext();
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    return CompletableFuture.supplyAsync(() -> {
      SecurityContextHolder.setContext(security);
      RequestContextHolder.setRequestAttributes(request);
      try {
        return work.get();
      } finally {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
      }
    }, workers);
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }
}
