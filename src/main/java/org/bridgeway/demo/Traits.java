package org.bridgeway.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The words that make a synthetic record read like a real one: strengths and interests first, in plain words,
 * then the occasional communication need, disability, faith and language.
 */
final class Traits {

  private Traits() {}

  static final List<String> STRENGTHS = List.of(
      "A good listener; people open up to them", "Great cook who likes feeding others", "Good with numbers and money",
      "A sense of humour that lifts a room", "A loyal friend", "Keeps their home tidy and organised",
      "Handy with tools: fixes bikes and furniture", "Speaks two languages fluently", "Patient and kind with others",
      "Determined: stopped smoking last year", "Writes poetry and song lyrics", "Strong faith and a church community",
      "Close to their family, who visit often", "Plays the guitar well", "Runs the house rota",
      "Green fingers: grows vegetables", "Holds a driving licence", "Used to work as a chef",
      "Trained as an electrician", "Worked for years in retail and enjoys customers", "Good at art and drawing",
      "Knows the local area and its history", "Reliable: always on time", "Encourages others in the group",
      "Knows a lot about music", "Good at computers and phones", "Enjoys learning new things");

  static final List<String> INTERESTS = List.of(
      "Gospel music", "Reggae and soul", "Cooking", "Allotment gardening", "Painting and drawing", "Cycling",
      "Chess", "Swimming", "Fishing", "Photography", "Walking in the park", "Films", "Computer games",
      "Crime novels", "Yoga", "Going to the gym", "Volunteering", "Learning to drive", "Making music",
      "Knitting", "Bird watching", "Dominoes", "Cricket", "Boxing", "Dancing", "Pool and snooker",
      "History and museums", "Looking after animals", "Poetry", "Going to church", "Going to the mosque",
      "Bus and train journeys", "Baking");

  static final List<String> COMMUNICATION_NEEDS = List.of(
      "Prefers easy read letters", "Uses British Sign Language: book a BSL interpreter",
      "Large print, at least 16 point", "Please phone rather than write: letters cause worry",
      "Needs an interpreter for meetings", "Uses a hearing loop in meetings",
      "Finds busy rooms hard: meet somewhere quiet", "Please explain one thing at a time and check back",
      "Reads better on screen than on paper");

  static final List<String> DISABILITIES = List.of(
      "Long-term mental health condition", "Type 2 diabetes", "Hearing impairment", "Visual impairment",
      "Mobility: uses a walking stick", "Learning disability", "Epilepsy", "Chronic pain", "Autism");

  static final List<String> RELIGIONS = List.of(
      "Christian", "Christian", "Christian", "No religion", "No religion", "No religion", "Muslim", "Hindu", "Sikh",
      "Jewish", "Buddhist", "Rastafari", "Prefers not to say");

  static final List<String> ORIENTATIONS = List.of(
      "Heterosexual", "Heterosexual", "Heterosexual", "Heterosexual", "Heterosexual", "Heterosexual",
      "Heterosexual", "Heterosexual", "Heterosexual", "Heterosexual", "Heterosexual", "Heterosexual",
      "Gay or lesbian", "Bisexual", "Prefers not to say", "Not asked yet");

  static final List<String> CONTACT_NOTES = List.of(
      "Visits on Sundays", "Prefers a text message to a call", "Lives out of London: phone calls only",
      "Holds lasting power of attorney for finances", "Helps with shopping every week",
      "Would like to be invited to reviews", "Works nights: call after 2pm", "Speaks to them most days");

  /** Two or three different entries joined as a short sentence list. */
  static String some(List<String> options, SplittableRandom random) {
    List<String> chosen = new ArrayList<>();
    int wanted = 2 + random.nextInt(2);
    while (chosen.size() < wanted) {
      String next = Weighted.any(options, random);
      if (!chosen.contains(next)) {
        chosen.add(next);
      }
    }
    return String.join("; ", chosen);
  }

  /** First language by the name pool an ethnic group draws from; English for most. */
  static String firstLanguage(String ethnicity, SplittableRandom random) {
    if (random.nextInt(4) != 0) {
      return "English";
    }
    return switch (ethnicity) {
      case "C" -> Weighted.any(List.of("Polish", "Portuguese", "Romanian", "Italian"), random);
      case "N" -> Weighted.any(List.of("Somali", "Yoruba", "Twi", "Igbo", "Amharic"), random);
      case "J" -> Weighted.any(List.of("Urdu", "Punjabi"), random);
      case "K" -> "Bengali";
      case "H", "L" -> Weighted.any(List.of("Gujarati", "Punjabi", "Hindi", "Tamil"), random);
      case "R" -> Weighted.any(List.of("Cantonese", "Mandarin"), random);
      case "S" -> Weighted.any(List.of("Arabic", "Turkish", "Kurdish", "Spanish", "Farsi"), random);
      default -> "English";
    };
  }
}
