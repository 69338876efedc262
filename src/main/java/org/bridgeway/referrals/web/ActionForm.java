package org.bridgeway.referrals.web;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.referrals.NewPanelAction;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The form to add an action agreed at a panel. */
record ActionForm(@Nullable String referralId, @Nullable String action, @Nullable String owner,
    @Nullable String dueOnDay, @Nullable String dueOnMonth, @Nullable String dueOnYear) {

  static ActionForm blank() {
    return new ActionForm(null, null, null, null, null, null);
  }

  NewPanelAction command() {
    List<FieldProblem> problems = new ArrayList<>();
    NewPanelAction action = new NewPanelAction(PanelForms.id(problems, "referralId", referralId), this.action,
        owner, PanelForms.date(problems, "dueOn", dueOnDay, dueOnMonth, dueOnYear));
    PanelForms.unreadable(problems, action.problems());
    return action;
  }
}
