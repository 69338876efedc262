package org.bridgeway.shared;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one shape of a page's form post: do the work; when it succeeds, flash the success message and redirect
 * (post, redirect, get); when a rule refuses it ({@link InvalidInput}, {@link Refused} or {@link EditConflict}),
 * show the form again with the refusal, turned into messages by {@link FormErrors}. Anything else is not a
 * refusal and goes on to the error pages.
 */
public final class FormPosts {

  private FormPosts() {}

  /** Does the action and redirects to the target; on a refusal answers the view {@code reshow} gives. */
  public static String submit(Runnable action, String target, String success, RedirectAttributes redirect,
      Function<RuntimeException, String> reshow) {
    return submit(() -> {
      action.run();
      return target;
    }, success, redirect, reshow);
  }

  /** As above, for an action that says where to go next (for example to the record it just made). */
  public static String submit(Supplier<String> actionGivingTarget, String success, RedirectAttributes redirect,
      Function<RuntimeException, String> reshow) {
    String target;
    try {
      target = actionGivingTarget.get();
    } catch (InvalidInput | Refused | EditConflict refusal) {
      return reshow.apply(refusal);
    }
    redirect.addFlashAttribute("success", success);
    return "redirect:" + target;
  }
}
