/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes a file so that it is never left half-written: the content goes to a temporary file in the same
 * directory, which is forced to the disk and then atomically moved over the target. Optionally, the
 * previous content of the target is kept as a backup ({@code name.bak}, replaced on each write).
 * <p>
 * A failure at any point leaves the target (and the previous backup, unless the failure happens after the
 * new backup is complete) as it was and removes the temporary files. Files this writer creates get the
 * permissions {@code rw-------} from the start on file systems with POSIX permissions.
 * </p>
 * <p>
 * Usable by anything that writes user files (plans, exports): headless, plain Java. Instances are
 * immutable and thread-safe; concurrent writes to the same target are not coordinated (the last one wins,
 * each one is complete).
 * </p>
 */
public final class AtomicFileWriter {

	/** What to write. */
	@FunctionalInterface
	public interface Content {
		/**
		 * Writes the content. The stream must not be closed by the implementation (closing it is harmless).
		 *
		 * @param out the stream to the temporary file
		 * @throws IOException when writing fails; the target is left untouched
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	/** The suffix of backup files. */
	public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

	/** Owner read and write only: {@code rw-------}. */
	public static final Set<PosixFilePermission> PRIVATE_FILE_PERMISSIONS = Collections
			.unmodifiableSet(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

	private static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

	private final boolean keepBackup;
	private final UnaryOperator<OutputStream> outputDecorator;

	/** A writer that keeps a backup of the previous content. */
	public AtomicFileWriter() {
		this(true, UnaryOperator.identity());
	}

	/**
	 * @param keepBackup      whether to keep the previous content of the target as {@code name.bak}
	 * @param outputDecorator wraps the stream to the temporary file before the content is written, for
	 *                        example to count bytes or (in tests) to make writing fail part-way
	 */
	public AtomicFileWriter(boolean keepBackup, UnaryOperator<OutputStream> outputDecorator) {
		this.keepBackup = keepBackup;
		this.outputDecorator = Objects.requireNonNull(outputDecorator, "outputDecorator"); //$NON-NLS-1$
	}

	/** The backup file of the given file: the same name with {@value #BACKUP_SUFFIX} appended. */
	public static Path backupOf(Path file) {
		Path name = file.getFileName();
		if (name == null) {
			throw new IllegalArgumentException("Not a file: " + file); //$NON-NLS-1$
		}
		return file.resolveSibling(name.toString() + BACKUP_SUFFIX);
	}

	/**
	 * Writes the content to the target atomically.
	 *
	 * @param target  the file to (re)place; when it is a symbolic link, the file it points to is replaced
	 * @param content what to write
	 * @throws IOException when anything fails; the target is then unchanged and no temporary file remains
	 */
	public void write(Path target, Content content) throws IOException {
		Objects.requireNonNull(content, "content"); //$NON-NLS-1$
		Path file = resolveTarget(target);
		Path directory = file.getParent();
		Path temp = createPrivateTempFile(directory, file.getFileName().toString());
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream channelStream = new UnclosableOutputStream(Channels.newOutputStream(channel));
				OutputStream out = outputDecorator.apply(new BufferedOutputStream(channelStream, 64 * 1024));
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			if (keepBackup && Files.isRegularFile(file)) {
				backUp(file, directory);
			}
			move(temp, file);
			forceDirectory(directory);
		} catch (IOException | RuntimeException | Error e) {
			deleteQuietly(temp, e);
			throw e;
		}
		removeLeftovers(directory, file.getFileName().toString());
	}

	/** A target that exists and is neither a regular file nor a symbolic link to one. */
	public static final class NotARegularFileException extends FileSystemException {
		private static final long serialVersionUID = 1L;

		NotARegularFileException(String file) {
			super(file, null, "is not a regular file (it is a device, a pipe or a socket), so it is not replaced"); //$NON-NLS-1$
		}
	}

	/** How old a temporary file of this writer must be to count as left over by a write that was killed. */
	static final long LEFTOVER_AGE_MILLIS = 60_000;

