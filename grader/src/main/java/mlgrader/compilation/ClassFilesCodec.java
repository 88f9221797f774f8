package mlgrader.compilation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The binary form of {@link ClassFiles}: a count, then name (UTF) and length-prefixed bytes for each class. */
public final class ClassFilesCodec {

  private ClassFilesCodec() {}

  public static void write(DataOutputStream out, ClassFiles classes) throws IOException {
    out.writeInt(classes.bytes().size());
    for (Map.Entry<String, byte[]> e : classes.bytes().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().length);
      out.write(e.getValue());
    }
  }

  public static ClassFiles read(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 100_000) {
      throw new IOException("implausible class count " + n);
    }
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String name = in.readUTF();
      int length = in.readInt();
      if (length < 0 || length > 64 << 20) {
        throw new IOException("implausible class size " + length);
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      classes.put(name, bytes);
    }
    return new ClassFiles(classes);
  }
}
