package org.bridgeway.plans.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bridgeway.BridgewayTest;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.plans.MyPlans;
import org.bridgeway.plans.PlanSamples;
import org.bridgeway.plans.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan made together in a real browser: the worker drafts, the person edits and agrees, the worker agrees and
 * compares the new version with the one before. Every page passes the accessibility check.
 */
@BridgewayTest
class PlanJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired NotesWorld worlds;
  @Autowired Plans plans;
  @Autowired MyPlans myPlans;

  World w;
  LocalDate today;

  @BeforeEach
  void setUp() {
    browser.on(port).desktop();
    w = worlds.create();
    today = plans.today();
  }

  @Test
  void aWorkerDraftsThePersonEditsAndAgreesTheWorkerAgreesAndComparesWithTheEarlierVersion() {
    int first = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    plans.agree(w.ourWorker(), w.sam(), first);
    myPlans.agree(w.samHimself(), first);

    browser.signIn(w.ourWorker().username(), Scene.PASSWORD);
    browser.open("/people/" + w.sam());
    browser.follow("Support plan");
    assertThat(browser.heading()).isEqualTo("Support plan");
    assertThat(browser.text()).contains("Version 1, agreed on", "Review due on");
    browser.follow("Start a new draft from the agreed plan");
    assertThat(browser.valueOf("whatMatters")).isEqualTo("My son Danny and getting my own flat.");
    browser.choose("goal-1-domain", "Community");
    browser.fillIn("goal-1-goal", "Join the Thursday art group");
    browser.fillIn("goal-1-whoHelps", "Ade, the first time");
    browser.press("Save the draft");
    assertThat(browser.text()).contains("Draft saved", "Last changed by Ade Adeyemi", "Not agreed yet");

    browser.on(port);
    browser.signIn(w.samUsername(), Scene.PASSWORD);
    browser.follow("My plan");
    assertThat(browser.heading()).isEqualTo("My plan");
    assertThat(browser.text()).contains("Your draft plan", "Last changed by Ade Adeyemi");
    browser.follow("Change my draft");
    browser.fillIn("whatMatters", "My son Danny, my flat, and painting.");
    browser.press("Save my draft");
    assertThat(browser.text()).contains("Your changes are saved in your draft plan", "Last changed by Sam Okafor");
    browser.follow("Read my draft");
    assertThat(browser.text()).contains("My son Danny, my flat, and painting.", "Join the Thursday art group");
    browser.press("I agree with my plan");
    assertThat(browser.text()).contains("You have agreed your plan", "Agreed by you on", "Not agreed yet by the worker");

    browser.on(port);
    browser.signIn(w.ourWorker().username(), Scene.PASSWORD);
    browser.open("/people/" + w.sam() + "/plan");
    browser.press("Agree the draft as the worker");
    assertThat(browser.text()).contains("Both of you have agreed it, so it is now version 2", "Version 2, agreed on");
    browser.follow("Read the agreed plan, version 2");
    assertThat(browser.heading()).isEqualTo("Support plan, version 2");
    assertThat(browser.text()).contains("Agreed by Sam Okafor", "My son Danny, my flat, and painting.");
    browser.follow("Compare with version 1");
    assertThat(browser.heading()).isEqualTo("Compare versions");
    assertThat(browser.text()).contains("Version 1 and Version 2", "About me: What matters to me",
        "My son Danny and getting my own flat.", "My son Danny, my flat, and painting.", "Changed",
        "Goal 2: Goal", "Added", "No change");
    browser.open("/");
    browser.follow("Plan reviews due");
    assertThat(browser.heading()).isEqualTo("Plan reviews due");
  }

  @Test
  void aGoalsProgressIsRecordedByThePerson() {
    int first = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    plans.agree(w.ourWorker(), w.sam(), first);
    myPlans.agree(w.samHimself(), first);
    String goal = plans.plan(w.ourWorker(), w.sam()).goals().get(0).id().toString();

    browser.signIn(w.samUsername(), Scene.PASSWORD);
    browser.open("/me/plan");
    browser.choose("progress-" + goal, "Some progress");
    browser.fillIn("note-" + goal, "I saw two flats");
    browser.press("Save progress on Move into my own flat");
    assertThat(browser.text()).contains("Your progress is saved", "How it is going: Some progress");
    browser.expand("Progress over time for Move into my own flat");
    assertThat(browser.text()).contains("Some progress (you). I saw two flats");
  }
}
