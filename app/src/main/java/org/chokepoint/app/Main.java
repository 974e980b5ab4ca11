package org.chokepoint.app;

/** Entry point of the {@code chokepoint} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    org.chokepoint.app.cli.Main.main(args);
  }
}
