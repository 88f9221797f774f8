package mlgrader.reporting;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.Locale;

/**
 * The one way HTML pages are rendered: Pebble templates from the classpath with auto-escaping for HTML on (quotes
 * included, so attributes are safe too), strict variables and the root locale. Templates never mark anything safe.
 */
public final class HtmlTemplates {

  private HtmlTemplates() {}

  /**
   * The compiled template {@code <folder>/<name>.peb}; compile it once and keep it (Pebble templates are safe to
   * share between threads).
   */
  public static PebbleTemplate load(String folder, String name) {
    ClasspathLoader loader = new ClasspathLoader(HtmlTemplates.class.getClassLoader());
    loader.setPrefix(folder);
    loader.setSuffix(".peb");
    PebbleEngine engine = new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        .strictVariables(true)
        .defaultLocale(Locale.ROOT)
        .build();
    return engine.getTemplate(name);
  }
}
