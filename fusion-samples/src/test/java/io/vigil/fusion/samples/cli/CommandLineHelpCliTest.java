package io.vigil.fusion.samples.cli;

import static io.vigil.fusion.samples.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.fusion.samples.VigilCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Usage help: {@code --help} of every sub-command succeeds and lists its options; the main
 * command without a sub-command is a usage error.
 */
class CommandLineHelpCliTest {

    /** Every sub-command, nested ones too, as the words that name it, with its spec. */
    static Stream<Arguments> subCommands() {
        final List<Arguments> all = new ArrayList<>();
        collect(VigilCommand.commandLine(), List.of(), all);
        return all.stream();
    }

    private static void collect(final CommandLine parent, final List<String> path, final List<Arguments> all) {
        for (final Map.Entry<String, CommandLine> sub : parent.getSubcommands().entrySet()) {
            final List<String> words = new ArrayList<>(path);
            words.add(sub.getKey());
            all.add(Arguments.of(String.join(" ", words), sub.getValue().getCommandSpec()));
            collect(sub.getValue(), words, all);
        }
    }

    @Test
    void theSubCommandsAreAllThere() {
        assertThat(VigilCommand.commandLine().getSubcommands().keySet())
            .contains("demo", "simulate", "replay", "report", "geo", "accuracy", "help");
    }

    @ParameterizedTest(name = "vigil {0} --help")
    @MethodSource("subCommands")
    void helpOfEverySubCommandSucceedsAndListsItsOptions(final String words, final CommandLine.Model.CommandSpec spec) {
        final List<String> args = new ArrayList<>(List.of(words.split(" ")));
        args.add("--help");

        final CliRun run = vigil(args.toArray(String[]::new)).succeeded();

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Usage: vigil " + words);
        for (final OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                assertThat(run.out()).as("help of %s lists %s", words, option.longestName())
                    .contains(option.longestName());
            }
        }
    }

    static Stream<Arguments> documentedOptions() {
        return Stream.of(
            Arguments.of("simulate", List.of("--scenario=NAME|FILE", "--seed=N", "--out=DIR", "--help")),
            Arguments.of("replay", List.of("--sensors=FILE", "--plots=FILE", "--areas=FILE", "--truth=FILE",
                "--truth-events=FILE", "--out=DIR", "--realtime", "--help")),
            Arguments.of("report", List.of("DIR", "--sensors=FILE", "--truth=FILE", "--truth-events=FILE",
                "--areas=FILE", "--help")),
            Arguments.of("demo", List.of("--scenario=NAME|FILE", "--seed=N", "--out=DIR", "--help")));
    }

    @ParameterizedTest(name = "vigil {0} --help")
    @MethodSource("documentedOptions")
    void helpListsTheDocumentedOptions(final String command, final List<String> options) {
        final CliRun run = vigil(command, "--help").succeeded();
        for (final String option : options) {
            assertThat(run.out()).as("vigil %s --help", command).contains(option);
        }
    }

    @Test
    void helpSubCommandShowsTheUsageOfAnother() {
        final CliRun run = vigil("help", "replay").succeeded();
        assertThat(run.out()).contains("Usage: vigil replay").contains("--plots=FILE");
    }

    @Test
    void vigilWithoutASubCommandIsAUsageError() {
        final CliRun run = vigil();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("a sub-command is required").contains("Usage: vigil")
            .contains("simulate").contains("replay").contains("report").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownSubCommandIsAUsageError() {
        final CliRun run = vigil("simulat");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unmatched argument at index 0: 'simulat'")
            .contains("Did you mean: vigil simulate").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
