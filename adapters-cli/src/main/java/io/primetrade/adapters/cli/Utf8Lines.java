package io.primetrade.adapters.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 one line at a time, refusing malformed bytes with the number of their line. Each
 * read returns at most the rest of the current line, so that readers on top, which buffer ahead,
 * meet a bad line only when they reach it.
 */
final class Utf8Lines extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private CharBuffer pending = CharBuffer.allocate(0);
  private long lineNumber;

  Utf8Lines(InputStream in) {
    this.in = new BufferedInputStream(in, 1 << 16);
  }

  /** Bytes that are not UTF-8, on line {@link #line()}. */
  static final class MalformedLine extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final long line;

    MalformedLine(long line) {
      this.line = line;
    }

    long line() {
      return line;
    }

    @Override
    public String getMessage() {
      return "Line " + line + " is not valid UTF-8";
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!pending.hasRemaining() && !decodeNextLine()) {
      return -1;
    }
    int count = Math.min(length, pending.remaining());
    pending.get(buffer, offset, count);
    return count;
  }

  /** Reads and decodes the next line, with its line break; false at the end of the input. */
  private boolean decodeNextLine() throws IOException {
    line.reset();
    int b;
    while ((b = in.read()) != -1) {
      line.write(b);
      if (b == '\n') {
        break;
      }
    }
    if (line.size() == 0) {
      return false;
    }
    lineNumber++;
    try {
      pending = decoder.decode(ByteBuffer.wrap(line.toByteArray()));
    } catch (CharacterCodingException e) {
      throw new MalformedLine(lineNumber);
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
