package org.bridgeway.demo;

import org.bridgeway.people.PeopleBulkWriter.NewPerson;

/** The blueprint of one demo alliance: its names, its area, its set-up and the person its demo account is. */
interface DemoAlliance {

  String name();

  /** The short name, which also begins its demo usernames and its people's local ids. */
  String shortName();

  Area area();

  /** Describes the partners, localities, services, teams and staff; features the demo accounts' staff. */
  void setUp(AllianceSetup setup, long seed);

  /** The person the {@code -person} demo account signs in as, made from the first one generated. */
  default NewPerson featured(NewPerson generated) {
    return generated;
  }
}
