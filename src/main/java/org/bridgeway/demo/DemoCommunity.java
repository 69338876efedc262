package org.bridgeway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.community.CommunityBulkWriter;
import org.bridgeway.community.CommunityBulkWriter.PastConnection;
import org.bridgeway.community.CommunityBulkWriter.PastResource;
import org.bridgeway.community.Opening;
import org.bridgeway.community.Progress;
import org.bridgeway.community.ResourceDetails;
import org.bridgeway.community.ResourceKind;
import org.springframework.stereotype.Component;

/**
 * A community directory for each alliance (a Lambeth-like borough, a Leeds-like city), about sixty resources
 * across the kinds, and connections over several years for about three people in five: most from the directory,
 * some named in free text, some ended, a few added by the person.
 */
@Component
class DemoCommunity {

  private static final String[][] KINDS = {
      {"CLUB", "Walking group", "Men's Shed", "Community lunch club", "Book club", "Gardening club"},
      {"COLLEGE", "Adult learning: English and maths", "Recovery College", "Digital skills course"},
      {"VOLUNTEERING", "Food bank volunteers", "Community garden volunteers", "Charity shop volunteers"},
      {"FAITH_GROUP", "Parish church coffee morning", "Mosque community group", "Gurdwara langar volunteers"},
      {"PEER_GROUP", "Hearing Voices group", "Peer support drop-in", "Bipolar peer group"},
      {"EMPLOYER", "Supported work placement", "Social enterprise cafe", "Council apprenticeships"},
      {"SPORT", "Leisure centre swim", "Five-a-side football", "Chair exercise class", "Park run"},
      {"ARTS", "Community art studio", "Choir for all", "Pottery workshop"}};
  private static final String[] LAMBETH_AREAS = {"Brixton", "Stockwell", "Clapham", "Streatham", "Norwood",
      "Kennington", "Vauxhall"};
  private static final String[] LAMBETH_POSTCODES = {"SW2 1RW", "SW9 9SL", "SW4 7AA", "SW16 1HS", "SE27 9JU",
      "SE11 4LE", "SE11 5HL"};
  private static final String[] LEEDS_AREAS = {"Armley", "Chapeltown", "Headingley", "Beeston", "Harehills",
      "Kirkstall", "Seacroft"};
  private static final String[] LEEDS_POSTCODES = {"LS12 3HA", "LS7 3HB", "LS6 3BN", "LS11 8PN", "LS8 5DR",
      "LS5 3BD", "LS14 6JD"};
  private static final String[] OWN_NAMES = {"Sister's church", "Allotment with a neighbour", "Local pub quiz team",
      "Evening pottery class", "Cousin's band"};
  private static final String[] NOTES = {null, "Goes with a friend from the house", "Finds the bus journey hard",
      "Has been asked to help run it", "Nervous at first, now looks forward to it"};

  private final CommunityBulkWriter writer;

  DemoCommunity(CommunityBulkWriter writer) {
    this.writer = writer;
  }

  /** Writes the directory and connections; returns how many connections. */
  int write(UUID alliance, String shortName, List<UUID> people, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0xC0FFEEL);
    boolean leeds = shortName.startsWith("leeds");
    List<PastResource> resources = directory(random, leeds ? LEEDS_AREAS : LAMBETH_AREAS,
        leeds ? LEEDS_POSTCODES : LAMBETH_POSTCODES, leeds ? "Leeds" : "Lambeth");
    List<PastConnection> connections = new ArrayList<>();
    for (int p = 0; p < people.size(); p++) {
      if (p != 0 && random.nextInt(5) >= 3) {
        continue;
      }
      int count = 1 + random.nextInt(3);
      for (int c = 0; c < count; c++) {
        connections.add(connection(random, people.get(p), resources, today, p == 0 && c == 0));
      }
    }
    writer.write(alliance, resources, connections, "demo");
    return connections.size();
  }

  private static List<PastResource> directory(SplittableRandom random, String[] areas, String[] postcodes,
      String place) {
    List<PastResource> resources = new ArrayList<>();
    for (String[] kind : KINDS) {
      for (int n = 1; n < kind.length; n++) {
        int copies = 1 + random.nextInt(3);
        int first = random.nextInt(areas.length);
        for (int c = 0; c < copies; c++) {
          int a = (first + 2 * c) % areas.length;
          resources.add(new PastResource(UUID.randomUUID(), details(random, ResourceKind.valueOf(kind[0]),
              areas[a] + " " + kind[n], areas[a], postcodes[a], place)));
        }
      }
    }
    return resources;
  }

  private static ResourceDetails details(SplittableRandom random, ResourceKind kind, String name, String area,
      String postcode, String place) {
    DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
    int opens = 9 + random.nextInt(10);
    List<Opening> openings = new ArrayList<>(List.of(new Opening(day, LocalTime.of(opens, 0),
        LocalTime.of(Math.min(23, opens + 2), 30))));
    if (random.nextBoolean()) {
      openings.add(new Opening(day.plus(3), LocalTime.of(10, 0), LocalTime.of(12, 0)));
    }
    String slug = name.toLowerCase().replaceAll("[^a-z]+", "-");
    String eligibility = switch (random.nextInt(6)) {
      case 0 -> "Adults aged 18 and over";
      case 1 -> "Women only";
      case 2 -> "People who live in " + place;
      default -> null;
    };
    return new ResourceDetails(kind, name, "A friendly " + kind.label().toLowerCase() + " in " + area
        + ". New people are welcome; come along to a first session.", place + " Community Partnership",
        (10 + random.nextInt(180)) + " High Street, " + area, postcode, eligibility, openings,
        random.nextInt(4) == 0 ? "Closed on bank holidays" : null, "https://" + slug + ".example.org",
        random.nextBoolean() ? "hello@" + slug + ".example.org" : null, (place.equals("Leeds") ? "0113 496 " : "020 7946 ")
            + (1000 + random.nextInt(8999)));
  }

  private static PastConnection connection(SplittableRandom random, UUID person, List<PastResource> resources,
      LocalDate today, boolean byPerson) {
    LocalDate start = today.minusDays(30 + random.nextInt(5 * 365));
    LocalDate end = random.nextInt(5) < 2 ? start.plusDays(30 + random.nextInt(400)) : null;
    if (end != null && end.isAfter(today)) {
      end = null;
    }
    Progress progress = end != null ? Progress.STOPPED
        : random.nextInt(4) == 0 ? Progress.SOME_DIFFICULTIES : Progress.GOING_WELL;
    String note = NOTES[random.nextInt(NOTES.length)];
    if (random.nextInt(8) == 0) {
      return new PastConnection(person, null, OWN_NAMES[random.nextInt(OWN_NAMES.length)], ResourceKind.OTHER, start,
          end, progress, note, byPerson || random.nextInt(3) == 0);
    }
    PastResource resource = resources.get(random.nextInt(resources.size()));
    return new PastConnection(person, resource.id(), resource.details().name(), resource.details().kind(), start,
        end, progress, note, byPerson);
  }
}
