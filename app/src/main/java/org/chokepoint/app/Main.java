package org.chokepoint.app;

import org.chokepoint.app.cli.ChokepointCommand;

/** Entry point of the {@code chokepoint} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    ChokepointCommand.main(args);
  }
}
