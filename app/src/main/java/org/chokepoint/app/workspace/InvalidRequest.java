package org.chokepoint.app.workspace;

import java.util.List;

/** A request that cannot be served as sent; carries every problem found, each naming its field. */
public final class InvalidRequest extends IllegalArgumentException {
  private final List<String> problems;

  public InvalidRequest(List<String> problems) {
    super(String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid request needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InvalidRequest(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
