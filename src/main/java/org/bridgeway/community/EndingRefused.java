package org.bridgeway.community;

/**
 * A person tried to end, or add as ended, a connection on their own record. Ending a connection is for their
 * worker, who talks it through with them first; the person says how it is going. Nothing was saved.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class EndingRefused extends RuntimeException {

  public EndingRefused() {
    super("Only your worker can end a connection. If something has stopped, tell them and they will write it "
        + "down with you.");
  }
}
