package io.primetrade.adapters.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Export and import files are UTF-8, whatever the platform's default. */
final class TextFiles {
  private static final int BUFFER = 1 << 16;

  private TextFiles() {}

  /** Reads UTF-8, refusing malformed bytes rather than replacing them unseen. */
  static Reader reader(InputStream in) {
    return new Utf8Lines(in);
  }

  static BufferedWriter writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
  }
}
