package io.vigil.fusion.samples.simulate;

import io.vigil.fusion.samples.InputException;
import io.vigil.fusion.samples.simulation.PlotOrder;
import io.vigil.fusion.samples.simulation.Scenario;
import io.vigil.fusion.samples.simulation.ScenarioFileException;
import io.vigil.fusion.samples.simulation.ScenarioSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil simulate}: runs a scenario (built in, or a JSON file) with a seed and writes
 * sensors.csv, plots.csv (arrival order, or measurement order with {@code --order
 * measurement}), truth.csv, truth_events.csv and areas.csv.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
        "Simulate a scenario into plot, sensor and truth files.",
        "Built-in scenarios: trilateral (default), lofted, srbm-raid, raid, clutter; or a JSON scenario file.",
        "plots.csv is in order of arrival at the hub, late and out of measurement order as the links make it; "
            + "--order measurement sorts it by measurement time instead (the times are unchanged)."})
public final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "trilateral",
        description = "a built-in scenario name or a JSON scenario file (default: ${DEFAULT-VALUE})")
    private String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (created if missing)")
    private Path out;

    @Option(names = "--order", paramLabel = "arrival|measurement", defaultValue = "arrival",
        converter = OrderConverter.class,
        description = "order of plots.csv: arrival (at the hub, as a live hub sees them) or measurement (by "
            + "measurement time, ties in arrival order) (default: ${DEFAULT-VALUE})")
    private PlotOrder order;

    @Override
    public Integer call() throws IOException {
        final long plots = simulate(scenario(scenario), seed, out, order);
        final PrintWriter terminal = spec.commandLine().getOut();
        terminal.printf(Locale.ROOT, "simulated %s (seed %d): %,d plots%s into %s%n", scenario, seed, plots,
            order == PlotOrder.MEASUREMENT ? " in measurement order" : "", out.toAbsolutePath().normalize());
        terminal.flush();
        return 0;
    }

    /**
     * Finds a scenario by built-in name or as a file.
     *
     * @param nameOrFile a built-in name or a path to a JSON scenario
     * @return the scenario
     * @throws InputException if it is neither, or the file is malformed (the message says where)
     */
    public static Scenario scenario(final String nameOrFile) {
        if (Scenario.BUILT_IN_NAMES.contains(nameOrFile)) {
            return Scenario.builtIn(nameOrFile);
        }
        final Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InputException("no built-in scenario or file named " + nameOrFile + " (built in: "
                + String.join(", ", Scenario.BUILT_IN_NAMES) + ")");
        }
        try {
            return Scenario.load(file);
        } catch (final ScenarioFileException e) {
            throw new InputException(e.getMessage(), e);
        } catch (final IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Simulates a scenario into a directory, plots.csv in arrival order.
     *
     * @param scenario the scenario
     * @param seed the random seed
     * @param directory where the files go
     * @return the number of plots written
     * @throws IOException if a file cannot be written
     */
    public static long simulate(final Scenario scenario, final long seed, final Path directory) throws IOException {
        return simulate(scenario, seed, directory, PlotOrder.ARRIVAL);
    }

    /**
     * Simulates a scenario into a directory, plots.csv in the order given.
     *
     * @param scenario the scenario
     * @param seed the random seed
     * @param directory where the files go
     * @param order the order of plots.csv
     * @return the number of plots written
     * @throws IOException if a file cannot be written
     */
    public static long simulate(final Scenario scenario, final long seed, final Path directory, final PlotOrder order)
        throws IOException {
        try (ScenarioFiles files = new ScenarioFiles(directory)) {
            ScenarioSimulator.run(scenario, seed, files, order);
            return files.plots();
        }
    }

    /** Reads {@code --order}: the lower-case names of {@link PlotOrder}, in any case. */
    static final class OrderConverter implements CommandLine.ITypeConverter<PlotOrder> {

        @Override
        public PlotOrder convert(final String value) {
            for (final PlotOrder order : PlotOrder.values()) {
                if (order.name().equalsIgnoreCase(value)) {
                    return order;
                }
            }
            throw new CommandLine.TypeConversionException("expected arrival or measurement, got '" + value + "'");
        }
    }
}
