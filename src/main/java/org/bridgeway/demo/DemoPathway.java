package org.bridgeway.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.pathway.PathwayBulkWriter;
import org.bridgeway.pathway.PathwayBulkWriter.PastMovePlan;
import org.bridgeway.pathway.PathwayBulkWriter.PastStay;
import org.bridgeway.pathway.PathwayBulkWriter.PastVisit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * About six years of pathway history up to today for an alliance's settings, the same every time for the same
 * seed, day, people and services. People start in a ward, residential or nursing care (some out of area) or
 * further along, and step down over time (community recovery, staffed flats, supported living for women,
 * floating support at home, then their own home); some are admitted to an acute ward or crisis house for a few
 * weeks while keeping their place, some step back up for a while and later down again, a few stay in care for
 * years, a few die or move away. Each past step down has its completed move plan with visits; today most
 * settings are nearly full, and current residents near the end of their stay have open plans, some not yet
 * ready, some ready with "getting to know you" visits, some delayed because the next setting is full.
 *
 * <p>Nobody is ever in two settings on the ladder at once, and no service is ever filled past its capacity:
 * each service has one slot per place with the day it is free from, and each journey is walked forward in time
 * taking a free slot of the next kind, staying longer where it is when none is free.
 */
@Component
class DemoPathway {

  private static final Logger log = LoggerFactory.getLogger(DemoPathway.class);

  /** Days of history before today. */
  static final int HISTORY_DAYS = 6 * 365;
  private final PathwayBulkWriter writer;
  private final Services services;

  DemoPathway(PathwayBulkWriter writer, Services services) {
    this.writer = writer;
    this.services = services;
  }

  /** A person the alliance knows, as the history needs them: women may live in women-only settings. */
  record Resident(UUID id, boolean woman) {}

  /** Stays, move plans and visits, in the order they are written. */
  record History(List<PastStay> stays, List<PastMovePlan> plans, List<PastVisit> visits) {}

  /** Builds the alliance's history and writes it; gives it back. */
  History write(UUID alliance, List<Resident> people, @Nullable UUID featured, LocalDate today, long seed) {
    long started = System.nanoTime();
    History history = plan(services.all(alliance), people, featured, today, seed);
    long planned = System.nanoTime();
    writer.write(alliance, history.stays(), history.plans(), history.visits(), "demo");
    log.info("Demo data: pathway history planned in {} s, written in {} s",
        String.format("%.1f", (planned - started) / 1e9), String.format("%.1f", (System.nanoTime() - planned) / 1e9));
    return history;
  }

  /** The history alone, without writing it. */
  static History plan(List<ServiceRecord> services, List<Resident> people, @Nullable UUID featured,
      LocalDate today, long seed) {
    return new PathwaySimulation(services, today, seed).run(people, featured);
  }
}
