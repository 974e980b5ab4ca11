package org.chokepoint.app.http;

import java.util.List;

/**
 * A request the API refuses, with the status it gets; thrown by the handlers and turned into a JSON error once, in
 * {@link ApiServer}.
 */
sealed class ApiProblem extends RuntimeException {
  private final int status;
  private final List<String> problems;

  private ApiProblem(int status, List<String> problems) {
    super(String.join("; ", problems));
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  int status() {
    return status;
  }

  List<String> problems() {
    return problems;
  }

  /** 400: the request cannot be served as sent. */
  static final class BadRequest extends ApiProblem {
    BadRequest(String problem) {
      super(400, List.of(problem));
    }
  }

  /** 404: no such resource. */
  static final class NotFound extends ApiProblem {
    NotFound(String problem) {
      super(404, List.of(problem));
    }
  }

  /** 401: a write with a missing or wrong token. */
  static final class Unauthorized extends ApiProblem {
    Unauthorized(String problem) {
      super(401, List.of(problem));
    }
  }

  /** 403: a write while writes are disabled. */
  static final class Forbidden extends ApiProblem {
    Forbidden(String problem) {
      super(403, List.of(problem));
    }
  }

  /** 413: a body larger than the server accepts. */
  static final class TooLarge extends ApiProblem {
    TooLarge(String problem) {
      super(413, List.of(problem));
    }
  }
}
