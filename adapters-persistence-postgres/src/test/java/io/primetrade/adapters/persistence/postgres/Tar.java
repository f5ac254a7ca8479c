package io.primetrade.adapters.persistence.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Just enough of a tar reader for the PostgreSQL binaries archive: regular files, directories and
 * symbolic links, GNU long names, modes. Saves a dependency on commons-compress for one archive.
 */
final class Tar {
  private static final int BLOCK = 512;

  private Tar() {}

  static void unpack(InputStream in, Path target) throws IOException {
    byte[] header = new byte[BLOCK];
    String longName = null;
    while (readFully(in, header)) {
      if (isZero(header)) {
        return;
      }
      String name = longName != null ? longName : text(header, 0, 100);
      longName = null;
      String prefix = text(header, 345, 155);
      if (!prefix.isEmpty() && text(header, 257, 6).equals("ustar")) {
        name = prefix + "/" + name;
      }
      int mode = (int) octal(header, 100, 8);
      long size = octal(header, 124, 12);
      char type = (char) header[156];
      if (type == 'L') {
        longName = new String(readData(in, size), StandardCharsets.UTF_8).replace("\0", "");
        continue;
      }
      Path path = target.resolve(name).normalize();
      if (!path.startsWith(target)) {
        throw new IOException("Archive entry outside the target: " + name);
      }
      switch (type) {
        case '5' -> Files.createDirectories(path);
        case '2' -> {
          Files.createDirectories(path.getParent());
          Files.createSymbolicLink(path, Path.of(text(header, 157, 100)));
        }
        case '0', '\0' -> {
          Files.createDirectories(path.getParent());
          try (OutputStream out = Files.newOutputStream(path)) {
            copy(in, out, size);
          }
          skipPadding(in, size);
          Files.setPosixFilePermissions(path, permissions(mode));
        }
        default -> readData(in, size); // pax headers and the like: not needed here
      }
    }
  }

  private static byte[] readData(InputStream in, long size) throws IOException {
    byte[] data = in.readNBytes((int) size);
    if (data.length != size) {
      throw new IOException("Truncated archive");
    }
    skipPadding(in, size);
    return data;
  }

  private static void copy(InputStream in, OutputStream out, long size) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = size;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new IOException("Truncated archive");
      }
      out.write(buffer, 0, read);
      left -= read;
    }
  }

  private static void skipPadding(InputStream in, long size) throws IOException {
    long padding = (BLOCK - size % BLOCK) % BLOCK;
    if (in.readNBytes((int) padding).length != padding) {
      throw new IOException("Truncated archive");
    }
  }

  private static boolean readFully(InputStream in, byte[] block) throws IOException {
    int read = in.readNBytes(block, 0, block.length);
    if (read == 0) {
      return false;
    }
    if (read != block.length) {
      throw new IOException("Truncated archive");
    }
    return true;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8).strip();
  }

  private static long octal(byte[] header, int offset, int length) {
    String text = text(header, offset, length);
    return text.isEmpty() ? 0 : Long.parseLong(text, 8);
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE,
      PosixFilePermission.OTHERS_WRITE,
      PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_READ
    };
    for (int bit = 0; bit < order.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        permissions.add(order[bit]);
      }
    }
    return permissions;
  }
}
