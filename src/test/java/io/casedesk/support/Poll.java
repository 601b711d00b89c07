package io.casedesk.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A bounded poll on a condition of an outside process: checked every quarter second, never longer than the bound. */
public final class Poll {

  private Poll() {}

  public static void until(Duration bound, String what, BooleanSupplier condition) {
    until(bound, what, condition, () -> "");
  }

  /** As above; {@code state} says what was still missing when the bound passed. */
  public static void until(Duration bound, String what, BooleanSupplier condition, Supplier<String> state) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + bound + ": " + what + " " + state.get());
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
  }
}
