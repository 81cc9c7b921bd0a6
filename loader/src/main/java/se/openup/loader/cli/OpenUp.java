package se.openup.loader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The `openup` command: one jar, one subcommand per job. */
@Command(name = "openup", mixinStandardHelpOptions = true, version = "Open Up Graph 0.1",
        description = "Swedish public purchase ledgers as a linked-open-data knowledge graph.",
        subcommands = {LoadCommand.class, LoadSharedCommand.class, ExportCommand.class, ValidateCommand.class, LinkCommand.class, CubeCommand.class,
                GenerateCommand.class, BenchCommand.class})
public final class OpenUp implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.out); } // lists subcommands other modules added too

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Other modules add their subcommands (serve, demo) to this. */
    public static CommandLine commandLine() { return new CommandLine(new OpenUp()); }
}
