/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.store.PlanLoadException;
import org.rapport.core.store.PlanSaveException;
import org.rapport.model.RapportPackage;
import org.rapport.model.resource.NestingTooDeepException;
import org.rapport.model.resource.RapportResource;
import org.xml.sax.SAXParseException;

/**
 * Turns what went wrong while loading or saving a plan into exceptions whose messages people understand.
 *
 * @noreference internal to the plan store
 */
public final class Problems {

	/** The namespaces of all versions of the Rapport model start with this. */
	private static final String RAPPORT_NAMESPACE_PREFIX = "http://rapport.org/model/rapport/"; //$NON-NLS-1$

	private static final String DOCTYPE_FEATURE = "disallow-doctype-decl"; //$NON-NLS-1$

	private Problems() {
	}

	/** A problem opening or reading the file itself (it is missing, a folder, not readable). */
	public static PlanLoadException unreadable(Path file, IOException e) {
		String reason;
		if (e instanceof NoSuchFileException) {
			reason = Messages.Load_missing;
		} else if (e instanceof AccessDeniedException) {
			reason = Messages.Load_accessDenied;
		} else if (Files.isDirectory(file)) {
			reason = Messages.Load_isDirectory;
		} else if (Files.exists(file) && !Files.isRegularFile(file)) {
			reason = Messages.Load_notRegularFile;
		} else {
			reason = NLS.bind(Messages.Load_unreadable, describe(e));
		}
		return loadException(file, -1, -1, reason, e);
	}

	/** The file's content is not a plan: wrong root, another model version, or nothing at all. */
	public static PlanLoadException notAPlan(Path file, Resource resource) {
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (root == null) {
			return loadException(file, -1, -1, NLS.bind(Messages.Load_notAPlan, "nothing"), null); //$NON-NLS-1$
		}
		String namespace = root.eClass().getEPackage() == null ? null : root.eClass().getEPackage().getNsURI();
		if (namespace != null && namespace.startsWith(RAPPORT_NAMESPACE_PREFIX)
				&& !RapportPackage.eNS_URI.equals(namespace)) {
			return loadException(file, -1, -1, NLS.bind(Messages.Load_otherVersion, namespace), null);
		}
		String element = '<' + root.eClass().getName() + '>';
		if (namespace != null) {
			element += " (" + namespace + ')'; //$NON-NLS-1$
		}
		return loadException(file, -1, -1, NLS.bind(Messages.Load_notAPlan, element), null);
	}

	/**
	 * A load failed with an exception from EMF or the parser. The location is taken from the resource's
	 * first error ({@link Resource.Diagnostic}) or from a {@link SAXParseException} in the cause chain.
	 */
	public static PlanLoadException loadFailed(Path file, Resource resource, Exception e) {
		Resource.Diagnostic diagnostic = resource == null || resource.getErrors().isEmpty() ? null
				: resource.getErrors().get(0);
		SAXParseException parseException = find(e, SAXParseException.class);
		if (parseException == null && diagnostic instanceof Throwable) {
			parseException = find((Throwable) diagnostic, SAXParseException.class);
		}
		int line = -1;
		int column = -1;
		if (parseException != null) {
			line = parseException.getLineNumber();
			column = parseException.getColumnNumber();
		} else if (diagnostic != null) {
			line = diagnostic.getLine();
			column = diagnostic.getColumn();
		}
		Throwable problem = parseException != null ? parseException
				: diagnostic instanceof Throwable ? (Throwable) diagnostic : e;
		String detail = describe(problem);
		String reason;
		if (parseException != null && isDoctype(parseException)) {
			reason = Messages.Load_doctype;
		} else if (parseException instanceof NestingTooDeepException) {
			reason = NLS.bind(Messages.Load_tooDeep, Integer.toString(RapportResource.MAX_DEPTH));
		} else if (diagnostic == null && parseException == null && find(e, FileSystemException.class) != null) {
			return unreadable(file, find(e, FileSystemException.class));
		} else {
			FileShape shape = FileShape.of(file);
			if (shape.empty) {
				reason = Messages.Load_empty;
			} else if (!shape.looksLikeXml) {
				reason = NLS.bind(Messages.Load_notXml, detail);
			} else if (parseException != null) {
				String message = String.valueOf(parseException.getMessage());
				boolean truncated = message.contains("same entity") || message.contains("Premature end of file") //$NON-NLS-1$ //$NON-NLS-2$
						|| shape.lines > 0 && parseException.getLineNumber() >= shape.lines && !shape.endsWithRootClose;
				reason = NLS.bind(truncated ? Messages.Load_truncated : Messages.Load_malformed, detail);
			} else if (problem instanceof IllegalValueException) {
				IllegalValueException illegal = (IllegalValueException) problem;
				if (illegal.getFeature() != null && illegal.getObject() != null) {
					reason = NLS.bind(Messages.Load_illegalFeatureValue, new Object[] { String.valueOf(illegal.getValue()),
							illegal.getFeature().getName(), illegal.getObject().eClass().getName() });
				} else {
					reason = NLS.bind(Messages.Load_illegalValue, detail);
				}
			} else if (problem instanceof UnresolvedReferenceException) {
				reason = NLS.bind(Messages.Load_unresolvedReference, detail);
			} else if (problem instanceof PackageNotFoundException) {
				String uri = ((PackageNotFoundException) problem).uri();
				reason = NLS.bind(Messages.Load_notAPlan, uri == null || "null".equals(uri) //$NON-NLS-1$
						? Messages.Load_noNamespace : NLS.bind(Messages.Load_namespace, uri));
			} else if (problem instanceof ClassNotFoundException || problem instanceof FeatureNotFoundException) {
				reason = NLS.bind(Messages.Load_unknownContent, detail);
			} else {
				reason = NLS.bind(Messages.Load_damaged, detail);
			}
		}
		return loadException(file, line, column, reason, e);
	}

