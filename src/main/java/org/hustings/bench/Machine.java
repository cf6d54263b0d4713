package org.hustings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a figure was measured on, as read from /proc (Linux); "unknown" elsewhere. */
public record Machine(int cores, String cpu, long memoryBytes) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), memory());
    }

    /** The 1-minute load average now, or -1 where the OS does not tell. */
    public static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d cores, %.0f GB RAM, %s", cores, memoryBytes / 1e9, cpu);
    }

    private static String cpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " ");
            }
        }
        return "unknown CPU";
    }

    private static long memory() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return Runtime.getRuntime().maxMemory();
    }

    private static java.util.List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return java.util.List.of();
        }
    }
}
