package org.chokepoint.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chokepoint.app.bench.BenchCommand;
import org.chokepoint.app.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code chokepoint} command line. Exit codes: 0 done, 1 failed, 2 bad usage. */
@Command(name = "chokepoint", mixinStandardHelpOptions = true, version = "chokepoint 0.1.0",
    description = "Dual-use trade and sanctions intelligence: lists, screening and evidence.",
    subcommands = {UpdateCommand.class, ListsCommand.class, ScreenCommand.class, GoodsCommand.class,
        CheckCommand.class, ReportsCommand.class, BriefCommand.class, TradeCommand.class, GraphCommand.class,
        ServeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class ChokepointCommand {
  /** Held so the level set on it survives: Lucene's start-up notices about vector support are not for users. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Data directory (default: $CHOKEPOINT_DATA or ./data).")
  Path data = Path.of(System.getenv().getOrDefault("CHOKEPOINT_DATA", "data"));

  @Option(names = "--sources", scope = ScopeType.INHERIT, paramLabel = "FILE",
      description = "Source registry JSON replacing the built-in one.")
  Path sources;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces on errors.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; used by tests. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with its error handling, for tests that capture its output. */
  public static CommandLine commandLine() {
    LUCENE_LOG.setLevel(Level.SEVERE);
    ChokepointCommand root = new ChokepointCommand();
    CommandLine cli = new CommandLine(root);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + ErrorMessages.describe(e, ErrorMessages.pathsGiven(parseResult)));
      if (root.verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return e instanceof IllegalArgumentException ? 2 : 1;
    });
    return cli;
  }

  /** The data directory and sources the options name; progress and warnings go to standard error. */
  public Workspace workspace() throws IOException {
    return workspace(new PrintWriter(System.err, true));
  }

  /** The data directory and sources the options name; progress and warnings go to {@code err}. */
  public Workspace workspace(PrintWriter err) throws IOException {
    return Workspace.at(data, sources, line -> {
      err.println(line);
      err.flush();
    });
  }
}
