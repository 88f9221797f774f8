package mlgrader.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import mlgrader.catalog.Challenge;
import mlgrader.catalog.SourceFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Mutation testing of a challenge's reference against its hidden suite with PIT, through its Maven plugin on the
 * project {@link MavenProject} writes: the grader does not link PIT, so its JUnit Platform plugin can follow
 * its own release cycle.
 */
public final class MutationRun {

  /** The PIT Maven plugin used. */
  public static final String PIT_VERSION = "1.20.4";
  /** PIT's JUnit Platform plugin used. */
  public static final String PIT_JUNIT5_VERSION = "1.2.3";

  private MutationRun() {}

  /** The {@code <plugin>} element that runs PIT on the reference's own classes with the hidden suite. */
  public static String plugin(Challenge challenge, int threads) throws IOException {
    String pkg = challenge.spec().packageName();
    StringBuilder targets = new StringBuilder();
    for (SourceFile f : challenge.referenceSources()) {
      targets.append("            <param>").append(pkg).append('.').append(f.simpleName()).append("</param>\n");
      targets.append("            <param>").append(pkg).append('.').append(f.simpleName()).append("$*</param>\n");
    }
    return """
          <plugin>
            <groupId>org.pitest</groupId>
            <artifactId>pitest-maven</artifactId>
            <version>%s</version>
            <dependencies>
              <dependency>
                <groupId>org.pitest</groupId>
                <artifactId>pitest-junit5-plugin</artifactId>
                <version>%s</version>
              </dependency>
            </dependencies>
            <configuration>
              <targetClasses>
      %s        </targetClasses>
              <targetTests>
                <param>%s.hidden.*</param>
              </targetTests>
              <outputFormats>
                <param>XML</param>
                <param>HTML</param>
              </outputFormats>
              <timestampedReports>false</timestampedReports>
              <threads>%d</threads>
              <timeoutConstant>8000</timeoutConstant>
            </configuration>
          </plugin>
      """.formatted(PIT_VERSION, PIT_JUNIT5_VERSION, targets, pkg, threads);
  }

  /** Reads PIT's {@code mutations.xml}. */
  public static List<Mutation> read(Path mutationsXml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(mutationsXml.toFile());
      NodeList nodes = doc.getElementsByTagName("mutation");
      List<Mutation> mutations = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element m = (Element) nodes.item(i);
        mutations.add(new Mutation(text(m, "sourceFile"), Integer.parseInt(text(m, "lineNumber")), text(m, "mutatedMethod"),
            shortMutator(text(m, "mutator")), text(m, "description"), m.getAttribute("status")));
      }
      return mutations;
    } catch (ParserConfigurationException | SAXException | NumberFormatException e) {
      throw new IOException("cannot read " + mutationsXml + ": " + e.getMessage(), e);
    }
  }

  /**
   * Survivors that {@code EQUIVALENT.md} does not argue away. A mutant is argued by a line that starts with its id
   * (after an optional list marker and backtick); an id merely mentioned inside another argument does not count.
   */
  public static List<Mutation> unjustified(List<Mutation> survivors, Path equivalents) throws IOException {
    List<String> argued = Files.isRegularFile(equivalents)
        ? Files.readAllLines(equivalents).stream().map(l -> l.replaceFirst("^\\s*(?:[-*]\\s+)?`?", "")).toList()
        : List.of();
    return survivors.stream().filter(m -> argued.stream().noneMatch(l -> names(l, m.id()))).collect(Collectors.toList());
  }

  private static boolean names(String line, String id) {
    return line.startsWith(id) && (line.length() == id.length() || !Character.isLetterOrDigit(line.charAt(id.length())));
  }

  private static String text(Element e, String tag) {
    NodeList list = e.getElementsByTagName(tag);
    return list.getLength() == 0 ? "" : list.item(0).getTextContent().strip();
  }

  private static String shortMutator(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /**
   * One PIT mutation.
   *
   * @param file source file
   * @param line line number
   * @param method mutated method
   * @param mutator PIT mutator's simple name
   * @param description what was changed
   * @param status KILLED, SURVIVED, NO_COVERAGE, TIMED_OUT, …
   */
  public record Mutation(String file, int line, String method, String mutator, String description, String status) {

    /** Whether the suite detected it (killed, or it timed out, ran out of memory or crashed the run). */
    public boolean detected() {
      return !status.equals("SURVIVED") && !status.equals("NO_COVERAGE");
    }

    /** How {@code EQUIVALENT.md} names it: {@code File.java:42 MutatorName}. */
    public String id() {
      return file + ":" + line + " " + mutator;
    }
  }
}
