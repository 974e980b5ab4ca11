package org.chokepoint.core.model;

import java.util.Objects;

/** One name of a listed entity, as the list writes it. */
public record Name(String value, NameKind kind) {
  public Name {
    Objects.requireNonNull(kind, "kind");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    value = value.strip();
  }
}
