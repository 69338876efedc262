package org.bridgeway.web;

import java.util.List;
import java.util.Map;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the JSON API's refusals as RFC 9457 problem details: bad input is 400 with an {@code errors} list of
 * field and message, an unknown record (or one in another alliance) 404, an edit conflict 409.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalid(InvalidInput e) {
    return invalid(e.problems());
  }

  @ExceptionHandler(Refused.class)
  ProblemDetail refused(Refused e) {
    return invalid(List.of(new FieldProblem(e.field(), e.getMessage())));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail notValid(MethodArgumentNotValidException e) {
    return invalid(e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
        .toList());
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ProblemDetail badParameter(Exception e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "A parameter of the request is missing or has the wrong type: check the address and its query.");
    problem.setTitle("Bad request");
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body could not be read. Check it is JSON and that every value has the right type.");
    problem.setTitle("Unreadable request");
    return problem;
  }

  @ExceptionHandler(RecordNotFound.class)
  ProblemDetail notFound(RecordNotFound e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler(AccessDenied.class)
  ProblemDetail forbidden(AccessDenied e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Forbidden");
    return problem;
  }

  @ExceptionHandler(EditConflict.class)
  ProblemDetail conflict(EditConflict e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Edit conflict");
    return problem;
  }

  private static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        problems.isEmpty() ? "The request is not valid." : problems.get(0).message());
    problem.setTitle("Invalid request");
    problem.setProperty("errors", problems.stream()
        .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    return problem;
  }
}