	private static boolean isDoctype(SAXParseException e) {
		String message = String.valueOf(e.getMessage());
		return message.contains(DOCTYPE_FEATURE) || message.toUpperCase(Locale.ROOT).contains("DOCTYPE"); //$NON-NLS-1$
	}

	/** A save failed; the file on disk is unchanged. */
	public static PlanSaveException saveFailed(Path file, Throwable e) {
		String reason;
		DanglingHREFException dangling = find(e, DanglingHREFException.class);
		if (dangling != null) {
			reason = NLS.bind(Messages.Save_danglingReference, describe(dangling));
		} else if (e instanceof NoSuchFileException && !Files.isDirectory(file.toAbsolutePath().getParent())) {
			reason = Messages.Save_folderMissing;
		} else if (e instanceof AccessDeniedException) {
			reason = NLS.bind(Messages.Save_accessDenied, describe(e));
		} else if (e instanceof FileAlreadyExistsException) {
			reason = Messages.Save_alreadyExists;
		} else if (Files.isDirectory(file)) {
			reason = Messages.Save_isDirectory;
		} else if (e instanceof org.rapport.core.store.AtomicFileWriter.NotARegularFileException) {
			reason = Messages.Save_notRegularFile;
		} else if (e instanceof FileSystemException && String.valueOf(e.getMessage()).contains("No space left")) { //$NON-NLS-1$
			reason = NLS.bind(Messages.Save_diskFull, describe(e));
		} else {
			reason = NLS.bind(Messages.Save_failed, describe(e));
		}
		return saveException(file, reason, e);
	}

	public static PlanSaveException saveException(Path file, String reason, Throwable cause) {
		String message = NLS.bind(Messages.Location_file, new Object[] { name(file), "", "", reason }); //$NON-NLS-1$ //$NON-NLS-2$
		return new PlanSaveException(file, reason, message, cause);
	}

	public static PlanLoadException loadException(Path file, int line, int column, String reason, Throwable cause) {
		String template;
		if (line > 0 && column > 0) {
			template = Messages.Location_fileLineColumn;
		} else if (line > 0) {
			template = Messages.Location_fileLine;
		} else {
			template = Messages.Location_file;
		}
		String message = NLS.bind(template,
				new Object[] { name(file), Integer.toString(line), Integer.toString(column), reason });
		return new PlanLoadException(file, line > 0 ? line : -1, column > 0 ? column : -1, reason, message, cause);
	}

	private static String name(Path file) {
		Path name = file.getFileName();
		return name == null ? file.toString() : name.toString();
	}

	/** The exception's own words, without a trailing period (they go in parentheses). */
	private static String describe(Throwable e) {
		if (e instanceof XMIException) {
			// its message ends with "(location, line, column)", which the exception's message tells already
			XMIException xmiException = (XMIException) e;
			if (xmiException.getCause() != null && xmiException.getCause() != e) {
				return describe(xmiException.getCause());
			}
			String message = xmiException.getMessage();
			String suffix = " (" + xmiException.getLocation() + ", " + xmiException.getLine() + ", " //$NON-NLS-1$ //$NON-NLS-2$
					+ xmiException.getColumn() + ")"; //$NON-NLS-1$
			if (message != null && message.endsWith(suffix)) {
				message = message.substring(0, message.length() - suffix.length());
			}
			return clean(message, e);
		}
		if (e instanceof Resource.IOWrappedException && e.getCause() != null && e.getCause() != e) {
			return describe(e.getCause());
		}
		String message = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
		if (message == null || message.isBlank()) {
			message = e instanceof FileSystemException ? e.getMessage() : null;
		}
		return clean(message, e);
	}

	private static String clean(String text, Throwable e) {
		String message = text;
		if (message == null || message.isBlank()) {
			message = e.getClass().getSimpleName();
		}
		message = message.strip();
		while (message.endsWith(".")) { //$NON-NLS-1$
			message = message.substring(0, message.length() - 1);
		}
		return message;
	}

	private static <T extends Throwable> T find(Throwable e, Class<T> type) {
		Set<Throwable> seen = new HashSet<>();
		for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	/** A quick look at the bytes of a file that failed to parse, to tell people what it is. */
	private static final class FileShape {
		boolean empty;
		boolean looksLikeXml;
		boolean endsWithRootClose;
		int lines;

		static FileShape of(Path file) {
			FileShape shape = new FileShape();
			try (InputStream in = Files.newInputStream(file)) {
				byte[] head = in.readNBytes(4096);
				shape.empty = head.length == 0;
				shape.looksLikeXml = looksLikeXml(head);
			} catch (IOException | RuntimeException e) {
				shape.looksLikeXml = true;
			}
			try {
				if (shape.looksLikeXml && Files.size(file) <= 64L * 1024 * 1024) {
					String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
					shape.lines = (int) text.lines().count();
					shape.endsWithRootClose = text.stripTrailing().endsWith(">"); //$NON-NLS-1$
				}
			} catch (IOException | RuntimeException e) {
				// unknown
			}
			return shape;
		}

		private static boolean looksLikeXml(byte[] head) {
			int i = 0;
			if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
					|| (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
				return true; // UTF-16: let the parser's words stand
			}
			if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
				i = 3;
			}
			for (byte b : head) {
				if (b == 0) {
					return false;
				}
			}
			while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
				i++;
			}
			return i < head.length && head[i] == '<';
		}
	}
}
