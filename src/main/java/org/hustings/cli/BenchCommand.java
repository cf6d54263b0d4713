package org.hustings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hustings bench …}: the project's own benchmarks; figures go to BENCHMARKS.md with machine and date. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures.",
        subcommands = {LinkBenchCommand.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
