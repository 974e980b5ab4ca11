package org.chokepoint.reports.read;

import java.io.IOException;

/** A file that cannot be read as a report (binary, empty, too large); the message names the file and the reason. */
public final class UnreadableDocumentException extends IOException {
  public UnreadableDocumentException(String message) {
    super(message);
  }
}
