package org.chokepoint.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the server's write token comes from: a token file, {@code $CHOKEPOINT_TOKEN} or (discouraged) --token. */
final class Tokens {
  private Tokens() {}

  /**
   * The token to use: from {@code file} when given (its first line), else {@code fromOption} (the option or the
   * environment). A token typed on the command line gets a warning, since any user can read it in {@code ps}.
   */
  static String resolve(String fromOption, Path file, boolean typedOnCommandLine, PrintWriter err)
      throws IOException {
    if (file != null) {
      if (typedOnCommandLine) {
        throw new IllegalArgumentException("give either --token or --token-file, not both");
      }
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--token-file " + file + ": " + (Files.isDirectory(file)
            ? "is a directory" : "no such file"));
      }
      String token = Files.readString(file).lines().findFirst().orElse("").strip();
      if (token.isEmpty()) {
        throw new IllegalArgumentException("--token-file " + file + ": the first line is empty");
      }
      return token;
    }
    if (typedOnCommandLine) {
      err.println("warning: --token on the command line is visible to other users (ps); use $CHOKEPOINT_TOKEN "
          + "or --token-file FILE");
    }
    return fromOption == null || fromOption.isBlank() ? null : fromOption.strip();
  }
}
