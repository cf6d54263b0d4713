package org.hustings.cli;

import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hustings <command>}: the command line. Every command has {@code --help}. */
@Command(name = "hustings",
        mixinStandardHelpOptions = true,
        version = "Hustings 0.1",
        description = "Voter data for UK parties and campaigns, with data-protection law built in.",
        subcommands = {
            StatusCommand.class,
            ImportCommand.class,
            ProblemsCommand.class,
            GenerateCommand.class,
            ServeCommand.class,
            UserCommand.class,
            LedgerCommand.class,
            RequestCommand.class,
            DemoCommand.class,
            SourceCommand.class,
            PurposeCommand.class,
            ConsentCommand.class,
            PeopleCommand.class,
            GateCommand.class,
            LinkCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; errors are printed in plain words. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof HustingsException h) {
                commandLine.getErr().println("hustings: " + h.getMessage());
                return h.code().exitCode();
            }
            commandLine.getErr().println("hustings: an internal error occurred: " + e);
            e.printStackTrace(commandLine.getErr());
            return ErrorCode.INTERNAL.exitCode();
        });
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
