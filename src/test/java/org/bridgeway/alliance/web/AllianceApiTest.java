package org.bridgeway.alliance.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@BridgewayTest
class AllianceApiTest {

  static final String PASSWORD = "a long test passphrase";

  @Autowired WebApplicationContext context;
  @Autowired TestAlliances alliances;
  @Autowired Accounts accounts;

  MockMvc mvc;
  TestAlliance lambeth;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    lambeth = alliances.create();
  }

  MockHttpServletRequestBuilder as(TestAlliance alliance, MockHttpServletRequestBuilder request) {
    return request.with(httpBasic(alliance.shortName() + "-admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON);
  }

  String addOrganisation(TestAlliance alliance) throws Exception {
    String body = mvc.perform(as(alliance, post("/api/alliance/organisations"))
            .content("{\"name\": \"Recovery Charity\", \"sector\": \"VOLUNTARY\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  String service(String organisationId, String weeklyCost, String extra) {
    return "{\"organisationId\": \"" + organisationId + "\", \"name\": \"Women's supported living\","
        + " \"kind\": \"SUPPORTED_LIVING\", \"capacity\": 12, \"capacityUnit\": \"PLACES\", \"weeklyCost\": "
        + weeklyCost + ", \"intendedStayMinDays\": 180, \"intendedStayMaxDays\": 540, \"womenOnly\": true" + extra
        + "}";
  }

  @Test
  void aServiceAddedAnswers201WithItsAddressAndCanBeReadBack() throws Exception {
    String organisation = addOrganisation(lambeth);

    String location = mvc.perform(as(lambeth, post("/api/alliance/services")).content(service(organisation, "1050.5", "")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/alliance/services/")))
        .andExpect(jsonPath("$.weeklyCostPence").value(105050))
        .andExpect(jsonPath("$.version").value(0))
        .andReturn().getResponse().getHeader("Location");

    mvc.perform(as(lambeth, get(location))).andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Women's supported living"))
        .andExpect(jsonPath("$.womenOnly").value(true));
    mvc.perform(as(lambeth, get("/api/alliance/services"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[*].name", hasItem("Women's supported living")));
  }

  @Test
  void badInputAnswers400WithEachFieldAndItsMessage() throws Exception {
    String organisation = addOrganisation(lambeth);

    mvc.perform(as(lambeth, post("/api/alliance/services")).content(service(organisation, "-10", "")))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
        .andExpect(jsonPath("$.errors[0].field").value("weeklyCost"))
        .andExpect(jsonPath("$.errors[0].message").value("Enter a weekly cost of £0.00 or more"));
    mvc.perform(as(lambeth, post("/api/alliance/services")).content("{\"kind\": \"CASTLE\"}"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anAdministratorOfAnotherAllianceGets404ForTheServiceById() throws Exception {
    String organisation = addOrganisation(lambeth);
    String location = mvc.perform(as(lambeth, post("/api/alliance/services")).content(service(organisation, "900", "")))
        .andReturn().getResponse().getHeader("Location");
    TestAlliance leeds = alliances.create();

    mvc.perform(as(leeds, get(location))).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(as(leeds, put(location)).content(service(organisation, "1", ", \"version\": 0")))
        .andExpect(status().isNotFound());
    mvc.perform(as(leeds, get("/api/alliance/organisations/" + organisation))).andExpect(status().isNotFound());
  }

  @Test
  void aChangeFromAnOutOfDateVersionAnswers409AndChangesNothing() throws Exception {
    String organisation = addOrganisation(lambeth);
    String location = mvc.perform(as(lambeth, post("/api/alliance/services")).content(service(organisation, "900", "")))
        .andReturn().getResponse().getHeader("Location");

    mvc.perform(as(lambeth, put(location)).content(service(organisation, "950", ", \"version\": 0")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
    mvc.perform(as(lambeth, put(location)).content(service(organisation, "1000", ", \"version\": 0")))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("Edit conflict"));
    mvc.perform(as(lambeth, put(location)).content(service(organisation, "1000", "")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    mvc.perform(as(lambeth, get(location))).andExpect(jsonPath("$.weeklyCostPence").value(95000));
  }

  @Test
  void staffAddedCountInTheWorkforceTotals() throws Exception {
    String organisation = addOrganisation(lambeth);
    for (String hours : new String[] {"37.5", "18.75", "22.5"}) {
      mvc.perform(as(lambeth, post("/api/alliance/staff")).content("{\"organisationId\": \"" + organisation
              + "\", \"givenName\": \"Sam\", \"familyName\": \"Adeyemi\", \"role\": \"SUPPORT_WORKER\","
              + " \"contractedHours\": " + hours + ", \"startDate\": \"2025-04-01\"}"))
          .andExpect(status().isCreated())
          .andExpect(header().string("Location", containsString("/api/alliance/staff/")));
    }

    // 37.5 + 18.75 + 22.5 = 78.75 hours over a 37.5-hour week = 2.1 whole-time equivalents.
    mvc.perform(as(lambeth, get("/api/alliance/workforce?on=2026-05-10")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.headcount").value(3))
        .andExpect(jsonPath("$.wholeTimeEquivalents").value(2.1));
    mvc.perform(as(lambeth, get("/api/alliance/staff"))).andExpect(jsonPath("$.total").value(3));
  }

  @Test
  void theInstallationAdministratorCreatesAnAllianceWhoseAdministratorCanThenUseTheApi() throws Exception {
    String installer = "installer-" + System.nanoTime() % 1_000_000;
    accounts.open(new NewAccount(installer, PASSWORD, "Installer", Role.INSTALLATION_ADMIN, null, null, null));
    String shortName = "api" + System.nanoTime() % 1_000_000;
    String alliance = "{\"name\": \"Harbour Alliance\", \"shortName\": \"" + shortName + "\", "
        + "\"standardWeekHours\": 37.5, \"adminName\": \"Pat\", \"adminUsername\": \"" + shortName + "-pat\", ";

    mvc.perform(post("/api/installation/alliances").with(httpBasic(installer, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(alliance + "\"adminPassword\": \"short\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("adminPassword"));
    mvc.perform(post("/api/installation/alliances").with(httpBasic(installer, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(alliance + "\"adminPassword\": \"" + PASSWORD + "\"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/installation/alliances/")))
        .andExpect(jsonPath("$.accounts").value(1));

    mvc.perform(get("/api/alliance/organisations").with(httpBasic(shortName + "-pat", PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/installation/alliances").with(httpBasic(shortName + "-pat", PASSWORD)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theOpenApiDocumentDescribesTheSetUpApi() throws Exception {
    mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/alliance/services/{id}'].put.summary").value("Change a service"))
        .andExpect(jsonPath("$.paths['/api/installation/alliances'].post").exists());
  }
}
