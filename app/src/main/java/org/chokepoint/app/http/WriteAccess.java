package org.chokepoint.app.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Who may use the write endpoints: nobody, or whoever sends {@code Authorization: Bearer TOKEN}. */
public final class WriteAccess {
  private final byte[] expected;

  private WriteAccess(byte[] expected) {
    this.expected = expected;
  }

  /** Writes refused. */
  public static WriteAccess disabled() {
    return new WriteAccess(null);
  }

  /** Writes allowed with this token; a blank or absent token disables them. */
  public static WriteAccess token(String token) {
    return token == null || token.isBlank() ? disabled()
        : new WriteAccess(("Bearer " + token).getBytes(StandardCharsets.UTF_8));
  }

  public boolean enabled() {
    return expected != null;
  }

  /** Refuses the request unless it carries the token (compared in constant time). */
  void require(Context ctx) {
    if (expected == null) {
      throw new ApiProblem.Forbidden("writes are disabled: start 'chokepoint serve' with CHOKEPOINT_TOKEN set (or "
          + "--token)");
    }
    String given = ctx.header("Authorization");
    if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiProblem.Unauthorized("this endpoint needs 'Authorization: Bearer <token>'");
    }
  }
}
