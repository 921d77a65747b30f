package org.paperkg.cli;

import org.paperkg.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar paperkg.jar <command> ...}. */
@Command(name = "paperkg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of machine-learning research from paper abstracts and serves it "
                + "with Apache Jena Fuseki.",
        subcommands = {BuildCommand.class, ServeCommand.class, ExtractCommand.class, ExportCommand.class,
                QueryCommand.class, ValidateCommand.class, StatsCommand.class, CompactCommand.class, EvalCommand.class,
                EvalExternalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    static {
        logLevelFromProperty();
    }

    /**
     * {@code -Dpaperkg.log.level=INFO} (or DEBUG, WARN, ERROR) sets how much the log says: slf4j-simple takes its
     * default level from a system property of its own, read when the first logger is made, which is after this.
     */
    static void logLevelFromProperty() {
        String level = System.getProperty("paperkg.log.level");
        String simple = "org.slf4j.simpleLogger.defaultLogLevel";
        if (level != null && !level.isBlank() && System.getProperty(simple) == null) {
            System.setProperty(simple, level.trim().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public static void main(String[] args) {
        KgStore.leaveReleaseToProcessExit(); // the process ends with the command: see there
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // A user's mistake is one clear line; only an unexpected failure shows its trace, and only on request.
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            cmd.getErr().println("paperkg " + cmd.getCommandName() + ": error: " + msg);
            if (!(ex instanceof UserException || ex instanceof org.paperkg.store.StoreException)
                    && System.getenv("PAPERKG_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            // One line, not the whole usage text: the user sees what is wrong and where to look.
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("paperkg " + cmd.getCommandName() + ": error: " + ex.getMessage()
                    + " (see 'paperkg " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ") + "--help')");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    /** The version from the jar manifest (Implementation-Version), or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"paperkg " + (v == null ? "development" : v)};
        }
    }
}
