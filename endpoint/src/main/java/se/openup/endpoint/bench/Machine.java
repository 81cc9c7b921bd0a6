package se.openup.endpoint.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the report says about the machine: benchmarks on a shared machine are read with its load. */
final class Machine {
    private Machine() { }

    /** The 1, 5 and 15 minute load averages (Linux), else the 1 minute one the JVM reports. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(java.util.Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + "), Jena " + jenaVersion()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    /** Jena's own VERSION reads "<development>" from the shaded jar; Maven's pom.properties survives the shading. */
    private static String jenaVersion() {
        try (var in = Machine.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            if (in == null) return org.apache.jena.Jena.VERSION;
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", org.apache.jena.Jena.VERSION);
        } catch (IOException e) {
            return org.apache.jena.Jena.VERSION;
        }
    }
}
