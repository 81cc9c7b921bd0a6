package se.openup.endpoint;

import picocli.CommandLine;
import se.openup.endpoint.bench.BenchPeerCommand;
import se.openup.endpoint.bench.BenchQueriesCommand;
import se.openup.endpoint.bench.BenchLoadCommand;
import se.openup.endpoint.cli.DemoCommand;
import se.openup.endpoint.cli.ServeCommand;
import se.openup.loader.cli.OpenUp;

/** The `openup` jar's entry point: the loader's commands plus serve and demo. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return OpenUp.commandLine()
                .addSubcommand(new ServeCommand())
                .addSubcommand(new DemoCommand())
                .addSubcommand(new BenchPeerCommand())
                .addSubcommand(new BenchQueriesCommand())
                .addSubcommand(new BenchLoadCommand());
    }
}
