package io.github.matchsim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every file and folder a command writes goes through here, so that a user's data is safe by
 * construction:
 *
 * <ul>
 *   <li>a file is written into a hidden temporary file beside it, forced to disk and renamed over
 *       the target: the target is whole or untouched; a file that is replaced keeps its mode, a new
 *       one gets the mode the umask gives;
 *   <li>a symbolic link is written through (its target is replaced, the link stays); a device, a
 *       pipe or another file that is not regular is written to directly, never replaced;
 *   <li>an empty path, a root, a folder where a file is wanted (and the reverse) and an output that
 *       is one of the command's inputs are usage errors;
 *   <li>a folder is written whole into a hidden temporary folder, then renamed into place when
 *       there was none; an existing folder is written into only when it is empty or holds nothing
 *       but what this command wrote there before (listed in its {@value #MANIFEST}), or when the
 *       user gives {@code --force}, and even then only the files the command writes are replaced;
 *   <li>temporary files carry the process id in their name: an interrupted run deletes its own on
 *       the way out (Ctrl-C, {@code kill}), and a later run writing into the same folder deletes
 *       those whose process is gone ({@code kill -9}, a power cut).
 * </ul>
 */
public final class Outputs {
  /** The list of files a command wrote into an output folder. */
  static final String MANIFEST = ".match-output";

  private static final String PARTIAL = ".match-partial";
  private static final Pattern TEMPORARY = Pattern.compile("\\..*\\.(\\d+)\\.[0-9a-z]+" + Pattern.quote(PARTIAL));
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static final SecureRandom RANDOM = new SecureRandom();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Outputs::deleteQuietly), "match-cleanup"));
  }

  /** Writes a file's bytes. */
  @FunctionalInterface
  public interface FileBody {
    void write(OutputStream out) throws IOException;
  }

  /** Writes a folder's files into the folder it is given. */
  @FunctionalInterface
  public interface FolderBody {
    void write(Path folder) throws IOException;
  }

  private final List<Path> inputs;

  /** Outputs of a command that reads {@code inputs} (none of them may be written). */
  public Outputs(Path... inputs) {
    this.inputs = List.of(inputs);
  }

  // ---- files ----

  /**
   * Checks a file target before any work is done: the same checks {@link #writeFile} makes first.
   *
   * @param option the option that named it, for messages
   */
  Path checkFile(String option, Path target) throws UserError {
    if (isDevice(target)) {
      return target;
    }
    Path real = checkTarget(option, target, "file");
    if (Files.isDirectory(real)) {
      throw new UserError(option + " " + target + " is a folder; give the name of a file to write");
    }
    return real;
  }

  /**
   * What files and folders share: a name, links followed, a parent folder that exists, and not an
   * input nor inside an input folder.
   */
  private Path checkTarget(String option, Path target, String kind) throws UserError {
    Path real = followLinks(option, checkName(option, target));
    Path parent = real.toAbsolutePath().getParent();
    if (!Files.isDirectory(parent)) {
      throw new UserError("cannot write " + target + ": the folder " + parent + " does not exist");
    }
    for (Path input : inputs) {
      if (same(real, input) || isInside(real, input)) {
        throw new UserError(option + " " + target + " is " + (same(real, input) ? "" : "inside ")
            + "the input " + input + "; inputs are never modified, so choose another " + kind);
      }
    }
    return real;
  }

  /** Writes a file whole or not at all, after the checks of {@link #checkFile}. */
  void writeFile(String option, Path target, FileBody body) throws UserError {
    if (isDevice(target)) {
      writeThrough(target, target, body);
      return;
    }
    Path real = checkFile(option, target);
    Path folder = real.toAbsolutePath().getParent();
    deleteStaleTemporaries(folder);
    Path temporary = null;
    try {
      temporary = temporary(folder, real.getFileName().toString());
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        body.write(out);
        out.flush();
        channel.force(true);
      }
      keepMode(real, temporary);
      Files.move(temporary, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } finally {
      release(temporary);
    }
  }

  /**
   * Whether a target is written to, not replaced: a symbolic link under {@code /dev} or {@code
   * /proc} (such as {@code /dev/stdout}, whose links lead to a pipe, a terminal or a file the shell
   * opened), and anything that exists and is neither a regular file nor a folder ({@code
   * /dev/null}, a named pipe). A new file under {@code /dev/shm} is an ordinary file.
   */
  private static boolean isDevice(Path target) {
    if (target.toString().isBlank()) {
      return false;
    }
    Path absolute = target.toAbsolutePath().normalize();
    boolean system = absolute.startsWith("/dev") || absolute.startsWith("/proc");
    return (system && Files.isSymbolicLink(absolute))
        || (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute));
  }

  /** A device, a pipe, a socket: nothing to replace, so the bytes go straight there. */
  private static void writeThrough(Path target, Path real, FileBody body) throws UserError {
    if (!Files.exists(real)) {
      throw new UserError("cannot write " + target + ": no such device");
    }
    try (OutputStream out = Files.newOutputStream(real, StandardOpenOption.WRITE)) {
      body.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UserError("cannot write " + target + ": " + reason(e));
    }
  }

  // ---- folders ----

  /**
   * Checks a folder target before any work is done: the same checks {@link #writeFolder} makes.
   *
   * @param option the option that named it, for messages
   * @param force whether the user allowed writing into a folder that holds other files
   * @param owned names this command may replace or remove even without a manifest (a format's files)
   */
  Path checkFolder(String option, Path target, boolean force, Collection<String> owned) throws UserError {
    Path real = checkTarget(option, target, "folder");
    if (Files.exists(real) && !Files.isDirectory(real)) {
      throw new UserError(option + " " + target + " is a file; give the name of a folder to write");
    }
    for (Path input : inputs) {
      if (Files.isRegularFile(input) && same(real, input.toAbsolutePath().getParent())
          && owned.contains(input.getFileName().toString())) {
        throw new UserError(option + " " + target + " would replace the input " + input + "; choose another folder");
      }
    }
    if (!force && Files.isDirectory(real)) {
      List<String> foreign = foreign(real, owned);
      if (!foreign.isEmpty()) {
        throw new UserError(option + " " + target + " is a folder that holds files this command did not write ("
            + String.join(", ", foreign.subList(0, Math.min(5, foreign.size()))) + (foreign.size() > 5 ? ", ..." : "")
            + "); choose an empty or new folder, or give --force to write into it anyway (only the files this"
            + " command writes are replaced; nothing else is touched)");
      }
    }
    return real;
  }

  /**
   * Writes a folder: into a hidden temporary folder first; then renamed into place when the target
   * does not exist, or else each file moved over its namesake, and the files that a previous run
   * listed in the manifest (or that are {@code owned}) but this one did not write are removed.
   */
  public void writeFolder(String option, Path target, boolean force, Collection<String> owned, FolderBody body)
      throws UserError {
    Path real = checkFolder(option, target, force, owned);
    Path parent = real.toAbsolutePath().getParent();
    deleteStaleTemporaries(parent);
    Path temporary = null;
    try {
      temporary = temporary(parent, real.getFileName().toString());
      Files.createDirectory(temporary);
      body.write(temporary);
      List<String> written = names(temporary);
      Files.writeString(temporary.resolve(MANIFEST), String.join("\n", written) + "\n");
      if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(temporary, real, StandardCopyOption.ATOMIC_MOVE);
        return;
      }
      checkFolder(option, target, force, owned); // again: it may have changed while the work ran
      Set<String> previous = new TreeSet<>(owned);
      previous.addAll(manifest(real));
      for (String name : written) {
        Files.move(temporary.resolve(name), real.resolve(name), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      for (String name : previous) {
        Path stale = real.resolve(name);
        if (!written.contains(name) && !name.equals(MANIFEST) && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(stale);
        }
      }
      Files.move(temporary.resolve(MANIFEST), real.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } finally {
      release(temporary);
    }
  }

  /** The names in a folder that are neither in its manifest, nor {@code owned}, nor our temporaries. */
  private static List<String> foreign(Path folder, Collection<String> owned) throws UserError {
    Set<String> ours = new TreeSet<>(owned);
    ours.add(MANIFEST);
    ours.addAll(manifest(folder));
    List<String> foreign = new ArrayList<>();
    try {
      for (String name : names(folder)) {
        if (!ours.contains(name) && !TEMPORARY.matcher(name).matches()) {
          foreign.add(name);
        }
      }
    } catch (IOException e) {
      throw new UserError("cannot read the folder " + folder + ": " + e.getMessage());
    }
    return foreign;
  }

  private static List<String> manifest(Path folder) {
    Path file = folder.resolve(MANIFEST);
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Files.readAllLines(file).stream()
            .filter(name -> !name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.startsWith(".."))
            .toList();
      }
    } catch (IOException e) {
      // an unreadable manifest owns nothing
    }
    return List.of();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  // ---- shared ----

  private static Path checkName(String option, Path target) throws UserError {
    if (target == null || target.toString().isBlank()) {
      throw new UserError(option + " is empty (is a shell variable unset?); give a file or folder name");
    }
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getParent() == null || absolute.getFileName() == null) {
      throw new UserError(option + " " + target + " is the root of the file system; give a file or folder name");
    }
    return target;
  }

  /** The path a chain of symbolic links leads to (which need not exist yet). */
  private static Path followLinks(String option, Path target) throws UserError {
    Path at = target.toAbsolutePath().normalize();
    try {
      for (int hops = 0; Files.isSymbolicLink(at); hops++) {
        if (hops == 40) {
          throw new UserError(option + " " + target + ": too many levels of symbolic links");
        }
        at = at.getParent().resolve(Files.readSymbolicLink(at)).toAbsolutePath();
      }
      Path parent = at.getParent();
      return Files.isDirectory(parent) ? parent.toRealPath().resolve(at.getFileName()) : at;
    } catch (IOException e) {
      throw new UserError("cannot write " + target + ": " + e.getMessage());
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Whether {@code file} lies inside the folder {@code folder}. */
  private static boolean isInside(Path file, Path folder) {
    try {
      if (!Files.isDirectory(folder)) {
        return false;
      }
      Path real = folder.toRealPath();
      Path parent = file.toAbsolutePath().getParent();
      Path at = Files.isDirectory(parent) ? parent.toRealPath() : parent.normalize();
      return at.startsWith(real);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path temporary(Path folder, String name) {
    String suffix = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    String stem = name.length() > 100 ? name.substring(0, 100) : name;
    Path temporary = folder.resolve("." + stem + "." + ProcessHandle.current().pid() + "." + suffix + PARTIAL);
    LIVE.add(temporary);
    return temporary;
  }

  /** Deletes a temporary of this run, if one was made, and forgets it. */
  private static void release(Path temporary) {
    if (temporary != null) {
      deleteQuietly(temporary);
      LIVE.remove(temporary);
    }
  }

  /** Deletes the temporaries of runs whose process is gone. */
  private static void deleteStaleTemporaries(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(file -> {
        Matcher m = TEMPORARY.matcher(file.getFileName().toString());
        if (m.matches() && !isAlive(m.group(1))) {
          deleteQuietly(file);
        }
      });
    } catch (IOException | RuntimeException e) {
      // best effort: nothing of the user's is at stake
    }
  }

  private static boolean isAlive(String pid) {
    try {
      long id = Long.parseLong(pid);
      return id == ProcessHandle.current().pid() || ProcessHandle.of(id).isPresent();
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** Deletes a temporary file, or a temporary folder and the regular files in it. */
  private static void deleteQuietly(Path temporary) {
    try {
      if (Files.isDirectory(temporary, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> files = Files.list(temporary)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
              Files.deleteIfExists(file);
            }
          }
        }
      }
      Files.deleteIfExists(temporary);
    } catch (IOException | RuntimeException e) {
      // best effort: the target is whole or untouched either way
    }
  }

  /** A replaced file keeps its permissions; a new one has those the umask gave its temporary. */
  private static void keepMode(Path real, Path temporary) {
    PosixFileAttributeView existing = Files.getFileAttributeView(real, PosixFileAttributeView.class);
    try {
      if (existing != null && Files.isRegularFile(real)) {
        Files.setPosixFilePermissions(temporary, existing.readAttributes().permissions());
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the umask's mode it is
    }
  }

  private static UserError cannotWrite(Path target, IOException e) {
    return new UserError("cannot write " + target + ": " + reason(e) + "; it is as it was before");
  }

  /** An I/O failure in words, without a class name. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    } else if (e instanceof DirectoryNotEmptyException) {
      return "a folder of that name is in the way";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
