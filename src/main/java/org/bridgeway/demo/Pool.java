package org.bridgeway.demo;

import java.util.TreeMap;
import org.bridgeway.alliance.ServiceRecord;
import org.jspecify.annotations.Nullable;

/** The places of one service: for each place, the day it is free from; a place held by an open stay is absent. */
final class Pool {

  final ServiceRecord service;
  final TreeMap<Integer, Integer> freeFrom = new TreeMap<>();

  Pool(ServiceRecord service, int since) {
    this.service = service;
    freeFrom.put(since, service.capacity());
  }

  /** The latest day on or before the day from which a place is free, or null. */
  @Nullable Integer freeBy(int day) {
    return freeFrom.floorKey(day);
  }

  @Nullable Integer firstFree() {
    return freeFrom.isEmpty() ? null : freeFrom.firstKey();
  }

  void take(int key) {
    freeFrom.merge(key, -1, (a, b) -> a + b == 0 ? null : a + b);
  }

  void release(int day) {
    freeFrom.merge(day, 1, Integer::sum);
  }
}
