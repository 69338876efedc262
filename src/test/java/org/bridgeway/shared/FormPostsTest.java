package org.bridgeway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FormPostsTest {

  RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

  @Test
  void aPostThatSucceedsFlashesItsMessageAndRedirects() {
    int[] done = {0};
    String view = FormPosts.submit(() -> done[0]++, "/people/1/work", "Status recorded", redirect,
        e -> "work/person");

    assertThat(view).isEqualTo("redirect:/people/1/work");
    assertThat(done[0]).isEqualTo(1);
    assertThat(redirect.getFlashAttributes().get("success")).isEqualTo("Status recorded");
  }

  @Test
  void aRefusedPostShowsTheFormAgainWithTheMessagesAndFlashesNothing() {
    String view = FormPosts.submit(() -> {
      throw new InvalidInput(List.of(new FieldProblem("date", "Enter the date")));
    }, "/x", "Saved", redirect, e -> "form " + FormErrors.of(e));

    assertThat(view).isEqualTo("form {date=Enter the date}");
    assertThat(redirect.getFlashAttributes()).isEmpty();
  }

  @Test
  void aConflictIsShownOnTheFormButOtherFailuresGoOn() {
    assertThat(FormPosts.submit(() -> {
      throw new EditConflict("status");
    }, "/x", "Saved", redirect, e -> "conflict " + FormErrors.of(e).containsKey(FormErrors.CONFLICT)))
        .isEqualTo("conflict true");
    assertThatThrownBy(() -> FormPosts.submit(() -> {
      throw new RecordNotFound("Job");
    }, "/x", "Saved", redirect, e -> "form")).isInstanceOf(RecordNotFound.class);
  }

  @Test
  void anActionMayNameWhereToGoNext() {
    assertThat(FormPosts.submit(() -> "/people/1/health-checks/2", "Health check saved", redirect, e -> "form"))
        .isEqualTo("redirect:/people/1/health-checks/2");
  }
}
