package org.junit.jupiter.api;

public class Assertions {
  public static void assertEquals(double a, double b, double d) { }
}
