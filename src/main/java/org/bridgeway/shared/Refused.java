package org.bridgeway.shared;

/** A rule refused the request; {@link #field()} names the input at fault. Nothing was saved. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class Refused extends RuntimeException {

  private final String field;

  public Refused(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
