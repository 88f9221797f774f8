package mlgrader.catalog;

/** The catalogue on disk is missing or malformed; the message names the file and what is wrong. */
public final class CatalogException extends Exception {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
