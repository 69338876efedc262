package org.bridgeway.shared;

/** Someone else saved the record after the caller loaded it; nothing was saved. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class EditConflict extends RuntimeException {

  public EditConflict(String what) {
    super("Someone else changed this " + what + " while you were editing it. Your changes have not been saved. "
        + "Check the latest details and make your changes again.");
  }
}
