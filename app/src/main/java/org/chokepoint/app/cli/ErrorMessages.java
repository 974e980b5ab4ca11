package org.chokepoint.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that ends a command into one line that says both what went wrong and where: a file-system
 * error names its reason and path ("no such file or directory: /x", "is a directory: /x"), and a message that
 * names no path gets the paths the user gave (an I/O error without a path, such as a bare "Is a directory").
 */
final class ErrorMessages {
  private ErrorMessages() {}

  /** The paths given on the command line to the command that ran (options and parameters of type Path). */
  static List<Path> pathsGiven(ParseResult parseResult) {
    List<Path> paths = new ArrayList<>();
    ParseResult r = parseResult;
    while (r != null) {
      for (ArgSpec arg : r.matchedArgs()) {
        Object value = arg.getValue();
        if (value instanceof Path p) {
          paths.add(p);
        } else if (value instanceof Collection<?> c) {
          c.stream().filter(Path.class::isInstance).map(Path.class::cast).forEach(paths::add);
        }
      }
      r = r.subcommand();
    }
    return paths;
  }

  /** One line for {@code e}; {@code given} are the paths on the command line, named when the message has none. */
  static String describe(Throwable e, List<Path> given) {
    Throwable t = e;
    while ((t instanceof UncheckedIOException || t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    String text = switch (t) {
      case NoSuchFileException f -> withPath("no such file or directory", f);
      case AccessDeniedException f -> withPath("permission denied", f);
      case NotDirectoryException f -> withPath("not a directory", f);
      case DirectoryNotEmptyException f -> withPath("directory not empty", f);
      case FileAlreadyExistsException f -> withPath("already exists", f);
      case FileSystemException f -> withPath(f.getReason() == null ? "file system error" : f.getReason(), f);
      case CharacterCodingException c -> "not readable as text (" + c.getClass().getSimpleName()
          + (c.getMessage() == null ? "" : ": " + c.getMessage()) + ")";
      default -> t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    };
    if (!given.isEmpty() && given.stream().noneMatch(p -> text.contains(p.toString()))
        && t instanceof IOException && !text.contains("/")) {
      List<String> names = given.stream().map(Path::toString).distinct().toList();
      return text + (names.size() == 1 ? ": " + names.getFirst() : " (paths given: " + String.join(", ", names) + ")");
    }
    return text;
  }

  private static String withPath(String reason, FileSystemException f) {
    String where = f.getFile() == null ? "" : ": " + f.getFile();
    String other = f.getOtherFile() == null ? "" : " → " + f.getOtherFile();
    String why = reason.isEmpty() ? "" : reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + reason.substring(1);
    return why + where + other;
  }
}
