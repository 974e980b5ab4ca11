package org.chokepoint.app.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code chokepoint} command line. Exit codes: 0 done, 1 failed, 2 bad usage. */
@Command(name = "chokepoint", mixinStandardHelpOptions = true, version = "chokepoint 0.1.0",
    description = "Dual-use trade and sanctions intelligence: lists, screening and evidence.",
    subcommands = {UpdateCommand.class, ListsCommand.class, ScreenCommand.class, GoodsCommand.class, CheckCommand.class, ReportsCommand.class, BriefCommand.class, TradeCommand.class, GraphCommand.class, ServeCommand.class,
        EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Held so the level set on it survives: Lucene's start-up notices about vector support are not for users. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

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
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    CommandLine cli = commandLine();
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + ErrorMessages.describe(e, ErrorMessages.pathsGiven(parseResult)));
      if (main.verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return e instanceof IllegalArgumentException ? 2 : 1;
    });
    return cli;
  }
}
