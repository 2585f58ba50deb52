package dev.alchemy.driver.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code alchemy} command: {@code java -jar driver/target/alchemy-cli.jar translate --from pg --to tsql x.sql}.
 * Standard input is a constructor argument so tests run the command in-process with their own streams.
 */
@Command(name = "alchemy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Alchemy: SQL dialect translation from the command line.",
        subcommands = {TranslateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:a statement or JSON line could not be translated",
                "2:wrong command line",
                "3:an input could not be read"},
        footer = {"", "Run 'alchemy translate --help' for the translate command."})
public final class AlchemyCli implements Runnable {
    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    public AlchemyCli() {
        this(System.in);
    }

    public AlchemyCli(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'alchemy translate --help'");
    }

    /** The configured command line, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new AlchemyCli(in));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    /** Runs the command with the given streams and returns its exit code (see {@link ExitCode}). */
    public static int execute(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(in, o, e).execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.in, System.out, System.err));
    }
}
