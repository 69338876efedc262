package org.bridgeway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgeway.access.AccessRule.everyone;
import static org.bridgeway.access.AccessRule.nobody;
import static org.bridgeway.access.AccessRule.only;
import static org.bridgeway.access.AccessRule.signedIn;
import static org.bridgeway.access.Role.ADMIN;
import static org.bridgeway.access.Role.COMMISSIONER;
import static org.bridgeway.access.Role.INSTALLATION_ADMIN;
import static org.bridgeway.access.Role.MANAGER;
import static org.bridgeway.access.Role.PANEL_MEMBER;
import static org.bridgeway.access.Role.PERSON;
import static org.bridgeway.access.Role.PRACTITIONER;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.alliance.OrganisationDetails;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.people.People;
import org.bridgeway.people.SupportContactDetails;
import org.bridgeway.people.TestPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the application has, as anonymous and as an account of every role, over real HTTP, and
 * checks each answer against the rule table below. A new route that no rule covers fails the walk, so no
 * route reaches production without someone deciding who may use it.
 */
@BridgewayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTest {

  /** Who may reach what. The first rule covering a path decides, as in the security configuration. */
  static final List<AccessRule> RULES = List.of(
      everyone("/login"),
      everyone("/error"),
      everyone("/actuator/health/**"),
      everyone("/actuator/info"),
      everyone("/v3/api-docs"),
      nobody("/v3/api-docs.yaml"),
      signedIn("/"),
      signedIn("/account/**"),
      only("/hub/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER, COMMISSIONER),
      only("/installation/**", INSTALLATION_ADMIN),
      only("/admin/ladder", ADMIN),
      only("/admin/api-clients", ADMIN),
      only("/admin/api-clients/**", ADMIN),
      only("/admin/**", ADMIN),
      only("/people/*/pathway/moves/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/notes", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/notes/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/plan", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/plan/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/outcomes", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/outcomes/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/activities", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/activities/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/money", ADMIN, MANAGER),
      only("/people/*/money/**", ADMIN, MANAGER),
      only("POST /people/*/budget", ADMIN, MANAGER, PRACTITIONER),
      only("POST /people/*/budget/**", ADMIN, MANAGER, PRACTITIONER),
      only("/people/*/budget", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/*/budget/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("POST /people/*/rota-right", ADMIN, MANAGER),
      only("POST /people/*/rota-right/**", ADMIN, MANAGER),
      only("/people/*/rota-right", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/people/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/installation/**", INSTALLATION_ADMIN),
      only("/api/alliance/ladder", ADMIN),
      only("/api/alliance/**", ADMIN),
      only("/api/people/*/moves/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/people/*/notes", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/people/*/notes/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/people/*/plan", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/people/*/plan/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/people/*/outcomes", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/people/*/packages", ADMIN, MANAGER),
      only("/api/people/*/packages/**", ADMIN, MANAGER),
      only("POST /api/people/*/budgets", ADMIN, MANAGER, PRACTITIONER),
      only("POST /api/people/*/budgets/**", ADMIN, MANAGER, PRACTITIONER),
      only("/api/people/*/budgets", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/people/*/budgets/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/people/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/workforce", ADMIN, MANAGER, COMMISSIONER),
      only("/workforce/chart.svg", ADMIN, MANAGER, COMMISSIONER),
      only("/api/workforce", ADMIN, MANAGER, COMMISSIONER),
      only("POST /rota/**", ADMIN, MANAGER),
      only("/rota", ADMIN, MANAGER, PRACTITIONER),
      only("/rota/*", ADMIN, MANAGER, PRACTITIONER),
      only("/rota/*/patterns/*", ADMIN, MANAGER),
      only("POST /api/rota/**", ADMIN, MANAGER),
      only("/api/rota/**", ADMIN, MANAGER, PRACTITIONER),
      only("POST /recruitment/**", ADMIN, MANAGER),
      only("/recruitment/panels/*", ADMIN, MANAGER),
      only("/recruitment", ADMIN, MANAGER, COMMISSIONER),
      only("/api/recruitment/figure", ADMIN, MANAGER, COMMISSIONER),
      only("/api/recruitment/**", ADMIN, MANAGER),
      only("/me/rota", PERSON),
      only("POST /me/rota/**", PERSON),
      only("/api/me/rota", PERSON),
      only("/caseload", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/caseload", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/me", PERSON),
      only("/me/team", PERSON),
      only("/me/pathway", PERSON),
      only("/me/access-log", PERSON),
      only("/me/download", PERSON),
      only("/api/me", PERSON),
      only("/api/me/team", PERSON),
      only("/api/me/pathway", PERSON),
      only("/api/me/access-log", PERSON),
      only("/me/plan", PERSON),
      only("/me/plan/**", PERSON),
      only("/me/activities", PERSON),
      only("/api/me/plan", PERSON),
      only("/api/me/plan/**", PERSON),
      only("/me/outcomes", PERSON),
      only("/me/outcomes/**", PERSON),
      only("/me/budget", PERSON),
      only("/api/me/budgets", PERSON),
      only("/me/**", PERSON),
      only("/api/me/**", PERSON),
      only("/outcomes/instruments/new", ADMIN),
      only("/outcomes/instruments/*/edit", ADMIN),
      only("POST /outcomes/**", ADMIN),
      only("/outcomes/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/outcomes/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/plans/reviews", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/day-services", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/day-services/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/day-services/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/plans/reviews", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/health-checks", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/health-checks/due", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/work/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/work/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/pathway/board", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/pathway/lengths-of-stay", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/pathway/board", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/pathway/lengths-of-stay", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("POST /panels", ADMIN, MANAGER),
      only("POST /api/panels", ADMIN, MANAGER),
      only("/panels/new", ADMIN, MANAGER),
      only("/panels/waiting-lists/*/offer", ADMIN, MANAGER),
      only("/panels/**", ADMIN, MANAGER, PANEL_MEMBER),
      only("/api/panels/**", ADMIN, MANAGER, PANEL_MEMBER),
      everyone("/refer-yourself"),
      only("/imports", ADMIN, MANAGER),
      only("/imports/**", ADMIN, MANAGER),
      only("/money/rates", ADMIN, MANAGER),
      only("/money/rates/**", ADMIN, MANAGER),
      only("POST /money/**", ADMIN, MANAGER),
      only("/money", ADMIN, MANAGER, COMMISSIONER),
      only("/money/budget/*", ADMIN, MANAGER, COMMISSIONER),
      only("/money/budget/*/chart.svg", ADMIN, MANAGER, COMMISSIONER),
      only("/api/money/rates/**", ADMIN, MANAGER),
      only("/api/money/cost", ADMIN, MANAGER, COMMISSIONER),
      only("/api/money/budget/*", ADMIN, MANAGER, COMMISSIONER),
      only("/figures", ADMIN, MANAGER, COMMISSIONER),
      only("/figures/charts", ADMIN, MANAGER, COMMISSIONER),
      only("/figures/charts/**", ADMIN, MANAGER, COMMISSIONER),
      only("/figures/*/records", ADMIN, MANAGER),
      only("/api/figures", ADMIN, MANAGER, COMMISSIONER),
      only("/api/figures/charts/**", ADMIN, MANAGER, COMMISSIONER),
      only("/api/figures/*/records", ADMIN, MANAGER),
      only("/reports", ADMIN, MANAGER, COMMISSIONER),
      only("/reports/**", ADMIN, MANAGER, COMMISSIONER),
      only("/exports/mhsds", ADMIN, MANAGER),
      only("/exports/mhsds.zip", ADMIN, MANAGER),
      only("/referrals/decline-reasons/**", ADMIN),
      only("/referrals/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/api/referrals/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/community/new", ADMIN, MANAGER, PRACTITIONER),
      only("/community/*/edit", ADMIN, MANAGER, PRACTITIONER),
      only("POST /community/*/withdraw", ADMIN, MANAGER),
      only("POST /community", ADMIN, MANAGER, PRACTITIONER),
      only("POST /community/*", ADMIN, MANAGER, PRACTITIONER),
      only("/community", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("/community/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      only("POST /api/community/resources/*/withdraw", ADMIN, MANAGER),
      only("POST /api/community/resources", ADMIN, MANAGER, PRACTITIONER),
      only("PUT /api/community/resources/*", ADMIN, MANAGER, PRACTITIONER),
      only("/api/community/**", ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER),
      everyone("/you-said-we-did/*"),
      only("POST /governance/**", ADMIN, MANAGER),
      only("/governance/forum/meetings/new", ADMIN, MANAGER),
      only("/governance/forum/meetings/*/edit", ADMIN, MANAGER),
      only("/governance/forum/meetings/*/void", ADMIN, MANAGER),
      only("/governance/forum/meetings/*/attendees/**", ADMIN, MANAGER),
      only("/governance/forum/issues/**", ADMIN, MANAGER),
      only("/governance/forum/actions/*/void", ADMIN, MANAGER),
      only("/governance/initiatives/new", ADMIN, MANAGER),
      only("/governance/initiatives/*/edit", ADMIN, MANAGER),
      only("/governance/initiatives/*/void", ADMIN, MANAGER),
      only("/governance/initiatives/*/milestones/**", ADMIN, MANAGER),
      only("/governance/initiatives/*/measures/**", ADMIN, MANAGER),
      only("/governance/forum", ADMIN, MANAGER, PRACTITIONER),
      only("/governance/forum/**", ADMIN, MANAGER, PRACTITIONER),
      only("/governance/initiatives", ADMIN, MANAGER, PRACTITIONER, COMMISSIONER),
      only("/governance/initiatives/**", ADMIN, MANAGER, PRACTITIONER, COMMISSIONER),
      only("POST /api/governance/**", ADMIN, MANAGER),
      only("PUT /api/governance/**", ADMIN, MANAGER),
      only("/api/governance/initiatives", ADMIN, MANAGER, PRACTITIONER, COMMISSIONER),
      only("/api/governance/initiatives/*", ADMIN, MANAGER, PRACTITIONER, COMMISSIONER),
      only("/api/governance/forum/**", ADMIN, MANAGER, PRACTITIONER),
      everyone("/fhir/metadata"),
      only("DELETE /fhir/bulk-export/*", ADMIN, MANAGER, PRACTITIONER),
      only("POST /fhir", ADMIN, MANAGER, PRACTITIONER),
      only("POST /fhir/**", ADMIN, MANAGER, PRACTITIONER),
      only("PUT /fhir/**", ADMIN, MANAGER, PRACTITIONER),
      only("/fhir/**", ADMIN, MANAGER, PRACTITIONER));

  /**
   * Answered by filters, the actuator or the FHIR servlet rather than by controllers, so walked by name. The FHIR
   * searches carry a parameter each needs; the ids exist nowhere, so a caller let through is told 404.
   */
  static final List<Route> NAMED_ROUTES = List.of(new Route("GET", "/actuator/health"),
      new Route("GET", "/actuator/health/readiness"), new Route("GET", "/actuator/info"),
      new Route("GET", "/fhir/metadata"), new Route("GET", "/fhir/Patient?name=grace"),
      new Route("GET", "/fhir/Patient/" + UUID.randomUUID()), new Route("GET", "/fhir/Organization"),
      new Route("GET", "/fhir/Organization/" + UUID.randomUUID()), new Route("GET", "/fhir/HealthcareService"),
      new Route("GET", "/fhir/HealthcareService/" + UUID.randomUUID()), new Route("GET", "/fhir/Location"),
      new Route("GET", "/fhir/Location/" + UUID.randomUUID()),
      new Route("GET", "/fhir/EpisodeOfCare?patient=" + UUID.randomUUID()),
      new Route("GET", "/fhir/EpisodeOfCare/" + UUID.randomUUID()),
      new Route("GET", "/fhir/ServiceRequest?patient=" + UUID.randomUUID()),
      new Route("GET", "/fhir/ServiceRequest/" + UUID.randomUUID()),
      new Route("GET", "/fhir/CareTeam?patient=" + UUID.randomUUID()),
      new Route("GET", "/fhir/CareTeam/" + UUID.randomUUID()),
      new Route("GET", "/fhir/Encounter?patient=" + UUID.randomUUID()),
      new Route("GET", "/fhir/Encounter/" + UUID.randomUUID()),
      new Route("GET", "/fhir/CarePlan?patient=" + UUID.randomUUID()),
      new Route("GET", "/fhir/Goal?patient=" + UUID.randomUUID()),
      new Route("GET", "/fhir/QuestionnaireResponse?patient=" + UUID.randomUUID()),
      new Route("GET", "/fhir/Observation?patient=" + UUID.randomUUID()),
      new Route("GET", "/fhir/Observation/" + UUID.randomUUID()),
      new Route("GET", "/fhir/Consent?patient=" + UUID.randomUUID()), new Route("POST", "/fhir/Patient"),
      new Route("POST", "/fhir/"), new Route("PUT", "/fhir/Patient/" + UUID.randomUUID()),
      new Route("GET", "/fhir/$export"), new Route("GET", "/fhir/bulk-export/" + UUID.randomUUID()),
      new Route("GET", "/fhir/bulk-export/" + UUID.randomUUID() + "/Patient.ndjson"),
      new Route("DELETE", "/fhir/bulk-export/" + UUID.randomUUID()));

  /** Called directly, the error page reports an error of unknown cause: a 500 there is expected. */
  static final String ERROR_PAGE = "/error";

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

  @LocalServerPort int port;
  @Autowired RequestMappingHandlerMapping requestMappingHandlerMapping;
  @Autowired TestAlliances alliances;
  @Autowired TestAccounts accounts;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Staff staff;
  @Autowired CareTeams careTeams;

  Map<String, String> peopleIds;
  List<Caller> callers;
  TestAlliance alliance;

  @BeforeAll
  void setUp() {
    alliance = alliances.create();
    CurrentUser admin = alliance.as(ADMIN);
    UUID person = people.add(admin, TestPeople.named("Grace", "Adeyemi", "2/11/1975", "943 476 5919"));
    UUID contact = people.addToSupportCircle(admin, person,
        new SupportContactDetails("Femi Adeyemi", "SIBLING", false, null, null));
    peopleIds = Map.of("id", person.toString(), "contactId", contact.toString());
    UUID organisation = organisations.add(admin, new OrganisationDetails("Thames Reach", Sector.VOLUNTARY, null));
    callers = new ArrayList<>(List.of(Caller.anonymous(port)));
    for (Role role : Role.values()) {
      UUID staffId = null;
      if (role == MANAGER || role == PRACTITIONER || role == PANEL_MEMBER) {
        // Workers walk the person's pages as members of their care team: the record-level rule is proved
        // by careteam.RecordAccessTest; this walk proves the rules on addresses.
        staffId = staff.add(admin, new StaffDetails(organisation, null, "Walker", role.name(),
            StaffRole.SUPPORT_WORKER, null, new BigDecimal("37.5"), false, LocalDate.now().minusYears(1), null,
            null));
        careTeams.add(admin, person, new NewMember(staffId, TeamRole.SUPPORT_WORKER, false,
            LocalDate.now().minusDays(1)));
      }
      callers.add(Caller.signedIn(port, accounts.open(alliance, role, staffId)));
    }
  }

  @Test
  void everyRouteIsCoveredByARule() {
    assertThat(routes().filter(route -> rule(route).isEmpty()).map(Route::toString))
        .as("Routes that no rule in RouteAccessTest.RULES covers: decide who may use them, then add a rule")
        .isEmpty();
  }

  @Test
  void everyCallerReachesExactlyWhatTheRulesAllow() {
    List<String> wrong = new ArrayList<>();
    Stream.concat(routes(), NAMED_ROUTES.stream()).forEach(route -> rule(route).ifPresent(rule -> {
      for (Caller caller : callers) {
        judge(rule, caller, route, caller.call(route.method(), route.path(), true)).ifPresent(wrong::add);
      }
    }));
    assertThat(wrong).as("Answers that break the rule table").isEmpty();
  }

  @Test
  void anAlliancesYouSaidWeDidPageOpensWithoutSigningInAndAnUnknownAllianceIsNotFound() {
    Caller anonymous = Caller.anonymous(port);
    assertThat(anonymous.call("GET", "/you-said-we-did/" + alliance.shortName(), false).statusCode()).isEqualTo(200);
    assertThat(anonymous.call("GET", "/you-said-we-did/no-such-alliance", false).statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownPageOrApiAddressIsDeniedToEveryone() {
    List<String> wrong = new ArrayList<>();
    for (Route route : List.of(new Route("GET", "/anything-else"), new Route("POST", "/anything-else"),
        new Route("GET", "/api/anything-else"), new Route("GET", "/assets-not-really"))) {
      assertThat(rule(route)).as(route + " is unknown").isEmpty();
      for (Caller caller : callers) {
        judge(nobody(route.path()), caller, route, caller.call(route.method(), route.path(), true))
            .ifPresent(wrong::add);
      }
    }
    assertThat(wrong).as("Unknown addresses that were not denied").isEmpty();
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefusedEvenForARoleAllowedToPostIt() {
    List<String> wrong = new ArrayList<>();
    routes().filter(route -> route.method().equals("POST") && !route.path().startsWith("/api/"))
        .forEach(route -> rule(route).ifPresent(rule -> callers.stream()
            .filter(caller -> caller.role() != null && rule.allows(caller.role())).findFirst()
            .ifPresent(caller -> {
              int status = caller.call("POST", route.path(), false).statusCode();
              if (status != 403) {
                wrong.add(route + " as " + caller.name() + " without a CSRF token: " + status);
              }
            })));
    assertThat(wrong).as("Form posts accepted without a CSRF token").isEmpty();
  }

  /** Every method and pattern the controllers answer, with path variables filled in. */
  private Stream<Route> routes() {
    return requestMappingHandlerMapping.getHandlerMethods().keySet().stream().flatMap(info -> {
      List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
          : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
      return info.getPatternValues().stream()
          .flatMap(pattern -> methods.stream().map(method -> method + " " + pattern));
    }).distinct().sorted().map(route -> {
      String[] methodAndPattern = route.split(" ", 2);
      return new Route(methodAndPattern[0], methodAndPattern[1], fillIn(methodAndPattern[1]));
    });
  }

  /** A real person and contact for the people pages, so handlers run; elsewhere an id that exists nowhere. */
  private String fillIn(String pattern) {
    Matcher variable = PATH_VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (variable.find()) {
      String value = pattern.startsWith("/people/") && peopleIds.containsKey(variable.group(1))
          ? peopleIds.get(variable.group(1)) : UUID.randomUUID().toString();
      variable.appendReplacement(path, value);
    }
    return variable.appendTail(path).toString().replace("/**", "/x").replace("/*", "/x");
  }

  private static Optional<AccessRule> rule(Route route) {
    return RULES.stream().filter(rule -> rule.covers(route.method(), route.path())).findFirst();
  }

  /** What is wrong with an answer, if anything. */
  private static Optional<String> judge(AccessRule rule, Caller caller, Route route, HttpResponse<String> answer) {
    int status = answer.statusCode();
    boolean toSignIn = status == 302 && answer.headers().firstValue("Location")
        .map(location -> URI.create(location).getPath().equals("/login")).orElse(false);
    boolean fhir = route.path().startsWith("/fhir/");
    boolean refused = status == 401 || status == 403 || toSignIn
        || (status == 404 && caller.role() == PERSON && !rule.allows(PERSON) && !fhir);
    String got = status + (toSignIn ? " to /login" : "");
    if (rule.allows(caller.role())) {
      if (refused || (status >= 500 && !route.path().equals(ERROR_PAGE))) {
        return Optional.of(route + " as " + caller.name() + ": expected it let through (" + rule + "), got " + got);
      }
      return Optional.empty();
    }
    boolean api = route.path().startsWith("/api/") || fhir;
    // A person who uses services is told "not found" for anything not theirs; other roles are told "forbidden".
    // The FHIR API tells a person "forbidden" too: its resource types are public in its CapabilityStatement.
    String expected = caller.role() == PERSON && !fhir ? "404" : caller.role() != null ? "403" : api ? "401"
        : "302 to /login";
    return expected.equals(got) ? Optional.empty()
        : Optional.of(route + " as " + caller.name() + ": expected " + expected + " (" + rule + "), got " + got);
  }

  /** A method and path to call; the pattern it came from is kept for messages. */
  record Route(String method, String pattern, String path) {

    Route(String method, String path) {
      this(method, path, path);
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }
}
