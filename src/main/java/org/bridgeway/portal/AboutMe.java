package org.bridgeway.portal;

import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.people.SupportContact;
import org.bridgeway.portal.internal.CopyZip;
import org.jspecify.annotations.Nullable;

/** about-me.txt: the person's details as their record holds them, one labelled line each. */
final class AboutMe {

  private AboutMe() {}

  static void write(CopyZip zip, PersonRecord person) {
    PersonDetails d = person.details();
    zip.line("About me").line("========").line("");
    field(zip, "First name", d.givenName());
    field(zip, "Last name", d.familyName());
    field(zip, "Name I like to be called", d.preferredName());
    field(zip, "Date of birth", PlainWords.day(person.dateOfBirth()));
    field(zip, "NHS number", person.nhsNumberDisplay());
    field(zip, "Local ID", person.localId());
    field(zip, "Gender", person.label("gender", d.gender()));
    field(zip, "Ethnic group", person.label("ethnicity", d.ethnicity()));
    field(zip, "Religion or belief", d.religion());
    field(zip, "Sexual orientation", d.sexualOrientation());
    field(zip, "Disability", d.disability());
    field(zip, "First language", d.firstLanguage());
    field(zip, "Needs an interpreter", d.interpreterNeeded() ? "Yes" : "No");
    field(zip, "How to communicate with me", d.communicationNeeds());
    field(zip, "Address", d.address());
    field(zip, "Postcode", d.postcode());
    field(zip, "Phone", d.phone());
    field(zip, "GP practice", d.gpPracticeName());
    field(zip, "GP practice code", d.gpPracticeCode());
    field(zip, "How my support is paid for", person.label("funding", d.funding()));
    field(zip, "Legal status", person.label("legalStatus", d.legalStatus()));
    field(zip, "My strengths", d.strengths());
    field(zip, "My interests", d.interests());
    zip.line("").line("My circle of support").line("--------------------");
    if (person.supportCircle().isEmpty()) {
      zip.line("No one is recorded.");
    }
    for (SupportContact c : person.supportCircle()) {
      zip.line(c.name() + ", " + c.relationshipLabel() + (c.carer() ? ", carer" : "")
          + (c.phone() == null ? "" : ", phone " + c.phone())
          + (c.voided() ? " (removed: " + c.voidReason() + ")" : ""));
    }
    zip.line("").line("Last changed " + PlainWords.when(person.updatedAt()) + ".");
  }

  private static void field(CopyZip zip, String label, @Nullable String value) {
    zip.line(label + ": " + (value == null || value.isBlank() ? "not recorded" : value));
  }
}
