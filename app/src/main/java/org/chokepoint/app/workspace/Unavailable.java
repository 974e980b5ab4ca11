package org.chokepoint.app.workspace;

/** A capability a request needs is not open: its data is missing; the message says what to run. */
public final class Unavailable extends RuntimeException {
  private final Capability capability;

  public Unavailable(Capability capability, String message) {
    super(message);
    this.capability = capability;
  }

  public Capability capability() {
    return capability;
  }
}