	/**
	 * Removes the temporary files that writes of this file which never ended (the process was killed) left
	 * behind: {@code .name.<digits>.tmp} and {@code .name.bak.<digits>.tmp}, when they are older than a minute (a
	 * younger one may belong to a write still running in another process). Failures are ignored: this is tidying.
	 */
	static void removeLeftovers(Path directory, String name) {
		java.util.regex.Pattern ours = java.util.regex.Pattern
				.compile("\\." + java.util.regex.Pattern.quote(name) + "(\\" + BACKUP_SUFFIX + ")?\\.\\d+" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ java.util.regex.Pattern.quote(TEMP_SUFFIX));
		long cutoff = System.currentTimeMillis() - LEFTOVER_AGE_MILLIS;
		try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
				entry -> ours.matcher(entry.getFileName().toString()).matches())) {
			for (Path entry : entries) {
				try {
					if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
							&& Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toMillis() < cutoff) {
						Files.deleteIfExists(entry);
					}
				} catch (IOException | RuntimeException e) {
					// tidying only
				}
			}
		} catch (IOException | RuntimeException e) {
			// tidying only
		}
	}

	private static Path resolveTarget(Path target) throws IOException {
		Path file = target.toAbsolutePath().normalize();
		if (Files.isSymbolicLink(file)) {
			file = file.toRealPath();
		}
		if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileSystemException(file.toString(), null, "is a directory"); //$NON-NLS-1$
		}
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			// a device (/dev/full), a pipe or a socket: moving a file over it would replace it for good
			throw new NotARegularFileException(file.toString());
		}
		Path directory = file.getParent();
		if (directory == null || !Files.isDirectory(directory)) {
			throw new java.nio.file.NoSuchFileException(String.valueOf(directory), null,
					"the folder does not exist"); //$NON-NLS-1$
		}
		return file;
	}

	/**
	 * Keeps the current file as {@code name.bak}, atomically. A private file with one name becomes the backup by a
	 * second name (a hard link), since the write then moves a new file over the old name: no copy and no second
	 * forcing of the content to the disk, which made a save of a large plan a third slower (issue 17). Otherwise (a
	 * file others may read, one with other names, a file system without links) the content is copied to a private
	 * temporary file, forced and moved into place.
	 */
	private static void backUp(Path file, Path directory) throws IOException {
		Path backup = backupOf(file);
		if (linkable(file)) {
			Path link = linkPrivately(file, directory, backup.getFileName().toString());
			if (link != null) {
				try {
					move(link, backup);
					return;
				} catch (java.nio.file.NoSuchFileException e) {
					// another process tidied it away as a leftover (it has the plan's age): copy instead
				} catch (IOException | RuntimeException | Error e) {
					deleteQuietly(link, e);
					throw e;
				}
			}
		}
		Path temp = createPrivateTempFile(directory, backup.getFileName().toString());
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
					InputStream in = Files.newInputStream(file)) {
				in.transferTo(new UnclosableOutputStream(Channels.newOutputStream(channel)));
				channel.force(true);
			}
			move(temp, backup);
		} catch (IOException | RuntimeException | Error e) {
			deleteQuietly(temp, e);
			throw e;
		}
	}

	/** Whether the file is private ({@code rw-------}) and has no other name, so that a link to it is a fit backup. */
	private static boolean linkable(Path file) {
		try {
			Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS); //$NON-NLS-1$
			return links instanceof Integer count && count.intValue() == 1
					&& PRIVATE_FILE_PERMISSIONS.equals(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
		} catch (IOException | RuntimeException e) {
			// no unix view (Windows) or no POSIX permissions: copy
			return false;
		}
	}

	/** A new name for the file, named as this writer's temporary files, or {@code null} where links cannot be made. */
	private static Path linkPrivately(Path file, Path directory, String name) {
		for (int attempt = 0; attempt < 10; attempt++) {
			Path link = directory.resolve('.' + name + '.' + Long.toUnsignedString(RANDOM.nextLong()) + TEMP_SUFFIX);
			try {
				return Files.createLink(link, file);
			} catch (FileAlreadyExistsException e) {
				// another name: try again
			} catch (IOException | RuntimeException e) {
				return null;
			}
		}
		return null;
	}

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	private static Path createPrivateTempFile(Path directory, String name) throws IOException {
		String prefix = '.' + name + '.';
		if (Files.getFileStore(directory).supportsFileAttributeView("posix")) { //$NON-NLS-1$
			FileAttribute<Set<PosixFilePermission>> permissions = PosixFilePermissions
					.asFileAttribute(PRIVATE_FILE_PERMISSIONS);
			try {
				return Files.createTempFile(directory, prefix, TEMP_SUFFIX, permissions);
			} catch (UnsupportedOperationException e) {
				// fall through: the file system does not take POSIX permissions at creation
			}
		}
		return Files.createTempFile(directory, prefix, TEMP_SUFFIX);
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// same directory, so this should not happen; a plain replacing move is the best we can do
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename durable where the platform allows opening a directory (Linux, macOS). */
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// not supported here (e.g. Windows): the rename is still atomic, only its durability is not forced
		}
	}

	private static void deleteQuietly(Path temp, Throwable failure) {
		try {
			Files.deleteIfExists(temp);
		} catch (IOException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	/** Lets a content writer close "its" stream without closing the channel before it is forced. */
	private static final class UnclosableOutputStream extends FilterOutputStream {

		UnclosableOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
