package org.bridgeway.demo;

import java.util.Iterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes items through and logs each tenth of the way, so that a long build shows it is moving. */
final class Progress<T> implements Iterator<T> {

  private static final Logger log = LoggerFactory.getLogger(Progress.class);

  private final Iterator<T> items;
  private final long total;
  private final String what;
  private final long step;
  private long passed;

  Progress(Iterator<T> items, long total, String what) {
    this.items = items;
    this.total = total;
    this.what = what;
    this.step = Math.max(1_000, total / 10);
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public T next() {
    T item = items.next();
    passed++;
    if (passed % step == 0 || passed == total) {
      log.info("Demo data: {} {} of {}", what, passed, total);
    }
    return item;
  }
}
