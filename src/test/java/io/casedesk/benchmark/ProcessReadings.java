package io.casedesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Readings of another process from Linux's /proc: resident memory and CPU time used. */
final class ProcessReadings {

  /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux). */
  private static final double TICKS = 100.0;

  private ProcessReadings() {}

  static double rssMib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
      return Double.NaN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** User plus system CPU seconds the process has used. */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      // Fields after the command name, which is in parentheses and may contain spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
