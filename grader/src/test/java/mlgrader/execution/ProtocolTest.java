package mlgrader.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolTest {

  private static final String NONCE = "n0nce-7f3a";

  @Test
  void fieldsWithTabsNewlinesAndBackslashesSurviveTheRoundTrip() {
    String[] fields = {
      "a\tb",
      "line1\nline2\r\nline3",
      "C:\\temp\\x",
      "ends with \\",
      "\\t is not a tab",
      "\\0",
      "\\",
      "",
      "plain"
    };
    String line = Protocol.line(NONCE, Protocol.FINISHED, fields);
    List<String> expected = new ArrayList<>(List.of(Protocol.FINISHED));
    expected.addAll(Arrays.asList(fields));
    assertEquals(expected, Protocol.parse(NONCE, line));
  }

  @Test
  void nullSurvivesTheRoundTripAndStaysDistinctFromItsEscapedSpelling() {
    String line = Protocol.line(NONCE, Protocol.FINISHED, null, "\\0", "null");
    assertEquals(
        Arrays.asList(Protocol.FINISHED, null, "\\0", "null"), Protocol.parse(NONCE, line));
  }

  @Test
  void anEncodedLineIsOneLineWithOneTabPerField() {
    String line = Protocol.line(NONCE, Protocol.STARTED, "x\ny\rz", "a\tb");
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertEquals(3, line.chars().filter(c -> c == '\t').count(), line);
  }

  @Test
  void escapeAndUnescapeAreInverse() {
    for (String s : List.of("", "\t\t", "\\\\n", "a\\", "\n\\n\\\n", "\u001b[2J")) {
      assertEquals(s, Protocol.unescape(Protocol.escape(s)), s);
    }
    assertNull(Protocol.unescape(Protocol.escape(null)));
  }

  @Test
  void linesWithoutTheNonceAreIgnored() {
    assertNull(Protocol.parse(NONCE, "E\tid\tkey\tPASSED"));
    assertNull(Protocol.parse(NONCE, ""));
    assertNull(Protocol.parse(NONCE, NONCE));
    assertNull(Protocol.parse(NONCE, " " + NONCE + "\tD"));
    assertNull(Protocol.parse(NONCE, "candidate output mentioning " + NONCE + "\tD"));
  }

  @Test
  void linesWithAnotherNonceAreIgnoredEvenWhenItSharesAPrefix() {
    String forged = Protocol.line("guessed", Protocol.FINISHED, "id", "key", "PASSED");
    assertNull(Protocol.parse(NONCE, forged));
    assertNull(Protocol.parse(NONCE, Protocol.line(NONCE + "x", Protocol.DONE)));
    assertNull(Protocol.parse(NONCE, Protocol.line(NONCE.substring(0, 4), Protocol.DONE)));
  }
}
