/**
 * Demo data: builds two plausible synthetic alliances on the lines of the seed write-ups, a Lambeth-like
 * rehabilitation pathway and a Leeds-like network of day services, with their partners, services, teams,
 * staff, people, referrals with their timelines and the demo sign-ins. It runs on the first start of an empty database in demo mode, and at
 * any size for benchmarks. It writes only through the owning modules' public APIs and bulk writers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
@org.jspecify.annotations.NullMarked
package org.bridgeway.demo;
