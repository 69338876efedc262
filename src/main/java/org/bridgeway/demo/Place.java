package org.bridgeway.demo;

/** A place found: the pool, the key of the place taken, and the day the person can move in. */
record Place(Pool pool, int key, int day) {}
