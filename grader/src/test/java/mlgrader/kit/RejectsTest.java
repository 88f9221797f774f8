package mlgrader.kit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RejectsTest {

  @Test
  void illegalArgumentAcceptsTheExceptionAndItsSubclasses() {
    assertDoesNotThrow(
        () ->
            Rejects.illegalArgument(
                () -> {
                  throw new IllegalArgumentException("k < 1");
                },
                "k = 0"));
    assertDoesNotThrow(() -> Rejects.illegalArgument(() -> Integer.parseInt("x"), "parse"));
  }

  @Test
  void nullArgumentAcceptsNullPointerOrIllegalArgument() {
    assertDoesNotThrow(
        () ->
            Rejects.nullArgument(
                () -> {
                  throw new NullPointerException();
                },
                "null x"));
    assertDoesNotThrow(
        () ->
            Rejects.nullArgument(
                () -> {
                  throw new IllegalArgumentException();
                },
                "null x"));
  }

  @Test
  void illegalStateAcceptsOnlyIllegalState() {
    assertDoesNotThrow(
        () ->
            Rejects.illegalState(
                () -> {
                  throw new IllegalStateException();
                },
                "predict before fit"));
    assertThrows(
        AssertionFailedError.class,
        () ->
            Rejects.illegalState(
                () -> {
                  throw new IllegalArgumentException();
                },
                "predict before fit"));
  }

  @Test
  void failsWhenNothingIsThrown() {
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> Rejects.illegalArgument(() -> {}, "k = 0"));
    assertEquals("k = 0: expected IllegalArgumentException but nothing was thrown", e.getMessage());
  }

  @Test
  void failsOnTheWrongExceptionNamingItsTypeButNotItsCandidateControlledMessage() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Rejects.nullArgument(
                    () -> {
                      throw new ArrayIndexOutOfBoundsException("secret-from-candidate");
                    },
                    "null x"));
    assertTrue(
        e.getMessage()
            .startsWith("null x: expected NullPointerException or IllegalArgumentException but "),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("java.lang.ArrayIndexOutOfBoundsException was thrown"),
        e.getMessage());
    assertFalse(e.getMessage().contains("secret-from-candidate"), e.getMessage());
  }

  @Test
  void aCheckedExceptionIsTheWrongException() {
    assertThrows(
        AssertionFailedError.class,
        () ->
            Rejects.illegalArgument(
                () -> {
                  throw new IOException();
                },
                "io"));
  }

  @Test
  void rethrowsErrorsUnchangedSoTheRunnerSeesThem() {
    StackOverflowError overflow = new StackOverflowError();
    StackOverflowError thrown =
        assertThrows(
            StackOverflowError.class,
            () ->
                Rejects.illegalArgument(
                    () -> {
                      throw overflow;
                    },
                    "deep"));
    assertSame(overflow, thrown);
    assertThrows(
        OutOfMemoryError.class,
        () ->
            Rejects.nullArgument(
                () -> {
                  throw new OutOfMemoryError();
                },
                "big"));
  }

  @Test
  void anAssertionErrorFromTheCodeUnderTestIsAFailureNotARethrow() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Rejects.illegalArgument(
                    () -> {
                      throw new AssertionError("candidate assert");
                    },
                    "k = 0"));
    assertTrue(e.getMessage().contains("java.lang.AssertionError was thrown"), e.getMessage());
  }
}
