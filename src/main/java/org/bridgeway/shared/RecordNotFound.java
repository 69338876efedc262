package org.bridgeway.shared;

/** The record does not exist, or not in the caller's alliance: both answer the same, so nothing leaks. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

  public RecordNotFound(String what) {
    super(what + " not found");
  }
}
