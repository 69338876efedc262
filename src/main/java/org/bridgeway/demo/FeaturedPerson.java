package org.bridgeway.demo;

import java.util.List;
import org.bridgeway.people.PeopleBulkWriter.NewPerson;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.SupportContactDetails;

/** The fully filled record that {@code lambeth-person} signs in to see: their own. */
final class FeaturedPerson {

  private FeaturedPerson() {}

  /** Desmond keeps the generated id and NHS number; everything else is written out in full. */
  static NewPerson desmond(NewPerson generated) {
    PersonDetails details = new PersonDetails("Desmond", "Clarke", "Des", "14", "6", "1972",
        generated.details().nhsNumber(), "1", "M", "Christian", "Heterosexual",
        "Long-term mental health condition; type 2 diabetes", "English", false,
        "Prefers letters in plain English with a phone call to talk them through. Finds busy rooms hard: "
            + "meet somewhere quiet.",
        "Flat 3, 41 Coldharbour Lane, London", "SW9 8LF", "07700 900461", "Brixton Hill Group Practice",
        "G85101", "S117", "CTO",
        "A warm, funny host who cooks Sunday dinner for the whole house. Has looked after the house kitty for a "
            + "year without a penny out. Knows the Brixton music scene inside out and is proud of staying well "
            + "since his last move.",
        "Reggae and lovers rock; dominoes at the community centre on Thursdays; Crystal Palace; learning to use "
            + "a laptop; wants to work in a kitchen again");
    List<SupportContactDetails> circle = List.of(
        new SupportContactDetails("Paulette Clarke", "SIBLING", true, "07700 900462",
            "His sister: visits on Sundays and would like to be invited to reviews"),
        new SupportContactDetails("Jordan Clarke", "CHILD", false, "07700 900463", "His son: lives in Croydon"),
        new SupportContactDetails("Winston Reid", "FRIEND", false, "07700 900464",
            "Old friend from the dominoes club"));
    return new NewPerson(generated.id(), details, circle);
  }
}
