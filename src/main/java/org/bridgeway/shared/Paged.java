package org.bridgeway.shared;

import java.util.List;

/** One page of a longer list; pages count from 0. */
public record Paged<T>(List<T> items, int page, int size, long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < pages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public long firstNumber() {
    return total == 0 ? 0 : (long) page * size + 1;
  }

  public long lastNumber() {
    return Math.min(total, (long) (page + 1) * size);
  }
}
