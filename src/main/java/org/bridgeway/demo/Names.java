package org.bridgeway.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * First and last names as found across the UK, in pools that follow a person's recorded ethnic group, with
 * some mixing between pools as in life. Synthetic people and staff draw their names from here.
 */
final class Names {

  private Names() {}

  record Pool(List<String> male, List<String> female, List<String> family) {}

  static final Pool BRITISH = new Pool(
      List.of("Oliver", "James", "David", "Michael", "John", "Paul", "Mark", "Daniel", "Thomas", "Christopher",
          "Stephen", "Andrew", "Gary", "Lee", "Craig", "Ryan", "Jack", "Harry", "George", "Peter", "Richard", "Simon",
          "Neil", "Darren", "Kevin", "Callum", "Jamie", "Alan", "Ian", "Graham"),
      List.of("Sarah", "Emma", "Claire", "Rachel", "Laura", "Helen", "Karen", "Lisa", "Joanne", "Michelle",
          "Nicola", "Amy", "Charlotte", "Sophie", "Hannah", "Jessica", "Emily", "Lucy", "Gemma", "Kelly", "Susan",
          "Margaret", "Julie", "Deborah", "Jennifer", "Leanne", "Chloe", "Megan", "Janet", "Pauline"),
      List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
          "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
          "Turner", "Hill", "Moore", "Cooper", "Ward", "Harrison", "Marshall", "Bennett", "Shaw", "Holmes",
          "Atkinson", "Barker", "Lister", "Ackroyd", "Sutcliffe", "Hargreaves", "Briggs", "Pickles", "Whiteley",
          "Morgan", "Lloyd", "Fraser", "Campbell", "Stewart"));

  static final Pool IRISH = new Pool(
      List.of("Sean", "Patrick", "Declan", "Ciaran", "Conor", "Liam", "Niall", "Brendan", "Eamon", "Kieran"),
      List.of("Siobhan", "Niamh", "Aoife", "Mary", "Bridget", "Roisin", "Orla", "Sinead", "Aisling", "Maeve"),
      List.of("Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "O'Connor", "Doyle", "McCarthy", "Gallagher", "Walsh",
          "Quinn", "Brennan", "Flanagan", "O'Neill"));

  static final Pool EUROPEAN = new Pool(
      List.of("Piotr", "Tomasz", "Marek", "Joao", "Luis", "Marco", "Andreas", "Dimitri", "Krzysztof", "Pedro",
          "Luca", "Stefan", "Mihai", "Jonas"),
      List.of("Agnieszka", "Katarzyna", "Ana", "Maria", "Sofia", "Elena", "Joanna", "Beatriz", "Giulia", "Ioana",
          "Magdalena", "Eva"),
      List.of("Kowalski", "Nowak", "Wisniewski", "Silva", "Santos", "Ferreira", "Rossi", "Papadopoulos", "Novak",
          "Costa", "Horvath", "Lewandowski", "Popescu", "Pereira", "Schmidt"));

  static final Pool CARIBBEAN = new Pool(
      List.of("Marcus", "Delroy", "Winston", "Errol", "Tyrone", "Leon", "Jermaine", "Andre", "Clive", "Courtney",
          "Devon", "Desmond", "Lloyd", "Nathaniel"),
      List.of("Marcia", "Beverley", "Simone", "Jasmine", "Monique", "Sharon", "Donna", "Paulette", "Yvonne",
          "Keisha", "Hyacinth", "Janice", "Shanice"),
      List.of("Campbell", "Thomas", "Williams", "Brown", "Clarke", "Francis", "Henry", "Grant", "Morgan", "Bailey",
          "Reid", "Edwards", "Graham", "Samuels", "Bennett", "Powell", "Gordon", "Forbes"));

  static final Pool AFRICAN = new Pool(
      List.of("Samuel", "Emmanuel", "Chinedu", "Kwame", "Kofi", "Tunde", "Oluwaseun", "Abdi", "Yusuf", "Daniel",
          "Tendai", "Femi", "Ibrahim", "Joseph"),
      List.of("Grace", "Blessing", "Adaeze", "Abena", "Funmilayo", "Amina", "Chioma", "Esther", "Ngozi", "Fatuma",
          "Folake", "Precious", "Hodan", "Ruth"),
      List.of("Okafor", "Mensah", "Adeyemi", "Osei", "Mohamed", "Abdi", "Okonkwo", "Boateng", "Adebayo", "Nwosu",
          "Asante", "Hassan", "Ogunleye", "Moyo", "Mwangi", "Warsame"));

  static final Pool INDIAN = new Pool(
      List.of("Rajesh", "Sanjay", "Amit", "Arjun", "Vikram", "Harpreet", "Gurpreet", "Ravi", "Nikhil", "Sunil",
          "Deepak", "Jaswinder"),
      List.of("Priya", "Anjali", "Sunita", "Kiran", "Neha", "Simran", "Pooja", "Meera", "Asha", "Rupinder",
          "Manjit", "Nisha"),
      List.of("Patel", "Sharma", "Singh", "Kaur", "Gill", "Shah", "Mistry", "Kumar", "Sandhu", "Chauhan", "Parmar",
          "Joshi", "Bains"));

  static final Pool PAKISTANI_BANGLADESHI = new Pool(
      List.of("Mohammed", "Imran", "Adnan", "Tariq", "Asif", "Bilal", "Zubair", "Shahid", "Rashid", "Faisal",
          "Abdul", "Kamran", "Shamim", "Rubel"),
      List.of("Ayesha", "Fatima", "Nadia", "Saima", "Shazia", "Rukhsana", "Farida", "Samina", "Nasreen", "Sadia",
          "Rehana", "Yasmin", "Shirin", "Rumana"),
      List.of("Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Iqbal", "Rahman", "Begum", "Miah", "Uddin", "Mahmood",
          "Butt", "Islam", "Chowdhury"));

  static final Pool CHINESE = new Pool(
      List.of("Wei", "Jun", "Ming", "Hao", "Kevin", "Jason", "Chun", "Tony"),
      List.of("Mei", "Li", "Xiu", "Ying", "Jenny", "Grace", "Lai", "Annie"),
      List.of("Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Lam", "Cheung", "Ho", "Ng"));

  static final Pool OTHER = new Pool(
      List.of("Omar", "Ahmet", "Karim", "Carlos", "Diego", "Mehmet", "Hamid", "Reza", "Dara"),
      List.of("Leila", "Zeynep", "Mariam", "Camila", "Shirin", "Yasmin", "Lucia", "Rana"),
      List.of("Yilmaz", "Hosseini", "Rodriguez", "Gonzalez", "Haddad", "Demir", "Ahmadi", "Salazar", "Kaya"));

  private static final Map<String, Pool> BY_ETHNICITY = Map.ofEntries(
      Map.entry("A", BRITISH), Map.entry("B", IRISH), Map.entry("C", EUROPEAN), Map.entry("D", CARIBBEAN),
      Map.entry("E", AFRICAN), Map.entry("F", INDIAN), Map.entry("G", OTHER), Map.entry("H", INDIAN),
      Map.entry("J", PAKISTANI_BANGLADESHI), Map.entry("K", PAKISTANI_BANGLADESHI), Map.entry("L", INDIAN),
      Map.entry("M", CARIBBEAN), Map.entry("N", AFRICAN), Map.entry("P", CARIBBEAN), Map.entry("R", CHINESE),
      Map.entry("S", OTHER), Map.entry("Z", BRITISH), Map.entry("99", BRITISH));

  private static final List<Pool> ALL = List.of(BRITISH, IRISH, EUROPEAN, CARIBBEAN, AFRICAN, INDIAN,
      PAKISTANI_BANGLADESHI, CHINESE, OTHER);

  /** The pool for an ethnic category code; one in ten people carries a family name from another pool. */
  static Pool forEthnicity(String code) {
    return BY_ETHNICITY.getOrDefault(code, BRITISH);
  }

  static String familyName(String ethnicity, SplittableRandom random) {
    Pool pool = random.nextInt(10) == 0 ? Weighted.any(ALL, random) : forEthnicity(ethnicity);
    return Weighted.any(pool.family(), random);
  }

  /** A first name for the gender code: male names for 1, female for 2, either for anyone else. */
  static String givenName(String ethnicity, String gender, SplittableRandom random) {
    Pool pool = forEthnicity(ethnicity);
    boolean male = gender.equals("1") || (!gender.equals("2") && random.nextBoolean());
    return Weighted.any(male ? pool.male() : pool.female(), random);
  }

  private static final Map<String, String> SHORT = Map.ofEntries(
      Map.entry("Samuel", "Sam"), Map.entry("Mohammed", "Mo"), Map.entry("Christopher", "Chris"),
      Map.entry("Michael", "Mike"), Map.entry("Daniel", "Danny"), Map.entry("Jennifer", "Jen"),
      Map.entry("Margaret", "Maggie"), Map.entry("Deborah", "Debbie"), Map.entry("Katarzyna", "Kasia"),
      Map.entry("Oluwaseun", "Seun"), Map.entry("Nathaniel", "Nate"), Map.entry("Abdul", "Abs"),
      Map.entry("Elizabeth", "Liz"), Map.entry("Funmilayo", "Funmi"), Map.entry("Andrew", "Andy"),
      Map.entry("Stephen", "Steve"), Map.entry("Rebecca", "Becky"), Map.entry("Krzysztof", "Kris"));

  /** The short name many people go by, if their first name has a usual one. */
  static @Nullable String shortFor(String givenName) {
    return SHORT.get(givenName);
  }
}
